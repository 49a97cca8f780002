import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runCli, type CliIO } from "../../src/cli/main";

export const REPO_ROOT = resolve(__dirname, "../..");
export const FIXTURES = join(REPO_ROOT, "test/fixtures/cli");
export const CLI_SCRIPT = join(REPO_ROOT, "scripts/model-registry.ts");
/** `node --import <tsx loader>`: one process (not tsx's wrapper plus a child), so a signal or kill reaches the CLI itself. */
export const NODE_WITH_TSX = [process.execPath, "--import", pathToFileURL(require.resolve("tsx")).href] as const;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured, non-TTY output. */
export async function cli(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; tty?: boolean }): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A temporary project directory holding a copy of `test/fixtures/cli/<fixture>/`. */
export function tempProject(fixture: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `model-registry-cli-${fixture}-`));
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}
