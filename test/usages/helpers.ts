import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { runModelRegistry, type CliRun } from "../helpers/run-cli";

export const REPO_ROOT = resolve(__dirname, "../..");
export const SCENARIO = join(REPO_ROOT, "test/fixtures/usages/basic");
export const PROJECT = join(SCENARIO, "project");
export const EXPECTED = join(SCENARIO, "expected");
/** The config files the scenario scans beside its tsconfig project. */
export const CONFIG_FILES = ["config/models.json", "config/app.yaml", "config/.env"];
export const BASE_ARGS = ["usages", "--project", "tsconfig.json", "--as-of", "2026-12-01", ...CONFIG_FILES];

export function cli(argv: string[], cwd: string): Promise<CliRun> {
  return runModelRegistry(argv, { cwd });
}

/** A throwaway copy of the fixture project, for runs that write. */
export function projectCopy(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "model-registry-usages-"));
  cpSync(PROJECT, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function expected(name: string): string {
  return readFileSync(join(EXPECTED, name), "utf8");
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split("\\").join("/"))
    .sort();
}

/** Type-checks a project with the real TypeScript compiler: the messages of every diagnostic. */
export function compile(tsconfigPath: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (config === undefined) throw new Error(`cannot read ${tsconfigPath}`);
  const program = ts.createProgram(config.fileNames, config.options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}
