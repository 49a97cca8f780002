import { realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { basename, dirname, join, resolve } from "node:path";
import { replaceAtomically } from "../io/edit-in-place";
import { readRegularFile } from "../io/read-input";
import { terminalLines } from "../shared/terminal-text";
import { CURRENT_FORMAT_VERSION, upgradeRegistryText } from "../migrate/upgrade-schema";
import { EXIT_INVALID, EXIT_OK, InputError, requireExistingFile, runCommand, type CliIO } from "./args";
import type { Colors } from "./colors";
import { unifiedDiff } from "./diff";

export const UPGRADE_USAGE = `Usage: model-registry upgrade-schema [file] [options]

Rewrites a format version 1 registry as version ${CURRENT_FORMAT_VERSION}, in place, keeping comments, key order and
blank lines: per-1k prices become a per-1M \`pricing\` map, \`capabilities\` gains modalities and
\`scores\`, the \`deprecation\` block becomes deprecation_date / shutdown_date / replaced_by, and
\`source\` becomes \`sources: { all: … }\`.

Arguments:
  file         the registry YAML (default: models/model_registry.yaml)

Options:
  --dry-run    print what would change, as a unified diff, instead of writing the file
  --help       show this help

Exit codes: 0 upgraded or already current, 1 the file cannot be read, upgraded or written, 2 bad usage
(unknown flag, more than one file, a file named here that does not exist), 3 internal error.`;

const SPEC = {
  name: "model-registry upgrade-schema",
  usage: UPGRADE_USAGE,
  options: { "dry-run": { type: "boolean" } },
  positionals: { max: 1, name: "file" },
} as const;

/** `model-registry upgrade-schema`: resolves with the exit code. */
export function runUpgradeSchema(argv: readonly string[], io: CliIO, c: Colors): Promise<number> {
  return runCommand(argv, io, c, SPEC, ({ values, positionals }) => upgradeFile(positionals[0], values["dry-run"] === true, io, c));
}

async function upgradeFile(named: string | undefined, dryRun: boolean, io: CliIO, c: Colors): Promise<number> {
  const shown = named ?? DEFAULT_REGISTRY_PATH;
  const path = named === undefined ? resolve(io.cwd, shown) : requireExistingFile(named, io.cwd, "the registry to upgrade");
  // Regular files only, size-capped: a FIFO or device named here would otherwise block the command for ever.
  const read = readRegularFile(path);
  if (!read.ok) throw new InputError(`cannot read ${shown}: ${read.reason}`);
  const original = read.bytes.toString("utf8");
  const layout = { bom: original.startsWith("\uFEFF"), crlf: original.includes("\r\n") };
  const upgraded = upgradeRegistryText(layout.bom ? original.slice(1) : original);
  // The file keeps its byte order mark and line endings: only the upgraded entries change.
  const outcome =
    upgraded.kind === "upgraded"
      ? { ...upgraded, text: (layout.bom ? "\uFEFF" : "") + (layout.crlf ? upgraded.text.replace(/\r?\n/g, "\r\n") : upgraded.text) }
      : upgraded;
  if (outcome.kind === "failed") {
    io.stderr.write(`${shown}:1:1 - ${c.red("error")} upgrade/failed: ${outcome.message}\n`);
    return EXIT_INVALID;
  }
  if (outcome.kind === "already-current") {
    io.stdout.write(`${c.green("✓")} ${shown} is already format version ${CURRENT_FORMAT_VERSION}; nothing to do.\n`);
    return EXIT_OK;
  }
  if (dryRun) {
    io.stdout.write(unifiedDiff({ path: shown, before: read.bytes.toString("utf8"), after: outcome.text }));
    return EXIT_OK;
  }
  const problems = await validationProblems(path, outcome.text, io.cwd);
  if (problems.length > 0) {
    io.stderr.write(
      `${c.red("error")}: ${shown} was not changed: the upgraded file would not validate, so nothing was written:\n` +
        problems.map((problem) => `  ${shown} (as upgraded):${problem}`).join("\n") +
        "\n  Fix these in the version 1 file (or finish the upgrade by hand from --dry-run), then run the upgrade again.\n",
    );
    return EXIT_INVALID;
  }
  writeThroughLinks(path, outcome.text);
  io.stdout.write(
    `${c.green("✓")} upgraded ${shown} to format version ${CURRENT_FORMAT_VERSION} (${outcome.models} models).\n` +
      `  Review the new fields: capabilities.input lists only text and image (v1 knew no other modality), and\n` +
      `  structured_output, reasoning, max_input_tokens and price schedules are left for you to add where they apply.\n`,
  );
  return EXIT_OK;
}

/**
 * The upgraded text judged as `validate` would judge it: written beside the registry (so its `extends` resolves as
 * the registry's own does) under a temporary name, validated, and removed. The errors an upgrade can cause (the
 * YAML and the schema: a price that overflows to .inf, a null field, a duplicate key) refuse the write; the rules'
 * findings (a shutdown date now past) were there before and are left to `validate`. `line:column - code: message`.
 */
async function validationProblems(path: string, text: string, cwd: string): Promise<string[]> {
  const candidate = join(dirname(path), `.${basename(path)}.${process.pid}.upgrade.yaml`);
  try {
    writeFileSync(candidate, text, { flag: "wx" });
    const { generate } = await import("../generator/generate");
    const result = await generate({ cwd, registryPath: candidate, mode: "validate" });
    const upgradeErrors = result.diagnostics.filter((d) => d.severity === "error" && /^(yaml|schema)\//.test(d.code));
    return upgradeErrors.map((d) => terminalLines(`${d.line}:${d.column} - ${d.code}: ${d.message}`));
  } finally {
    rmSync(candidate, { force: true });
  }
}

/** In place: a symlinked registry (shared between projects) is written through to its target, its mode kept. */
function writeThroughLinks(path: string, contents: string): void {
  const target = realpathSync(path);
  try {
    replaceAtomically(target, contents, statSync(target).mode & 0o7777);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; it was left as it was`);
  }
}
