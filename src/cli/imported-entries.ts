import { readBoundedText } from "../io/read-input";
import { bundledSchemaPath } from "../io/paths";
import { detailedValidator, type JsonSchema } from "../generator/validate/compile-schema";
import { SMALLEST_PLAUSIBLE_PRICE_PER_1M } from "../generator/validate/validate-pricing";
import type { ModelEntry } from "../shared/registry-file";

/**
 * What an importer writes must be what `validate` accepts: each converted entry is checked against the schema's
 * ModelEntry and the price-unit rule (a price too small to be real, as 1e-320 per token becomes), and an entry that
 * fails is left out with its reasons rather than written for `validate` to reject.
 */
export function entryProblems(entry: ModelEntry): string[] {
  const validate = entryValidator();
  const problems = validate(entry) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "the entry"} ${error.message ?? "is invalid"}`);
  for (const [field, price] of Object.entries(entry.pricing ?? {})) {
    if (typeof price === "number" && price > 0 && price < SMALLEST_PLAUSIBLE_PRICE_PER_1M) {
      problems.push(`pricing.${field} is $${price} per 1M tokens, below any real price (validate rejects it: rule/price-unit)`);
    }
  }
  return problems;
}

let validator: ReturnType<typeof detailedValidator>["validate"] | undefined;

function entryValidator(): ReturnType<typeof detailedValidator>["validate"] {
  if (validator === undefined) {
    const schema = JSON.parse(readBoundedText(bundledSchemaPath())) as JsonSchema;
    validator = detailedValidator({ $ref: "#/definitions/ModelEntry", definitions: schema.definitions } as JsonSchema).validate;
  }
  return validator;
}
