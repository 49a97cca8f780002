import { resolve } from "node:path";
import { readRegularFile } from "../io/read-input";
import { CURRENT_FORMAT_VERSION, upgradeRegistryText } from "../migrate/upgrade-schema";
import { EXIT_INVALID, EXIT_OK, InputError, requireExistingFile, runCommand, writeOrExplain, type CliIO } from "./args";
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

function upgradeFile(named: string | undefined, dryRun: boolean, io: CliIO, c: Colors): number {
  const shown = named ?? "models/model_registry.yaml";
  const path = named === undefined ? resolve(io.cwd, shown) : requireExistingFile(named, io.cwd, "the registry to upgrade");
  // Regular files only, size-capped: a FIFO or device named here would otherwise block the command for ever.
  const read = readRegularFile(path);
  if (!read.ok) throw new InputError(`cannot read ${shown}: ${read.reason}`);
  const outcome = upgradeRegistryText(read.bytes.toString("utf8"));
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
  writeOrExplain([{ path, contents: outcome.text }]);
  io.stdout.write(
    `${c.green("✓")} upgraded ${shown} to format version ${CURRENT_FORMAT_VERSION} (${outcome.models} models).\n` +
      `  Review the new fields: capabilities.input lists only text and image (v1 knew no other modality), and\n` +
      `  structured_output, reasoning, max_input_tokens and price schedules are left for you to add where they apply.\n`,
  );
  return EXIT_OK;
}
