import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";
import { isoDate } from "../../shared/parsed-values";
import { ownValue } from "../../shared/records";
import { newestRunDate, providerOfModelId, type BenchmarkRun, type BenchmarkSource } from "./benchmark-source";
import { lineColumn, SourceError } from "./source-error";

/**
 * The Aider polyglot leaderboard as Aider-AI/aider keeps it (`aider/website/_data/polyglot_leaderboard.yml`): a
 * YAML list of runs, each with the model's label (`model`), the command that ran it (`aider --model <id> …`),
 * `pass_rate_2` (the percent of the 225 exercises solved within two tries: the figure the board ranks by),
 * `edit_format` and `date`.
 *
 * A run names its model by the `--model` argument (routing prefix such as `openrouter/x-ai/` or `gemini/`
 * removed) and by the label when the label is an ID (`claude-sonnet-4-20250514 (32k thinking)`). Runs of two
 * models (architect mode, "A + B") measure a pair, not a model, and are left out.
 */
const ROUTING_PREFIX = /^(?:openrouter\/[^/]+|gemini|vertex_ai|xai|anthropic|openai|azure|bedrock)\//;
const MODEL_ARGUMENT = /--model\s+("?)([^\s"]+)\1/;
/** A label that is a provider-side ID, with an optional "(setting)" after it. */
const ID_LABEL = /^([a-z0-9][a-z0-9.:-]*)(?:\s+\((.+)\))?$/;

export function aiderPolyglotSource(text: string, location: string, citation: string): BenchmarkSource {
  const document = parseDocument(text, { schema: "core", uniqueKeys: true });
  const error = document.errors[0];
  if (error !== undefined) throw new SourceError(`${location}:${lineColumn(text, error.pos[0])}`, `not valid YAML (${error.message.split("\n")[0]})`);
  if (!isSeq(document.contents)) throw new SourceError(location, "the Aider leaderboard is not a YAML list of runs");
  const runs: BenchmarkRun[] = [];
  document.contents.items.forEach((item, index) => {
    const where = `${location}:${lineColumn(text, item.range[0])}`;
    if (!isMap(item)) throw new SourceError(where, `data[${index}] is not a mapping`);
    const run = aiderRun(item, (message) => new SourceError(where, `data[${index}].${message}`));
    if (run !== undefined) runs.push(run);
  });
  const newest = newestRunDate(runs);
  return { name: "aider-polyglot", label: `Aider polyglot leaderboard${newest ? ` (newest run ${newest})` : ""}`, citation, runs };
}

function aiderRun(item: YAMLMap, fail: (message: string) => Error): BenchmarkRun | undefined {
  const row = item.toJSON() as Record<string, unknown>;
  const label = ownValue(row, "model");
  const command = ownValue(row, "command");
  const value = ownValue(row, "pass_rate_2");
  const date = isoDate(ownValue(row, "date"));
  const editFormat = ownValue(row, "edit_format");
  if (typeof label !== "string") throw fail("model is not a string");
  if (typeof command !== "string") throw fail("command is not a string");
  if (typeof value !== "number" || !(value >= 0 && value <= 100)) throw fail("pass_rate_2 is not a percentage");
  if (date === undefined) throw fail("date is not a YYYY-MM-DD date");
  if (label.includes(" + ") || /--architect|--editor-model/.test(command)) return undefined;
  const ids = runIds(label, command);
  const provider = ids.map(providerOfModelId).find((found) => found !== undefined);
  if (provider === undefined) return undefined;
  const setting = ID_LABEL.exec(label)?.[2] ?? /\(([^)]+)\)\s*$/.exec(label)?.[1];
  return {
    benchmark: "aider_polyglot",
    provider,
    ids,
    row: label,
    value,
    date,
    setting: [setting, typeof editFormat === "string" ? `edit format ${editFormat}` : undefined].filter(Boolean).join(", "),
  };
}

function runIds(label: string, command: string): string[] {
  const ids: string[] = [];
  const fromLabel = ID_LABEL.exec(label)?.[1];
  if (fromLabel !== undefined) ids.push(fromLabel);
  const argument = MODEL_ARGUMENT.exec(command)?.[2];
  if (argument !== undefined) ids.push(argument.replace(ROUTING_PREFIX, ""));
  return [...new Set(ids)];
}
