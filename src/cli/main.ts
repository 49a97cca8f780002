import { reportInternalError, type CliIO } from "./args";
import { colorsFor, type Colors } from "./colors";
import { runGenerateCommand } from "./generate";

export type { CliIO } from "./args";

type Command = (argv: readonly string[], io: CliIO, c: Colors) => number | Promise<number>;

/**
 * The commands parsed on their own, each loaded when it runs: audit brings the public lists' adapters,
 * usages ts-morph and the TypeScript compiler, upgrade-schema and init the YAML library, select the shipped registry.
 */
const SUBCOMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import("./init")).runInit,
  "upgrade-schema": async () => (await import("./upgrade-schema")).runUpgradeSchema,
  audit: async () => (await import("./audit")).runAudit,
  refresh: async () => (await import("./refresh")).runRefresh,
  usages: async () => (await import("./usages")).runUsagesCommand,
  select: async () => (await import("./select")).runSelect,
};

/** Runs the CLI and resolves with the exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const c = colorsFor(io.stderr, io.env);
  const [first, ...rest] = argv;
  try {
    if (first !== undefined && Object.hasOwn(SUBCOMMANDS, first)) return await (await SUBCOMMANDS[first]!())(rest, io, c);
    return await runGenerateCommand(argv, io, c, Object.keys(SUBCOMMANDS));
  } catch (error) {
    return reportInternalError(error, io, c);
  }
}
