import { InvalidArgumentError } from "../runtime/errors";
import {
  PRIORITY_WEIGHTS,
  QUALITY_WEIGHTS,
  scoreEvidence,
  type SelectionResult,
  type TaskPriority,
  type TaskRequirements,
  type TaskType,
} from "../runtime/select";
import { terminalText } from "../shared/terminal-text";
import { EXIT_OK, runCommand, UsageError, type CliIO, type CommandLine } from "./args";
import type { Colors } from "./colors";

export const SELECT_USAGE = `Usage: model-registry select [options]

Ranks the shipped registry's models for a task, as selectModels does: a table with each part of the
score (quality from the coding and reasoning scores, cost, speed), what the scores rest on (published
benchmark results or the tier estimate), then every model left out and why.

Options:
  --task <type>            ${Object.keys(QUALITY_WEIGHTS).join(", ")} (default general)
  --priority <priority>    ${Object.keys(PRIORITY_WEIGHTS).join(", ")} (default balanced)
  --min-context <tokens>   minimum context window: 128000, 128K, 1M (default 4000)
  --max-cost <usd>         maximum blended price, USD per 1M tokens ((3 × input + output) / 4)
  --min-coding <score>     minimum coding score, 0..1
  --min-reasoning <score>  minimum reasoning score, 0..1
  --min-quality <score>    minimum quality part, 0..1 (default: the task's floor under balanced/quality)
  --vision                 image input required
  --tools                  tool (function) calling required
  --provider <id>          only this provider's models; repeat for several
  --keys-set               only providers whose required environment variables are set here
                           (values are never read, only whether they are set)
  --experimental           also consider experimental models
  --top <n>                rows in the ranked table (default 10; 0 for all)
  --json                   the whole result as JSON (candidates, excluded, explanation)
  --help                   show this help

Exit codes: 0 ok (also when nothing qualifies: the exclusions say why), 2 bad usage, 3 internal error.`;

const OPTIONS = {
  task: { type: "string" },
  priority: { type: "string" },
  "min-context": { type: "string" },
  "max-cost": { type: "string" },
  "min-coding": { type: "string" },
  "min-reasoning": { type: "string" },
  "min-quality": { type: "string" },
  vision: { type: "boolean" },
  tools: { type: "boolean" },
  provider: { type: "string", multiple: true },
  "keys-set": { type: "boolean" },
  experimental: { type: "boolean" },
  top: { type: "string" },
  json: { type: "boolean" },
} as const;

const SPEC = {
  name: "model-registry select",
  usage: SELECT_USAGE,
  options: OPTIONS,
  renamed: { type: "task", "task-type": "task", providers: "provider" },
} as const;

const DEFAULT_TOP = 10;

/** `model-registry select`: resolves with the exit code. */
export function runSelect(argv: readonly string[], io: CliIO, c: Colors): Promise<number> {
  return runCommand(argv, io, c, SPEC, async (line) => {
    const requirements = requirementsOf(line, io.env);
    const top = line.values.top === undefined ? DEFAULT_TOP : count(line.values.top, "--top");
    // The shipped registry and its runtime, loaded only when this command runs.
    const { selectModels } = await import("../index");
    let result: SelectionResult;
    try {
      result = selectModels(requirements) as SelectionResult;
    } catch (error) {
      if (error instanceof InvalidArgumentError) throw new UsageError(error.message);
      throw error;
    }
    io.stdout.write(line.values.json === true ? jsonReport(result, requirements) : textReport(result, top, c));
    return EXIT_OK;
  });
}

function requirementsOf(line: CommandLine<typeof OPTIONS>, env: NodeJS.ProcessEnv): TaskRequirements {
  const values = line.values;
  const task = values.task ?? "general";
  if (!Object.hasOwn(QUALITY_WEIGHTS, task)) throw new UsageError(`--task must be one of ${Object.keys(QUALITY_WEIGHTS).join(", ")}, got "${task}"`);
  const priority = values.priority ?? "balanced";
  if (!Object.hasOwn(PRIORITY_WEIGHTS, priority)) {
    throw new UsageError(`--priority must be one of ${Object.keys(PRIORITY_WEIGHTS).join(", ")}, got "${priority}"`);
  }
  return {
    taskType: task as TaskType,
    priority: priority as TaskPriority,
    ...(values["min-context"] === undefined ? {} : { minContext: tokens(values["min-context"]) }),
    ...(values["max-cost"] === undefined ? {} : { maxBlendedCost: number(values["max-cost"], "--max-cost") }),
    ...(values["min-coding"] === undefined ? {} : { minCoding: number(values["min-coding"], "--min-coding") }),
    ...(values["min-reasoning"] === undefined ? {} : { minReasoning: number(values["min-reasoning"], "--min-reasoning") }),
    ...(values["min-quality"] === undefined ? {} : { minQuality: number(values["min-quality"], "--min-quality") }),
    ...(values.vision === true ? { requireVision: true } : {}),
    ...(values.tools === true ? { requireFunctions: true } : {}),
    ...(values.experimental === true ? { allowExperimental: true } : {}),
    ...(values.provider === undefined ? {} : { providers: values.provider }),
    ...(values["keys-set"] === true ? { env } : {}),
  };
}

/** `500000`, `500K`, `1M`, `1.5M`: a token count. */
function tokens(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (match === null) throw new UsageError(`--min-context needs a token count such as 128000, 128K or 1M, got "${text}"`);
  const scale = { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
  return Math.round(Number(match[1]) * scale);
}

function number(text: string, flag: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0) throw new UsageError(`${flag} needs a number >= 0, got "${text}"`);
  return value;
}

function count(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} needs a whole number >= 0, got "${text}"`);
  return Number(text);
}

function textReport(result: SelectionResult, top: number, c: Colors): string {
  const shown = top === 0 ? result.candidates : result.candidates.slice(0, top);
  const header = ["#", "model", "provider", "score", "quality", "cost", "speed", "$/1M", "coding", "reasoning", "scores rest on"];
  const rows = shown.map((candidate, index) => [
    String(index + 1),
    candidate.id,
    candidate.model.provider,
    String(candidate.score),
    String(candidate.breakdown.quality),
    String(candidate.breakdown.cost),
    String(candidate.breakdown.speed),
    String(candidate.blendedCostPer1M),
    String(candidate.model.scores?.coding ?? "unrated"),
    String(candidate.model.scores?.reasoning ?? "unrated"),
    scoreEvidence(candidate.model) + (candidate.flags.length > 0 ? ` [${candidate.flags.join(", ")}]` : ""),
  ]);
  const lines = [terminalText(result.explanation), ""];
  if (rows.length > 0) {
    lines.push(...table([header, ...rows]).map((line, index) => (index === 0 ? c.bold(line) : line)));
    const hidden = result.candidates.length - shown.length;
    if (hidden > 0) lines.push(c.dim(`… and ${hidden} more candidates (--top 0 shows all)`));
    lines.push("");
  }
  lines.push(c.bold(`Excluded (${result.excluded.length}):`));
  for (const exclusion of result.excluded) {
    lines.push(`  ${terminalText(exclusion.id)}: ${exclusion.reasons.map((reason) => terminalText(reason.message)).join("; ")}`);
  }
  return lines.join("\n") + "\n";
}

/** Columns padded to their widest cell; every cell is escaped for the terminal first. */
function table(rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => row.map(terminalText));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  return cells.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd(),
  );
}

function jsonReport(result: SelectionResult, requirements: TaskRequirements): string {
  const { env: _env, ...asked } = requirements;
  return (
    JSON.stringify(
      {
        requirements: { ...asked, ...(requirements.env === undefined ? {} : { keysSet: true }) },
        explanation: result.explanation,
        candidates: result.candidates.map((candidate) => ({
          id: candidate.id,
          provider: candidate.model.provider,
          score: candidate.score,
          breakdown: candidate.breakdown,
          blendedCostPer1M: candidate.blendedCostPer1M,
          scores: candidate.model.scores,
          evidence: scoreEvidence(candidate.model),
          flags: candidate.flags,
        })),
        excluded: result.excluded,
      },
      null,
      2,
    ) + "\n"
  );
}
