import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readRegularFile } from "../io/read-input";
import { OutputWriteError, writeFilesAtomically } from "../io/write";
import { CURRENT_FORMAT_VERSION, upgradeRegistryText } from "../migrate/upgrade-schema";
import type { Colors } from "./colors";

export const UPGRADE_USAGE = `Usage: model-registry upgrade-schema [file] [options]

Rewrites a format version 1 registry as version ${CURRENT_FORMAT_VERSION}, in place, keeping comments, key order and
blank lines: per-1k prices become a per-1M \`pricing\` map, \`capabilities\` gains modalities and
\`scores\`, the \`deprecation\` block becomes deprecation_date / shutdown_date / replaced_by, and
\`source\` becomes \`sources: { all: … }\`.

Arguments:
  file         the registry YAML (default: models/model_registry.yaml)

Options:
  --dry-run    print the upgraded file to stdout instead of writing it
  --help       show this help

Exit codes: 0 upgraded or already current, 1 the file cannot be upgraded, 2 bad usage.`;

export interface UpgradeIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** `model-registry upgrade-schema`: resolves with the exit code. */
export function runUpgradeSchema(argv: readonly string[], io: UpgradeIO, c: Colors): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.stderr.write(`${c.red("error")}: ${(error as Error).message.split("\n")[0]}\nRun \`model-registry upgrade-schema --help\` for usage.\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(UPGRADE_USAGE + "\n");
    return 0;
  }
  if (parsed.positionals.length > 1) {
    io.stderr.write(`${c.red("error")}: unexpected argument "${parsed.positionals[1]}"; upgrade-schema takes one file\n`);
    return 2;
  }
  const shown = parsed.positionals[0] ?? "models/model_registry.yaml";
  const path = resolve(io.cwd, shown);
  // Regular files only, size-capped: a FIFO or device named here would otherwise block the command for ever.
  const read = readRegularFile(path);
  if (!read.ok) {
    io.stderr.write(`${c.red("error")}: cannot read ${shown}: ${read.reason}\n`);
    return 2;
  }
  const outcome = upgradeRegistryText(read.bytes.toString("utf8"));
  if (outcome.kind === "failed") {
    io.stderr.write(`${shown}:1:1 - ${c.red("error")} upgrade/failed: ${outcome.message}\n`);
    return 1;
  }
  if (outcome.kind === "already-current") {
    io.stdout.write(`${c.green("✓")} ${shown} is already format version ${CURRENT_FORMAT_VERSION}; nothing to do.\n`);
    return 0;
  }
  if (parsed.values["dry-run"]) {
    io.stdout.write(outcome.text);
    return 0;
  }
  try {
    writeFilesAtomically([{ path, contents: outcome.text }]);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    io.stderr.write(`${c.red("error")}: ${error.message}\n`);
    return 1;
  }
  io.stdout.write(
    `${c.green("✓")} upgraded ${shown} to format version ${CURRENT_FORMAT_VERSION} (${outcome.models} models).\n` +
      `  Review the new fields: capabilities.input lists only text and image (v1 knew no other modality), and\n` +
      `  structured_output, reasoning, max_input_tokens and price schedules are left for you to add where they apply.\n`,
  );
  return 0;
}
