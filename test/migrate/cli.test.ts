import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, LEGACY, ROOT, SNAPSHOT, runScript, tempDir, validateModelsYaml } from "./helpers";

describe("npm run migrate (tsx scripts/migrate.ts)", () => {
  test("converts the real legacy file to stdout and reports the claimed-vs-actual counts on stderr", async () => {
    const { status, stdout, stderr } = runScript("migrate", [LEGACY]);
    expect(status).toBe(0);
    expect(stdout.startsWith("models:\n")).toBe(true);
    expect(stderr).toContain("total claimed 63, actual 53");
    expect(stderr).toMatch(/LOCAL MODELS: claims 20, has 18 {2}MISMATCH \(-2\)/);
    expect(await validateModelsYaml(stdout)).toEqual([]);
  });

  test("--out writes a new file and refuses to overwrite an existing one", () => {
    const out = join(tempDir(), "legacy.yaml");
    expect(runScript("migrate", [join(FIXTURES, "small-table/legacy.md"), "--out", out]).status).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written).toContain("id: gpt-new");
    const again = runScript("migrate", [join(FIXTURES, "small-table/legacy.md"), "--out", out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; refusing to overwrite/);
    expect(readFileSync(out, "utf8")).toBe(written);
  });

  test("--merge keeps only IDs the registry lacks and reports the rest; the registry is untouched", () => {
    const registry = join(ROOT, "models/model_registry.yaml");
    const before = readFileSync(registry, "utf8");
    const { status, stdout, stderr } = runScript("migrate", [join(FIXTURES, "small-table/legacy.md"), "--merge", registry]);
    expect(status).toBe(0);
    expect(stdout).toContain("id: gpt-new");
    expect(stdout).not.toContain("id: gpt-4o\n");
    expect(stderr).toMatch(/skipped \(already in the registry or filtered\): qwen3:8b, gpt-4o/);
    expect(readFileSync(registry, "utf8")).toBe(before);
  });

  test("a malformed table: good rows out, bad cells reported; bad arguments exit 2", () => {
    const { status, stdout, stderr } = runScript("migrate", [join(FIXTURES, "malformed-table/legacy.md")]);
    expect(status).toBe(0);
    expect(stdout).toContain("id: gpt-ok");
    expect(stderr).toMatch(/unknown provider name/);
    const usage = runScript("migrate", ["--bogus"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/unknown option --bogus/);
  });
});

describe("npm run import:litellm (tsx scripts/import-litellm.ts)", () => {
  test("imports one provider from the real snapshot with a report", async () => {
    const out = join(tempDir(), "xai.yaml");
    const { status, stderr } = runScript("import-litellm", [SNAPSHOT, "--provider", "xai", "--out", out]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/xai\/grok-3 \[deprecation_date = "2026-05-15"\]/);
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toContain("id: grok-4.3");
    expect(yaml).toContain('verified: "2026-07-24"');
    expect(await validateModelsYaml(yaml)).toEqual([]);
  });

  test("invalid JSON, and a file name without a date, fail with a message", () => {
    const broken = runScript("import-litellm", [join(FIXTURES, "not-json/prices.json"), "--verified", "2026-07-24"]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/is not valid JSON/);
    const dir = tempDir();
    const undated = join(dir, "prices.json");
    writeFileSync(undated, "{}");
    const noDate = runScript("import-litellm", [undated]);
    expect(noDate.status).toBe(1);
    expect(noDate.stderr).toMatch(/pass --verified/);
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });
});
