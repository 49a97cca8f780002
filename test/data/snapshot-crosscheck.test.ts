import { perTokenTo1k } from "../../src/migrate/numbers";
import { loadRegistry, loadSnapshot, snapshotKeyFor } from "./registry-data";

interface Difference {
  id: string;
  key: string;
  field: string;
  registry: number | string | undefined;
  snapshot: number | string | undefined;
  explained: boolean;
}

/** Equal within rounding: per-1k figures are rounded to 10 significant digits. */
function sameFigure(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

function asNumber(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

function crossCheck(): { compared: number; differences: Difference[] } {
  const registry = loadRegistry();
  const snapshot = loadSnapshot();
  const differences: Difference[] = [];
  let compared = 0;
  for (const model of registry.models) {
    const key = snapshotKeyFor(model, snapshot);
    if (!key) continue;
    compared++;
    const s = snapshot[key]!;
    const price = (field: string) => {
      const v = asNumber(s[field]);
      return v === undefined ? undefined : perTokenTo1k(v);
    };
    const pairs: Array<[string, number | undefined, number | undefined]> = [
      ["context_window", model.context_window, asNumber(s["max_input_tokens"])],
      ["max_output_tokens", model.max_output_tokens, asNumber(s["max_output_tokens"])],
      ["cost_per_1k_input", model.cost_per_1k_input, price("input_cost_per_token")],
      ["cost_per_1k_output", model.cost_per_1k_output, price("output_cost_per_token")],
    ];
    if (s["cache_read_input_token_cost"] !== undefined) pairs.push(["cost_per_1k_cached_input", model.cost_per_1k_cached_input, price("cache_read_input_token_cost")]);
    const retirement = typeof s["deprecation_date"] === "string" ? (s["deprecation_date"] as string) : undefined;
    const removal = model.deprecation?.removal_date;
    if (retirement !== removal) {
      differences.push({ id: model.id, key, field: "removal_date", registry: removal, snapshot: retirement, explained: model.notes !== undefined });
    }
    for (const [field, mine, theirs] of pairs) {
      if (!sameFigure(mine, theirs)) differences.push({ id: model.id, key, field, registry: mine, snapshot: theirs, explained: model.notes !== undefined });
    }
  }
  return { compared, differences };
}

describe("registry figures vs the LiteLLM snapshot (2026-07-24)", () => {
  const { compared, differences } = crossCheck();

  test("every difference (figures and retirement dates) is explained by a note in the entry; table of differences printed", () => {
    const table = differences.map((d) => `${d.explained ? " " : "!"} ${d.id.padEnd(44)} ${d.field.padEnd(26)} registry=${String(d.registry).padEnd(10)} snapshot=${String(d.snapshot)}  (${d.key})`);
    const ids = new Set(differences.map((d) => d.id));
    console.log(`compared ${compared} registry entries with the snapshot; ${ids.size} differ (${differences.length} figures):\n${table.join("\n")}`);
    expect(differences.filter((d) => !d.explained)).toEqual([]);
  });

  test("most cloud entries are found in the snapshot (the matcher handles provider prefixes)", () => {
    expect(compared).toBeGreaterThanOrEqual(90);
  });
});
