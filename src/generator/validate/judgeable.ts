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
/** A leaf test, a list whose every element must fit (else the whole list is left out), or a mapping's fields ("*": every key). */
type Shape = Leaf | readonly [Shape] | { readonly [key: string]: Shape };

const isString: Leaf = (value) => typeof value === "string";
const isNumber: Leaf = (value) => typeof value === "number" && Number.isFinite(value);
const isDate: Leaf = (value) => typeof value === "string" && isIsoDate(value);
const isStringOrStrings: Leaf = (value) => isString(value) || (Array.isArray(value) && value.every(isString));

const RATES = { input: isNumber, output: isNumber, cached_input: isNumber, cache_write: isNumber, cache_write_1h: isNumber };

const PROVIDER: Shape = {
  display_name: isString,
  base_url: isString,
  env: { required: [isStringOrStrings], optional: [isString], defaults: { "*": isString } },
};

const MODEL: Shape = {
  id: isString,
  provider: isString,
  api_name: isString,
  status: isString,
  context_window: isNumber,
  max_input_tokens: isNumber,
  max_output_tokens: isNumber,
  deprecation_date: isDate,
  shutdown_date: isDate,
  earliest_shutdown_date: isDate,
  replaced_by: isString,
  replacement_note: isString,
  inference_profiles: { "*": isString },
  sources: { "*": isString },
  verified: isDate,
  same_weights_as: isString,
  scores: { results: (value) => value !== undefined },
  benchmarks: { "*": { value: isNumber, date: isDate } },
  pricing: {
    ...RATES,
    tiers: [{ above_input_tokens: isNumber, applies_to: isString, ...RATES }],
    periods: [{ from: isDate, until: isDate, ...RATES }],
    service_tiers: { "*": RATES },
  },
};

export function judgeableRegistry(data: unknown): JudgeableRegistry {
  const file = isRecord(data) ? data : {};
  const models = Array.isArray(file.models) ? file.models : [];
  const modelIndex = models.flatMap((model, index) => (isRecord(model) && isString(model.id) ? [index] : []));
  const registry = {
    providers: fitShape(file.providers, { "*": PROVIDER }) ?? {},
    models: modelIndex.map((index) => fitShape(models[index], MODEL)),
    aliases: fitShape(file.aliases, { "*": isString }) ?? {},
  };
  return { registry: registry as unknown as ModelRegistryFile, modelIndex };
}

/** `value` with only what fits `shape`, or undefined when `value` itself does not fit. */
function fitShape(value: unknown, shape: Shape): unknown {
  if (typeof shape === "function") return shape(value) ? value : undefined;
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return undefined;
    const elements = value.map((element) => fitShape(element, shape[0] as Shape));
    return elements.every((element) => element !== undefined) ? elements : undefined;
  }
  if (!isRecord(value)) return undefined;
  const fields = shape as { readonly [key: string]: Shape };
  // fromEntries, not assignment: a key named __proto__ stays an own key and never sets the prototype.
  return Object.fromEntries(
    Object.keys(value).flatMap((key) => {
      const fieldShape = Object.hasOwn(fields, "*") ? fields["*"] : Object.hasOwn(fields, key) ? fields[key] : undefined;
      const fitted = fieldShape === undefined ? undefined : fitShape(value[key], fieldShape);
      return fitted === undefined ? [] : [[key, fitted]];
    }),
  );
}
