import { dropUndefined, nonNegativeNumber } from "../../../shared/parsed-values";
import { ownValue } from "../../../shared/records";
import { roundSignificant } from "../../../shared/pricing";
import type { Modality, PriceTable, SourceModel } from "../../types";
import { apiSource, bearerGetApi, dayOf, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

/**
 * xAI `GET /v1/language-models`: `{ models: [{ id, created, aliases, input_modalities, output_modalities,
 * prompt_text_token_price, cached_prompt_text_token_price, completion_text_token_price }] }`. Prices are in
 * 1/100 US cents per 1M tokens (10,000 = $1 per 1M); aliases are listed as models of their own.
 */
export const XAI_API: ListModelsApi = bearerGetApi(
  {
    name: "xai-api",
    provider: "xai",
    keyVariable: "XAI_API_KEY",
    defaultBaseUrl: "https://api.x.ai/v1",
    path: "GET /v1/language-models",
    relativePath: "language-models",
  },
  (body, request, location) => xaiModelsSource(body, request, location),
);

const PRICE_FIELDS: ReadonlyArray<readonly [keyof PriceTable, string]> = [
  ["input", "prompt_text_token_price"],
  ["cached_input", "cached_prompt_text_token_price"],
  ["output", "completion_text_token_price"],
];
const MODALITIES = new Set<string>(["text", "image", "audio", "video", "pdf"]);

function xaiModelsSource(body: unknown, request: ApiRequest, location: string) {
  const models = recordList(body, "models", location).flatMap((record, index): SourceModel[] => {
    const id = stringField(record, "id", `models[${index}]`, location);
    const pricing: PriceTable = {};
    for (const [field, key] of PRICE_FIELDS) {
      const price = nonNegativeNumber(ownValue(record, key));
      if (price !== undefined) pricing[field] = roundSignificant(price / 10_000, 6);
    }
    const input = modalities(ownValue(record, "input_modalities"));
    const output = modalities(ownValue(record, "output_modalities"));
    const model: SourceModel = dropUndefined({
      provider: "xai",
      id,
      key: `language-models/${id}`,
      chat: output === undefined ? true : output.includes("text"),
      release_date: dayOf(ownValue(record, "created")),
      pricing: Object.keys(pricing).length > 0 ? pricing : undefined,
      capabilities: input === undefined && output === undefined ? undefined : dropUndefined({ input, output }),
    });
    const aliases = ownValue(record, "aliases");
    const aliasModels = Array.isArray(aliases)
      ? aliases
          .filter((alias): alias is string => typeof alias === "string")
          .map((alias) => ({ ...model, id: alias, key: `language-models/${id} (alias ${alias})`, chat: false }))
      : [];
    return [model, ...aliasModels];
  });
  return apiSource(XAI_API, request, models);
}

function modalities(value: unknown): Modality[] | undefined {
  return Array.isArray(value) ? (value.filter((item) => typeof item === "string" && MODALITIES.has(item)) as Modality[]) : undefined;
}
