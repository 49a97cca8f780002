import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import type { CliIO } from "../../src/cli/args";
import { runCli } from "../../src/cli/main";
import { runImportLitellm, runMigrate } from "../../src/cli/migrate";
import { compiledModule } from "./compiled-sources";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** The command's whole environment (default: none, so no colour settings leak in from the test's). */
  env?: NodeJS.ProcessEnv;
  /** Whether stdout and stderr claim to be a terminal (colours). Default: no. */
  tty?: boolean;
}

type Entry = (argv: readonly string[], io: CliIO) => Promise<number>;

/** Runs an entry point in-process, as its bin would, with captured output. */
async function runEntry(entry: Entry, argv: readonly string[], options: RunOptions): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const tty = options.tty ?? false;
  const code = await entry(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: tty },
    stderr: { write: (text: string) => (stderr += text), isTTY: tty },
    env: options.env ?? {},
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}

/** `model-registry <argv>`, in-process. */
export function runModelRegistry(argv: readonly string[], options: RunOptions): Promise<CliRun> {
  return runEntry(runCli, argv, options);
}

/** `npm run migrate -- <argv>`, in-process. */
export function runMigrateCli(argv: readonly string[], options: RunOptions): Promise<CliRun> {
  return runEntry(runMigrate, argv, options);
}

/** `npm run import:litellm -- <argv>`, in-process. */
export function runImportLitellmCli(argv: readonly string[], options: RunOptions): Promise<CliRun> {
  return runEntry(runImportLitellm, argv, options);
}

export type Bin = "model-registry" | "migrate" | "import-litellm";

export interface ProcessRun {
  /** null when the process was ended by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** What a shell runs for `bin`: node and the bin's script, compiled from the sources (one process, so a signal or kill reaches the CLI itself). */
export function binCommand(bin: Bin): [node: string, script: string] {
  return [process.execPath, compiledModule(`scripts/${bin}.ts`)];
}

/** A bin as a real child process: for what only a process shows (its exit code, signals, pipes). */
export function runBinProcess(
  bin: Bin,
  argv: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv /** SIGKILL after this long (a hang reads as code null). */; deadlineMs?: number },
): Promise<ProcessRun> {
  const [node, script] = binCommand(bin);
  const deadline = options.deadlineMs === undefined ? {} : { timeout: options.deadlineMs, killSignal: "SIGKILL" as const };
  return new Promise((done) => {
    execFile(node, [script, ...argv], { cwd: options.cwd, env: options.env ?? { ...process.env, NO_COLOR: "1" }, ...deadline }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      done({ code, stdout, stderr });
    });
  });
}

/** The bin as a child process; `signal` is sent once its handlers are installed (its process title is set). */
export function runBinWithSignal(
  args: string[],
  cwd: string,
  signal: NodeJS.Signals | undefined,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [node, script] = binCommand("model-registry");
  const child = spawn(node, [script, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const poll = setInterval(() => {
    let title = "";
    try {
      title = readFileSync(`/proc/${child.pid}/cmdline`, "utf8");
    } catch {
      // not started yet
    }
    if (title.startsWith("model-registry")) {
      clearInterval(poll);
      if (signal !== undefined) child.kill(signal);
    }
  }, 10);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(deadline);
      clearInterval(poll);
      resolve({ code, stdout, stderr });
    }),
  );
}
