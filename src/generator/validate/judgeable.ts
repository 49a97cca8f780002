import { readFileSync } from "node:fs";
import { bundledSchemaPath } from "../../io/paths";
import { isIsoDate } from "../../shared/dates";
import { isRecord } from "../../shared/records";
import type { ModelRegistryFile } from "../../shared/registry-file";

/**
 * The rules run even when the schema rejected the file (so one run reports every mistake), but only on the values
 * they can judge. This copy of the data keeps a value only where it has the type the rules read; anything else
 * (a string for a number, a list for a mapping, a missing `id`) is left out, and the schema has reported it already.
 *
 * What is left out is absent, so a rule must still not assume that a field the schema requires is present.
 */
export interface JudgeableRegistry {
  /** The data, typed as the rules read it; only the fields below are kept, each of the type shown. */
  registry: ModelRegistryFile;
  /** For each kept model, its index in the file's `models` list (entries without a string `id` are left out). */
  modelIndex: number[];
}

type Leaf = (value: unknown) => boolean;
/**
 * A leaf test, a list whose every element must fit (else the whole list is left out), a mapping's fields ("*":
 * every key), or alternatives (`anyOf`/`oneOf`: the first that fits).
 */
type Shape = Leaf | readonly [Shape] | Alternatives | { readonly [key: string]: Shape };

class Alternatives {
  constructor(readonly shapes: readonly Shape[]) {}
}

type SchemaNode = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
};

const LEAVES: Record<string, Leaf> = {
  string: (value) => typeof value === "string",
  number: (value) => typeof value === "number" && Number.isFinite(value),
  integer: (value) => typeof value === "number" && Number.isFinite(value),
  boolean: (value) => typeof value === "boolean",
};
const isDate: Leaf = (value) => typeof value === "string" && isIsoDate(value);
const anything: Leaf = () => true;

/**
 * The shape a schema node describes, by type only (no ranges, patterns or enums: the rules judge those or the
 * schema has reported them). Read from the shipped schema, whose types the rules are written against.
 */
function shapeOf(node: SchemaNode, root: SchemaNode): Shape {
  if (node.$ref !== undefined) return shapeOf(resolveRef(node.$ref, root), root);
  // With a type, anyOf/oneOf only constrain (`from` or `until` required); without one, they are the alternatives.
  const alternatives = node.anyOf ?? node.oneOf;
  if (node.type === undefined && alternatives !== undefined) return oneShape(alternatives.map((branch) => shapeOf(branch, root)));
  const type = Array.isArray(node.type) ? undefined : (node.type ?? typeOfValues(node));
  if (type === "array") return [node.items === undefined ? anything : shapeOf(node.items, root)];
  if (type === "object") {
    const extra = node.additionalProperties;
    if (node.properties === undefined) return { "*": typeof extra === "object" ? shapeOf(extra, root) : anything };
    return Object.fromEntries(Object.entries(node.properties).map(([key, field]) => [key, shapeOf(field, root)]));
  }
  if (type === "string" && node.format === "date") return isDate;
  return (type !== undefined && LEAVES[type]) || anything;
}

/** Alternative mappings merge into one (a service tier is a multiplier or a price table); others stay alternatives. */
function oneShape(shapes: Shape[]): Shape {
  const mappings = shapes.filter(isMapping);
  if (mappings.length < 2) return new Alternatives(shapes);
  return new Alternatives([Object.assign({}, ...mappings), ...shapes.filter((shape) => !isMapping(shape))]);
}

function typeOfValues(node: SchemaNode): string | undefined {
  const value = node.const ?? node.enum?.[0];
  return value === undefined ? undefined : typeof value;
}

function resolveRef(ref: string, root: SchemaNode): SchemaNode {
  const name = ref.replace(/^#\/definitions\//, "");
  const definitions = (root as { definitions?: Record<string, SchemaNode> }).definitions ?? {};
  const node = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
  if (node === undefined) throw new Error(`the shipped schema has no definition for ${ref}`);
  return node;
}

function isMapping(shape: Shape): shape is { readonly [key: string]: Shape } {
  return typeof shape === "object" && !Array.isArray(shape) && !(shape instanceof Alternatives);
}

/** Keeps what fits a shape: `value` with only what fits, or undefined when `value` itself does not fit. */
type Fit = (value: unknown) => unknown;

let registryFits: { providers: Fit; model: Fit; aliases: Fit } | undefined;

/** The fits of the three parts the rules read, from the shipped schema (read once). */
function fits(): { providers: Fit; model: Fit; aliases: Fit } {
  if (registryFits === undefined) {
    const root = JSON.parse(readFileSync(bundledSchemaPath(), "utf8")) as SchemaNode;
    const part = (key: string): Fit => fitOf(shapeOf(root.properties?.[key] ?? {}, root));
    registryFits = { providers: part("providers"), model: fitOf(shapeOf(root.properties?.models?.items ?? {}, root)), aliases: part("aliases") };
  }
  return registryFits;
}

/** Per loaded data: the rules, the identifier checks and the placeholder checks of one run each ask for it. */
const judged = new WeakMap<object, JudgeableRegistry>();

export function judgeableRegistry(data: unknown): JudgeableRegistry {
  if (typeof data !== "object" || data === null) return judge(data);
  let judgeable = judged.get(data);
  if (judgeable === undefined) {
    judgeable = judge(data);
    judged.set(data, judgeable);
  }
  return judgeable;
}

function judge(data: unknown): JudgeableRegistry {
  const file = isRecord(data) ? data : {};
  const models = Array.isArray(file.models) ? file.models : [];
  const modelIndex = models.flatMap((model, index) => (isRecord(model) && typeof model.id === "string" ? [index] : []));
  const fit = fits();
  const registry = {
    providers: fit.providers(file.providers) ?? {},
    models: modelIndex.map((index) => fit.model(models[index])),
    aliases: fit.aliases(file.aliases) ?? {},
  };
  return { registry: registry as unknown as ModelRegistryFile, modelIndex };
}

/**
 * A shape turned into a function once, so judging walks no shape: every run judges the whole registry, and the
 * property tests judge it thousands of times.
 */
function fitOf(shape: Shape): Fit {
  if (typeof shape === "function") return (value) => (shape(value) ? value : undefined);
  if (Array.isArray(shape)) return listFit(fitOf(shape[0] as Shape));
  if (shape instanceof Alternatives) return firstFit(shape.shapes.map(fitOf));
  const fields = shape as { readonly [key: string]: Shape };
  const fieldFits = new Map(Object.entries(fields).map(([key, field]) => [key, fitOf(field)]));
  return mappingFit(Object.hasOwn(fields, "*") ? () => fieldFits.get("*") : (key) => fieldFits.get(key));
}

/** A list whose every element fits (else the whole list is left out). */
function listFit(element: Fit): Fit {
  return (value) => {
    if (!Array.isArray(value)) return undefined;
    const elements: unknown[] = [];
    for (const item of value) {
      const fitted = element(item);
      if (fitted === undefined) return undefined;
      elements.push(fitted);
    }
    return elements;
  };
}

/** The first alternative that fits. */
function firstFit(alternatives: readonly Fit[]): Fit {
  return (value) => {
    for (const alternative of alternatives) {
      const fitted = alternative(value);
      if (fitted !== undefined) return fitted;
    }
    return undefined;
  };
}

/** A mapping with the fields that fit kept (`fieldFit` gives a key's fit; none: left out). */
function mappingFit(fieldFit: (key: string) => Fit | undefined): Fit {
  return (value) => {
    if (!isRecord(value)) return undefined;
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const fitted = fieldFit(key)?.(value[key]);
      if (fitted === undefined) continue;
      // A key named __proto__ must stay an own key: assigning it would set the prototype.
      if (key === "__proto__") Object.defineProperty(kept, key, { value: fitted, enumerable: true, writable: true, configurable: true });
      else kept[key] = fitted;
    }
    return kept;
  };
}
