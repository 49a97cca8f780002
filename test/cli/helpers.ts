import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "../..");
export const FIXTURES = join(REPO_ROOT, "test/fixtures/cli");
/** The CLI in-process with captured, non-TTY output (`tty: true` to claim a terminal). */
export { runModelRegistry as cli, binCommand, type CliRun } from "../helpers/run-cli";

/** A temporary project directory holding a copy of `test/fixtures/cli/<fixture>/`. */
export function tempProject(fixture: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `model-registry-cli-${fixture}-`));
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary project as `tempProject` makes it, plus a package.json and a node_modules to keep caches in. */
export function tempPackage(fixture: string): { dir: string; cleanup: () => void } {
  const project = tempProject(fixture);
  mkdirSync(join(project.dir, "node_modules"));
  writeFileSync(join(project.dir, "package.json"), "{}\n");
  return project;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}
