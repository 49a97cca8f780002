import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type YAMLSeq, type Document, type Pair } from "yaml";
import { quoteDates } from "./yaml-out";

/**
 * Rewrites a version 1 registry as version 2, editing the YAML document in place so that comments, key order,
 * blank lines and quoting survive. Per model entry:
 *
 * - `cost_per_1k_input/_output/_cached_input` → `pricing: { input, output, cached_input }` in USD per 1M (×1000,
 *   exact in decimal: 0.00015 becomes 0.15, never 0.15000000000000002);
 * - `capabilities: { coding_score, reasoning_score, supports_vision, supports_function_calling }` →
 *   `capabilities: { input: [text, image?], output: [text], tool_calling }` and `scores: { coding, reasoning, basis: tier }`;
 * - `deprecation: { date, replaced_by, removal_date }` → `deprecation_date`, `shutdown_date`, `replaced_by`;
 * - `source: <url>` → `sources: { all: <url> }`.
 */
export type UpgradeOutcome = { kind: "upgraded"; text: string; models: number } | { kind: "already-current" } | { kind: "failed"; message: string };

export const CURRENT_FORMAT_VERSION = 2;

export function upgradeRegistryText(text: string): UpgradeOutcome {
  const document = parseDocument(text, { schema: "core", uniqueKeys: true, merge: false });
  if (document.errors.length > 0) return { kind: "failed", message: `the file is not valid YAML: ${document.errors[0]!.message}` };
  const root = document.contents;
  if (!isMap(root)) return { kind: "failed", message: "the file is not a registry: its top level is not a mapping" };
  const version = (root.toJSON() as { version?: unknown }).version;
  if (version === CURRENT_FORMAT_VERSION) return { kind: "already-current" };
  if (version !== 1) return { kind: "failed", message: `the file has version ${JSON.stringify(version ?? null)}; only version 1 can be upgraded` };

  const versionNode = root.get("version", true);
  if (isScalar(versionNode)) (versionNode as Scalar).value = CURRENT_FORMAT_VERSION;
  const models = root.get("models", true);
  const entries = isSeq(models) ? models.items.filter(isMap) : [];
  const problems = entries.flatMap((entry, index) => unconvertible(entry as YAMLMap, index));
  if (problems.length > 0) return { kind: "failed", message: `fix these first, then run the upgrade again: ${problems.join("; ")}` };
  for (const entry of entries) upgradeEntry(document, entry as YAMLMap);
  // Version 2 writes dates quoted, so YAML 1.1 tools read the same strings (validate warns about unquoted ones).
  quoteDates(document);
  let printed: string;
  try {
    printed = document.toString({ lineWidth: 0, flowCollectionPadding: true });
  } catch (error) {
    // The printer refuses what the parser let through (an alias without its anchor).
    return { kind: "failed", message: `the file cannot be rewritten: ${(error as Error).message}` };
  }
  return { kind: "upgraded", text: unpadFlowSequences(printed), models: entries.length };
}

/**
 * The yaml printer pads flow maps and flow sequences alike; registries are written `{ type: bearer }` and `[A, B]`.
 * Undo the padding of sequences of plain words so that lines the upgrade does not touch stay as they were.
 */
export function unpadFlowSequences(text: string): string {
  return text.replace(/\[ ([\w.:/@+-]+(?:, [\w.:/@+-]+)*) \]/g, "[$1]");
}

/** Values the upgrade would have to guess at: it rewrites what v1 allowed, and refuses the rest rather than coerce it. */
function unconvertible(entry: YAMLMap, index: number): string[] {
  const capabilities = entry.get("capabilities", true);
  if (capabilities === undefined) return [];
  const where = `models[${index}].capabilities`;
  if (!isMap(capabilities)) return [`${where} is not a mapping`];
  const problems: string[] = [];
  for (const key of ["supports_vision", "supports_function_calling"]) {
    if (typeof capabilities.get(key) !== "boolean") problems.push(`${where}.${key} must be true or false`);
  }
  for (const key of ["coding_score", "reasoning_score"]) {
    if (typeof capabilities.get(key) !== "number") problems.push(`${where}.${key} must be a number`);
  }
  return problems;
}

function upgradeEntry(document: Document, entry: YAMLMap): void {
  replaceKeys(entry, ["cost_per_1k_input", "cost_per_1k_output", "cost_per_1k_cached_input"], (values) => [
    ["pricing", flowMap(document, pricingFrom(values))],
  ]);
  replaceKeys(entry, ["capabilities"], ({ capabilities }) => {
    if (!isMap(capabilities)) return undefined;
    const get = (key: string) => capabilities.get(key);
    const vision = get("supports_vision") === true;
    return [
      [
        "capabilities",
        flowMap(document, {
          input: flowSeq(document, vision ? ["text", "image"] : ["text"]),
          output: flowSeq(document, ["text"]),
          tool_calling: get("supports_function_calling") === true,
        }),
      ],
      ["scores", flowMap(document, { coding: get("coding_score"), reasoning: get("reasoning_score"), basis: "tier" })],
    ];
  });
  replaceKeys(entry, ["deprecation"], ({ deprecation }) => {
    if (!isMap(deprecation)) return undefined;
    const pairs: Array<[string, unknown]> = [["deprecation_date", deprecation.get("date", true)]];
    if (deprecation.has("removal_date")) pairs.push(["shutdown_date", deprecation.get("removal_date", true)]);
    pairs.push(["replaced_by", deprecation.get("replaced_by", true)]);
    return pairs;
  });
  replaceKeys(entry, ["source"], ({ source }) => [["sources", flowMap(document, { all: source })]]);
}

type NodeValues = Record<string, unknown>;

/**
 * Replaces the pairs named by `keys` with the pairs `build` returns, at the position of the first one found.
 * The removed keys' comments move to the first new key, so no comment is lost.
 */
function replaceKeys(entry: YAMLMap, keys: readonly string[], build: (values: NodeValues) => Array<[string, unknown]> | undefined): void {
  const found = entry.items.flatMap((pair, index) => (keys.includes(keyOf(pair)) ? [{ pair, index }] : []));
  if (found.length === 0) return;
  const values: NodeValues = Object.fromEntries(found.map(({ pair }) => [keyOf(pair), pair.value]));
  const replacement = build(values);
  if (replacement === undefined) return;
  const comments = { before: found.flatMap(({ pair }) => commentsOf(pair).before), after: found.flatMap(({ pair }) => commentsOf(pair).after) };
  const spaceBefore = found.some(({ pair }) => isScalar(pair.key) && pair.key.spaceBefore === true);
  const newPairs = replacement.map(([key, value]) => newPair(key, value));
  const first = newPairs[0]!.key as Scalar;
  if (comments.before.length > 0) first.commentBefore = comments.before.join("\n");
  if (spaceBefore) first.spaceBefore = true;
  const last = newPairs[newPairs.length - 1]!;
  if (comments.after.length > 0 && (isScalar(last.value) || isMap(last.value) || isSeq(last.value))) {
    (last.value as Scalar).comment = comments.after.join(" ");
  }
  const at = found[0]!.index;
  const remaining = entry.items.filter((pair) => !keys.includes(keyOf(pair)));
  remaining.splice(Math.min(at, remaining.length), 0, ...newPairs);
  entry.items = remaining;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : "";
}

/**
 * Takes every comment off the pair's nodes, nested ones included (a value node may be reused in the new pair,
 * and must not carry its comment twice): comments above a node come back as `before`, comments after it as `after`.
 */
function commentsOf(pair: Pair): { before: string[]; after: string[] } {
  const result = { before: [] as string[], after: [] as string[] };
  const take = (node: unknown): void => {
    if (isPair(node)) {
      take(node.key);
      take(node.value);
      return;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    if (node.commentBefore) result.before.push(node.commentBefore);
    if (node.comment) result.after.push(node.comment);
    node.commentBefore = undefined;
    node.comment = undefined;
    if (isMap(node) || isSeq(node)) node.items.forEach(take);
  };
  take(pair);
  return result;
}

function newPair(key: string, value: unknown): Pair {
  const holder = new YAMLMap();
  holder.set(new Scalar(key), value);
  return holder.items[0]!;
}

function flowMap(document: Document, values: Record<string, unknown>): YAMLMap {
  const map = new YAMLMap();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    map.set(new Scalar(key), isScalar(value) || isMap(value) || isSeq(value) ? value : document.createNode(value));
  }
  map.flow = true;
  return map;
}

function flowSeq(document: Document, values: readonly string[]): YAMLSeq {
  const seq = document.createNode([...values]) as YAMLSeq;
  seq.flow = true;
  return seq;
}

function pricingFrom(values: NodeValues): Record<string, unknown> {
  const perMillion = (key: string) => {
    const node = values[key];
    const value = isScalar(node) ? node.value : undefined;
    return typeof value === "number" ? shiftDecimalPoint(value, 3) : value;
  };
  return {
    input: perMillion("cost_per_1k_input"),
    output: perMillion("cost_per_1k_output"),
    cached_input: perMillion("cost_per_1k_cached_input"),
  };
}

/** `value × 10^places`, computed on the decimal digits rather than in binary: 0.00015 → 0.15 exactly. */
export function shiftDecimalPoint(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
