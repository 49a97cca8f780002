import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runImportLitellmCli, runMigrateCli } from "../helpers/run-cli";
import { FIXTURES, LEGACY, ROOT, SNAPSHOT, tempDir, validateModelsYaml } from "./helpers";

const migrate = (argv: string[]) => runMigrateCli(argv, { cwd: ROOT });
const importLitellm = (argv: string[]) => runImportLitellmCli(argv, { cwd: ROOT });

describe("npm run migrate (scripts/migrate.ts)", () => {
  test("converts the real legacy file to stdout and reports the claimed-vs-actual counts on stderr", async () => {
    const { code, stdout, stderr } = await migrate([LEGACY]);
    expect(code).toBe(0);
    expect(stdout.startsWith("models:\n")).toBe(true);
    expect(stderr).toContain("total claimed 63, actual 53");
    expect(stderr).toMatch(/LOCAL MODELS: claims 20, has 18 {2}MISMATCH \(-2\)/);
    expect(await validateModelsYaml(stdout)).toEqual([]);
  });

  test("--out writes a new file and refuses to overwrite an existing one", async () => {
    const out = join(tempDir(), "legacy.yaml");
    expect((await migrate([join(FIXTURES, "small-table/legacy.md"), "--out", out])).code).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written).toContain("id: gpt-new");
    const again = await migrate([join(FIXTURES, "small-table/legacy.md"), "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; refusing to overwrite/);
    expect(readFileSync(out, "utf8")).toBe(written);
  });

  test("--merge keeps only IDs the registry lacks and reports the rest; the registry is untouched", async () => {
    const registry = join(ROOT, "models/model_registry.yaml");
    const before = readFileSync(registry, "utf8");
    const { code, stdout, stderr } = await migrate([join(FIXTURES, "small-table/legacy.md"), "--merge", registry]);
    expect(code).toBe(0);
    expect(stdout).toContain("id: gpt-new");
    expect(stdout).not.toContain("id: gpt-4o\n");
    expect(stderr).toMatch(/skipped \(already in the registry or filtered\): qwen3:8b, gpt-4o/);
    expect(readFileSync(registry, "utf8")).toBe(before);
  });

  test("a malformed table: good rows out, bad cells reported", async () => {
    const { code, stdout, stderr } = await migrate([join(FIXTURES, "malformed-table/legacy.md")]);
    expect(code).toBe(0);
    expect(stdout).toContain("id: gpt-ok");
    expect(stderr).toMatch(/unknown provider name/);
  });

  test.each([
    [["--bogus"], "unknown option --bogus"],
    [["--out"], "--out needs a value"],
    [[], "missing input file"],
    [["a.md", "b.md"], 'unexpected argument "b.md"; expected one input file'],
    [["no-such.md"], "cannot find no-such.md (the input file)"],
    [[join(FIXTURES, "small-table/legacy.md"), "--merge", "no-such.yaml"], "cannot find no-such.yaml (--merge)"],
  ])("%j is bad usage: exit 2 with a pointer to --help", async (argv, message) => {
    const { code, stdout, stderr } = await migrate(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain("Run `npm run migrate -- --help` for usage.");
  });

  test("--help prints the usage with every flag, exit 0", async () => {
    const { code, stdout } = await migrate(["--help"]);
    expect(code).toBe(0);
    for (const flag of ["--out", "--merge", "--verified", "--help"]) expect(stdout).toContain(flag);
  });
});

describe("npm run import:litellm (scripts/import-litellm.ts)", () => {
  test("--out naming a dangling symlink: exit 1 saying it is a symlink, nothing written through it", async () => {
    const dir = tempDir();
    symlinkSync(join(dir, "elsewhere.yaml"), join(dir, "out.yaml"));
    const run = await importLitellm([join(FIXTURES, "implausible-prices/prices-2026-07-24.json"), "--out", join(dir, "out.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is a symlink (to");
    expect(run.stderr).toContain("which does not exist");
    expect(run.stderr).not.toMatch(/internal error| {4}at /);
    expect(existsSync(join(dir, "elsewhere.yaml"))).toBe(false);
  });

  test("validates what it writes: an entry with a price validate would reject (1e-320 per token) is left out and reported", async () => {
    const out = join(tempDir(), "models.yaml");
    const { code, stderr } = await importLitellm([join(FIXTURES, "implausible-prices/prices-2026-07-24.json"), "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/denormal-price.*below any real price.*left out/);
    expect(stderr).toMatch(/tiny-price.*below any real price.*left out/);
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toContain("id: good-model");
    expect(yaml).not.toMatch(/denormal-price|tiny-price/);
    expect(await validateModelsYaml(yaml)).toEqual([]);
  });

  test("imports one provider from the real snapshot with a report", async () => {
    const out = join(tempDir(), "xai.yaml");
    const { code, stderr } = await importLitellm([SNAPSHOT, "--provider", "xai", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/xai\/grok-3 \[deprecation_date = "2026-05-15"\]/);
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toContain("id: grok-4.3");
    expect(yaml).toContain('verified: "2026-07-24"');
    expect(await validateModelsYaml(yaml)).toEqual([]);
  });

  test("invalid JSON, and a file name without a date, fail with a message", async () => {
    const broken = await importLitellm([join(FIXTURES, "not-json/prices.json"), "--verified", "2026-07-24"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/is not valid JSON/);
    const dir = tempDir();
    const undated = join(dir, "prices.json");
    writeFileSync(undated, "{}");
    const noDate = await importLitellm([undated]);
    expect(noDate.code).toBe(1);
    expect(noDate.stderr).toMatch(/pass --verified/);
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });

  test("--help prints the usage with every flag, exit 0; an unknown flag gets a suggestion", async () => {
    const help = await importLitellm(["-h"]);
    expect(help.code).toBe(0);
    for (const flag of ["--provider", "--out", "--merge", "--verified", "--help"]) expect(help.stdout).toContain(flag);
    const typo = await importLitellm([SNAPSHOT, "--providers", "xai"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown option --providers; did you mean --provider?");
  });
});
