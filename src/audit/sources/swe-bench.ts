import { isoDate } from "../../shared/parsed-values";
import { isRecord, ownValue } from "../../shared/records";
import { newestRunDate, providerOfModelId, type BenchmarkRun, type BenchmarkSource } from "./benchmark-source";
import { SourceError } from "./source-error";

/**
 * SWE-bench's leaderboard data (`data/leaderboards.json` of SWE-bench/swe-bench.github.io, built from the
 * SWE-bench/experiments submissions: one result per `evaluation/<board>/<folder>/`), read for its **bash-only**
 * board: SWE-bench Verified solved by every model through the same minimal agent (mini-SWE-agent, bash only).
 * That board measures the model; the other boards measure a model inside its submitter's own agent, so a row
 * there says as much about the scaffold as about the model, and they are not read.
 *
 * A run names its model by its one `Model: <id>` tag and by the folder's tail after the agent's version
 * (`20250807_mini-v1.7.0_gpt-5-mini` → `gpt-5-mini`).
 */
const BOARD = "bash-only";
const FOLDER_TAIL = /^\d{8}_mini-v[\d.]+[_-](.+)$/;
const MODEL_TAG = /^Model:\s*(\S+)$/;

export function sweBenchSource(json: unknown, location: string, citation: string): BenchmarkSource {
  const boards = isRecord(json) ? ownValue(json, "leaderboards") : undefined;
  if (!Array.isArray(boards)) throw new SourceError(location, 'SWE-bench leaderboard data: no "leaderboards" list at the top level');
  const board = boards.find((candidate) => isRecord(candidate) && ownValue(candidate, "name") === BOARD);
  if (board === undefined) throw new SourceError(location, `SWE-bench leaderboard data: no "${BOARD}" board`);
  const results = ownValue(board as Record<string, unknown>, "results");
  if (!Array.isArray(results)) throw new SourceError(location, `SWE-bench leaderboard data: the "${BOARD}" board has no results list`);
  const runs = results.flatMap((result, index) => sweBenchRun(result, (message) => new SourceError(location, `${BOARD}.results[${index}]${message}`)));
  const newest = newestRunDate(runs);
  return { name: "swe-bench", label: `SWE-bench bash-only leaderboard${newest ? ` (newest run ${newest})` : ""}`, citation, runs };
}

function sweBenchRun(result: unknown, fail: (message: string) => Error): BenchmarkRun[] {
  if (!isRecord(result)) throw fail(" is not an object");
  const folder = ownValue(result, "folder");
  const value = ownValue(result, "resolved");
  const date = isoDate(ownValue(result, "date"));
  const tags = ownValue(result, "tags");
  if (typeof folder !== "string") throw fail(".folder is not a string");
  if (typeof value !== "number" || !(value >= 0 && value <= 100)) throw fail(".resolved is not a percentage");
  if (date === undefined) throw fail(".date is not a YYYY-MM-DD date");
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === "string")) throw fail(".tags is not a list of strings");
  const models = tags.flatMap((tag) => MODEL_TAG.exec(tag)?.[1] ?? []);
  // A submission that names several models measured a combination, not a model.
  if (models.length > 1) return [];
  const ids = [...new Set([...models, FOLDER_TAIL.exec(folder)?.[1]].filter((id): id is string => id !== undefined))];
  const provider = ids.map(providerOfModelId).find((found) => found !== undefined);
  if (provider === undefined) return [];
  const name = ownValue(result, "name");
  const setting = typeof name === "string" ? /\(([^)]*reasoning[^)]*)\)/.exec(name)?.[1] : undefined;
  return [
    {
      benchmark: "swe_bench_verified",
      provider,
      ids,
      row: folder,
      value,
      date,
      setting: ["mini-SWE-agent, bash only", setting].filter(Boolean).join(", "),
    },
  ];
}
