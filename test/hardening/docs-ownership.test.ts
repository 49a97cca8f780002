/**
 * --docs never replaces a file it did not write: every output it would replace must carry its banner
 * (module, markdown, chart) or the summary markers (README). Otherwise: a located error, exit 1, nothing written.
 */
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli } from "../cli/helpers";
import { BASE_REGISTRY, digest, digestTree, FIXTURES, makeTempDir } from "./helpers";

const FIXTURE = join(FIXTURES, "hardening/docs-ownership");

/** A project holding hand-written README.md, notes.md and docs/model-map.svg, with the base registry at `registryName`. */
function projectWithRegistry(registryName: string): string {
  const dir = makeTempDir("docs-ownership-");
  cpSync(FIXTURE, dir, { recursive: true });
  copyFileSync(BASE_REGISTRY, join(dir, registryName));
  return dir;
}

describe.each([
  ["README.yaml", "README.md"],
  ["notes.yml", "notes.md"],
])("a registry named %s beside a hand-written %s", (registryName, markdownName) => {
  test("generate --docs refuses to overwrite it: exit 1, a clear error, no file changed", async () => {
    const dir = projectWithRegistry(registryName);
    try {
      const before = digestTree(dir);
      const run = await cli(["generate", "--docs", "--registry", registryName], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${markdownName} - error write/not-generated: refusing to overwrite`);
      expect(digestTree(dir)).toEqual(before);
      expect(existsSync(join(dir, "generated"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("README.yaml with a README.md that has summary markers: both outputs would land on README.md, an error", async () => {
  const dir = projectWithRegistry("README.yaml");
  try {
    writeFileSync(join(dir, "README.md"), "# Project\n\n<!-- registry:summary -->\n<!-- /registry:summary -->\n");
    const before = digestTree(dir);
    const run = await cli(["generate", "--docs", "--registry", "README.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("write/path-collision");
    expect(digestTree(dir)).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a hand-written docs/model-map.svg is not replaced", async () => {
  const dir = projectWithRegistry("model_registry.yaml");
  try {
    rmSync(join(dir, "README.md"));
    const svg = digest(readFileSync(join(dir, "docs/model-map.svg")));
    const run = await cli(["generate", "--docs", "--registry", "model_registry.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("docs/model-map.svg - error write/not-generated");
    expect(digest(readFileSync(join(dir, "docs/model-map.svg")))).toBe(svg);
    expect(existsSync(join(dir, "model_registry.md"))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a hand-written file where the module goes is not replaced either", async () => {
  const dir = projectWithRegistry("model_registry.yaml");
  try {
    cpSync(join(FIXTURE, "notes.md"), join(dir, "generated/models.generated.d.ts"), { recursive: true });
    const run = await cli(["generate", "--registry", "model_registry.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("generated/models.generated.d.ts - error write/not-generated");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a symlink where the module goes, to a hand-written file: refused, and the message says it is a symlink", async () => {
  const dir = projectWithRegistry("model_registry.yaml");
  try {
    mkdirSync(join(dir, "generated"));
    symlinkSync(join(dir, "notes.md"), join(dir, "generated/models.generated.d.ts"));
    const run = await cli(["generate", "--registry", "model_registry.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `generated/models.generated.d.ts: it is a symlink to ${join(dir, "notes.md")}, which exists and was not written by model-registry`,
    );
    expect(lstatSync(join(dir, "generated/models.generated.d.ts")).isSymbolicLink()).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("outputs it wrote itself (banner present, old chart without banner) are replaced as before", async () => {
  const dir = projectWithRegistry("model_registry.yaml");
  try {
    rmSync(join(dir, "README.md"));
    rmSync(join(dir, "docs/model-map.svg"));
    expect((await cli(["generate", "--docs", "--registry", "model_registry.yaml"], { cwd: dir })).code).toBe(0);
    const markdown = join(dir, "model_registry.md");
    writeFileSync(markdown, readFileSync(markdown, "utf8") + "\nedited\n");
    const chart = join(dir, "docs/model-map.svg");
    writeFileSync(chart, readFileSync(chart, "utf8").replace(/\n<!-- GENERATED FILE[^\n]*/, ""));
    const run = await cli(["generate", "--docs", "--registry", "model_registry.yaml"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("wrote model_registry.md");
    expect(run.stdout).toContain("wrote docs/model-map.svg");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
