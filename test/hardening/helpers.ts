import { createHash } from "node:crypto";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { generate, type GenerateOptions, type GenerateResult } from "../../src/generator/generate";
import { runBinProcess, type ProcessRun } from "../helpers/run-cli";

export const REPO_ROOT = resolve(__dirname, "../..");
export const FIXTURES = join(REPO_ROOT, "test/fixtures");
export const BASE_REGISTRY = join(FIXTURES, "hardening-base/registry.yaml");
/** Lifecycle rules are judged on this day in every fixture test, so results never depend on the clock. */
export const TEST_AS_OF = "2026-12-01";

export function makeTempDir(prefix = "registry-hardening-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Every file below `dir` by relative path, as a SHA-256 digest: what tests compare to prove a tree untouched.
 * Comparing digests is instant where jest's deep equality walks a Buffer byte by byte (1.4 s per 121 kB tree).
 */
export function digestTree(dir: string): Map<string, string> {
  return new Map([...snapshotTree(dir)].map(([path, bytes]) => [path, digest(bytes)]));
}

export function digest(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every file under `dir` (relative path → bytes). To compare trees, compare their digestTree. */
export function snapshotTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** A workspace whose `generated/` already holds the output of the valid base registry. */
export async function workspaceWithPreviousOutput(): Promise<{ dir: string; outDir: string }> {
  const template = await previousOutputTemplate();
  const dir = makeTempDir();
  cpSync(template, dir, { recursive: true });
  return { dir, outDir: join(dir, "generated") };
}

let template: Promise<string> | undefined;
let templateDir: string | undefined;
afterAll(() => {
  if (templateDir !== undefined) removeDir(templateDir);
  template = templateDir = undefined;
});

/** The base registry generated once per test file; each workspace is a copy (a generate costs seconds, a copy nothing). */
function previousOutputTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = makeTempDir("registry-hardening-template-");
    templateDir = dir;
    mkdirSync(join(dir, "generated"));
    copyFileSync(BASE_REGISTRY, join(dir, "registry.yaml"));
    const result = await generate({ cwd: dir, registryPath: "registry.yaml", outDir: "generated", asOf: TEST_AS_OF });
    if (!result.ok) throw new Error("the base registry must be valid: " + JSON.stringify(result.diagnostics));
    return dir;
  })();
  return template;
}

export async function generateIn(dir: string, registry: Buffer | string, options: GenerateOptions = {}): Promise<GenerateResult> {
  writeFileSync(join(dir, "registry.yaml"), registry);
  return generate({ cwd: dir, registryPath: "registry.yaml", outDir: "generated", asOf: TEST_AS_OF, ...options });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Diagnostics without the file name (always `registry.yaml` here), as stored in expected.json. */
export function comparable(result: GenerateResult) {
  return {
    ok: result.ok,
    diagnostics: result.diagnostics.map(({ file: _file, ...rest }) => rest),
  };
}

/** Runs the real CLI (scripts/model-registry.ts through tsx) in a child process. */
export function runCliProcess(args: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = REPO_ROOT): Promise<ProcessRun> {
  return runBinProcess("model-registry", args, { cwd, env });
}

/** Temporary files a writer might leave behind (`.models.generated.d.ts.<pid>.<random>.tmp`). */
export function leftoverTemporaryFiles(dir: string): string[] {
  return [...snapshotTree(dir).keys()].filter((path) => path.endsWith(".tmp"));
}
