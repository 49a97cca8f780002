import { EXIT_USAGE, reportInternalError, type CliIO } from "./args";
import { colorsFor, type Colors } from "./colors";
import { terminalText } from "../shared/terminal-text";
import { runGenerateCommand } from "./generate";

export type { CliIO } from "./args";

type Command = (argv: readonly string[], io: CliIO, c: Colors) => number | Promise<number>;

/**
 * The commands parsed on their own, each loaded when it runs: audit brings the public lists' adapters,
 * usages the TypeScript compiler, upgrade-schema and init the YAML library, select the shipped registry.
 */
const SUBCOMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import("./init")).runInit,
  "upgrade-schema": async () => (await import("./upgrade-schema")).runUpgradeSchema,
  audit: withTypeScript("audit", async () => (await import("./audit")).runAudit),
  refresh: withTypeScript("refresh", async () => (await import("./refresh")).runRefresh),
  usages: withTypeScript("usages", async () => (await import("./usages")).runUsagesCommand),
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

/**
 * usages (and the SDK adapters of audit and refresh) read TypeScript with the compiler API of the project's own
 * `typescript`, an optional peer dependency. Without it, or with TypeScript 7, whose package has no compiler API
 * yet (it exports its version alone), the command says what to install (exit 2).
 */
function withTypeScript(name: string, load: () => Promise<Command>): () => Promise<Command> {
  return async () => {
    const problem = typeScriptProblem();
    if (problem === undefined) return load();
    return (_argv, io, c) => {
      io.stderr.write(`${c.red("error")}: \`model-registry ${name}\` reads TypeScript with the compiler API, and ${problem.what}\n  hint: ${problem.hint}\n`);
      return EXIT_USAGE;
    };
  };
}

function typeScriptProblem(): { what: string; hint: string } | undefined {
  let compiler: { version?: unknown; createProgram?: unknown };
  try {
    compiler = require("typescript") as typeof compiler;
  } catch (error) {
    if (!isMissingTypeScript(error)) throw error;
    return { what: "no `typescript` package can be found from here", hint: "npm install --save-dev typescript@5" };
  }
  if (typeof compiler.createProgram === "function") return undefined;
  return {
    what: `the \`typescript\` found here (${terminalText(String(compiler.version))}) has none: TypeScript 7 does not offer it yet`,
    hint: "npm install --save-dev typescript@5 (its tsc builds the generated module too)",
  };
}

function isMissingTypeScript(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === "MODULE_NOT_FOUND" && typeof message === "string" && message.includes("'typescript'");
}
