/**
 * The semantic rules run even when the schema rejected the file, so they must judge what they can and skip the
 * rest, never throw. Table-driven: every field of every kind of entry in the shipped registry (models, their
 * pricing tiers, periods and service tiers, providers, aliases, the top level), replaced in turn by each value of
 * a wrong type, or removed. Then a fast-check property: any JSON value at any of those places.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseRegistryText } from "../../src/generator/input/load";
import { singleFileSource } from "../../src/generator/input/registry-source";
import { validateRules } from "../../src/generator/validate/validate-rules";
import { reservedIdentifierCollisions } from "../../src/generator/validate/identifiers";
import { secretPlaceholderProblems } from "../../src/generator/validate/secret-placeholders";
import { REPO_ROOT, TEST_AS_OF } from "../hardening/helpers";

const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, "schema/model_registry.schema.json"), "utf8"));

type Path = Array<string | number>;

const FILE = join(REPO_ROOT, "models/model_registry.yaml");
const LOADED = parseRegistryText(FILE, readFileSync(FILE));
const FULL = LOADED.data as { models: unknown[] } & Record<string, unknown>;
/** The registry with one model per kind of entry, and the aliases of those models, so the table runs quickly. */
const MODELS = representativeModels(FULL.models);
const MODEL_IDS = new Set(MODELS.map((model) => (model as { id: string }).id));
const DATA = deepFreeze({
  ...FULL,
  models: MODELS,
  aliases: Object.fromEntries(Object.entries(FULL.aliases as Record<string, string>).filter(([, target]) => MODEL_IDS.has(target))),
});

const WRONG_VALUES: ReadonlyArray<[string, unknown]> = [
  ["removed", undefined],
  ["null", null],
  ["a number", 42],
  ["NaN", Number.NaN],
  ["a string", "x"],
  ["a date-like string", "2026-02-30"],
  ["a boolean", true],
  ["an empty list", []],
  ["a list of numbers", [1, 2]],
  ["a list of mappings", [{ a: 1 }]],
  ["an empty mapping", {}],
  ["a mapping with a __proto__ key", JSON.parse(`{"a": 1, "__proto__": 2}`)],
];

/** Every path inside `value` (mappings and lists, down to the leaves), each once, with `value` at `at`. */
function pathsUnder(value: unknown, at: Path): Path[] {
  if (value === null || typeof value !== "object") return [];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...at, key], ...pathsUnder((value as Record<string | number, unknown>)[key], [...at, key])]);
}

/** A path with every list index as "#": the paths of one kind of field. */
function shapeOf(path: Path): string {
  return path.map((segment) => (typeof segment === "number" ? "#" : segment)).join("/");
}

/**
 * Few models that together hold every kind of field that occurs at all (greedily, the model with the most kinds not
 * yet held first), and the models their replacement chains and same_weights_as lead to. Every run of the table
 * judges the whole of this set, so its size sets the table's time.
 */
function representativeModels(models: unknown[]): unknown[] {
  const kindsOf = models.map((model) => new Set(pathsUnder(model, []).map(shapeOf)));
  const missing = new Set(kindsOf.flatMap((kinds) => [...kinds]));
  const chosen = new Set<unknown>();
  while (missing.size > 0) {
    const gain = kindsOf.map((kinds) => [...kinds].filter((kind) => missing.has(kind)).length);
    const best = gain.indexOf(Math.max(...gain));
    chosen.add(models[best]);
    for (const kind of kindsOf[best]!) missing.delete(kind);
  }
  const byId = new Map(models.map((model) => [(model as { id: string }).id, model]));
  for (const model of chosen) {
    for (const link of ["replaced_by", "same_weights_as"] as const) {
      const target = byId.get((model as Record<string, string | undefined>)[link] ?? "");
      if (target !== undefined) chosen.add(target);
    }
  }
  return models.filter((model) => chosen.has(model));
}

/** `value` and everything in it frozen: a rule that wrote to the data it judges would throw, and fail the test. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** DATA with `value` at `path` (removed when undefined): the containers on the path are copied, the rest is shared. */
function withValue(path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copyOf = (container: unknown) => (Array.isArray(container) ? [...container] : { ...(container as object) }) as Record<string | number, unknown>;
  const copy = copyOf(DATA);
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] = copyOf(parent[segment]);
  const last = path[path.length - 1]!;
  if (value === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (value === undefined) delete parent[last];
  else parent[last] = value;
  return deepFreeze(copy);
}

function runAllRules(data: unknown): void {
  const loaded = singleFileSource({ ...LOADED, data });
  validateRules(loaded, { asOf: TEST_AS_OF });
  reservedIdentifierCollisions(loaded, SCHEMA);
  secretPlaceholderProblems(loaded);
}

/** The whole file, each model entry, and each kind of field once (where it first occurs). */
const firstOfEachKind = new Map<string, Path>();
for (const path of pathsUnder(DATA, [])) if (!firstOfEachKind.has(shapeOf(path))) firstOfEachKind.set(shapeOf(path), path);
const PATHS: Path[] = [[], ...DATA.models.slice(1).map((_, index) => ["models", index + 1]), ...firstOfEachKind.values()];

test("the table covers every kind of field", () => {
  const shown = PATHS.map((path) => path.join("."));
  for (const field of ["models.0.id", "providers.openai.env.required", "aliases"]) expect(shown).toContain(field);
  expect(shown.some((path) => /^models\.\d+\.pricing\.tiers\.0\.above_input_tokens$/.test(path))).toBe(true);
  expect(shown.some((path) => /^models\.\d+\.pricing\.periods\.0\.until$/.test(path))).toBe(true);
  expect(shown.some((path) => /^models\.\d+\.inference_profiles\./.test(path))).toBe(true);
  expect(PATHS.length).toBeGreaterThan(60);
  expect(Object.keys(DATA.aliases).length).toBeGreaterThan(0);
  console.log(`${DATA.models.length} representative models, ${PATHS.length} places, ${WRONG_VALUES.length} values each`);
});

test("unchanged, the registry and its representative models pass every rule", () => {
  expect(validateRules(singleFileSource(LOADED), { asOf: TEST_AS_OF }).filter((d) => d.severity === "error")).toEqual([]);
  expect(validateRules(singleFileSource({ ...LOADED, data: DATA }), { asOf: TEST_AS_OF }).filter((d) => d.severity === "error")).toEqual([]);
});

describe.each(WRONG_VALUES)("a field replaced by %s", (_name, value) => {
  test("no rule throws, whichever field it is", () => {
    const failures: string[] = [];
    for (const path of PATHS) {
      try {
        runAllRules(withValue(path, value));
      } catch (error) {
        failures.push(`${path.join(".") || "(the whole file)"}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

test("property: any JSON value at any field, and any whole file, never makes a rule throw", () => {
  fc.assert(
    fc.property(fc.constantFrom(...PATHS), fc.jsonValue(), (path, value) => {
      runAllRules(withValue(path, value));
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 300) },
  );
  fc.assert(
    fc.property(fc.anything(), (value) => {
      runAllRules(value);
      runAllRules({ version: 2, providers: value, models: [value], aliases: value });
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 300) },
  );
});
