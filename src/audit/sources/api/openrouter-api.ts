import { dropUndefined, isoDate, nonNegativeNumber, positiveInteger } from "../../../shared/parsed-values";
import { perTokenToPerMillion } from "../../../shared/pricing";
import { isRecord, ownValue } from "../../../shared/records";
import type { Capabilities, Modality, PriceTable, SourceModel } from "../../types";
import { apiSource, bearerGetApi, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

/**
 * OpenRouter `GET /api/v1/models`: `{ data: [{ id: "vendor/model", created, context_length,
 * architecture: { input_modalities, output_modalities }, pricing: { prompt, completion, input_cache_read,
 * input_cache_write } (USD per token, as strings), top_provider: { context_length, max_completion_tokens },
 * supported_parameters, expiration_date }] }`. The registry's OpenRouter entries are `openrouter/<vendor>/<model>` with the
 * OpenRouter ID as `api_name`; a price of "-1" (a router such as openrouter/auto) is no price. `created` is the day
 * OpenRouter added the model, not the maker's release, so it is not read as a release date.
 */
export const OPENROUTER_API: ListModelsApi = bearerGetApi(
  {
    name: "openrouter-api",
    provider: "openrouter",
    keyVariable: "OPENROUTER_API_KEY",
    defaultBaseUrl: "https://openrouter.ai/api/v1",
    path: "GET /api/v1/models",
    relativePath: "models",
  },
  (body, request, location) => openrouterModelsSource(body, request, location),
);

const PRICE_FIELDS: ReadonlyArray<readonly [keyof PriceTable, string]> = [
  ["input", "prompt"],
  ["output", "completion"],
  ["cached_input", "input_cache_read"],
  ["cache_write", "input_cache_write"],
];
/** OpenRouter's modality names → the registry's (`file` is a document: PDF). */
const MODALITIES: Readonly<Record<string, Modality>> = { text: "text", image: "image", audio: "audio", video: "video", file: "pdf" };

function openrouterModelsSource(body: unknown, request: ApiRequest, location: string) {
  const models = recordList(body, "data", location).map((record, index): SourceModel => {
    const id = stringField(record, "id", `data[${index}]`, location);
    const architecture = ownValue(record, "architecture");
    const topProvider = ownValue(record, "top_provider");
    const output = modalities(isRecord(architecture) ? ownValue(architecture, "output_modalities") : undefined);
    return dropUndefined({
      provider: "openrouter",
      id,
      key: `models/${id}`,
      chat: output === undefined ? undefined : output.includes("text"),
      // The day OpenRouter stops serving the model, where it has announced one.
      shutdown_date: isoDate(ownValue(record, "expiration_date")),
      context_window: positiveInteger(ownValue(record, "context_length")),
      max_output_tokens: isRecord(topProvider) ? positiveInteger(ownValue(topProvider, "max_completion_tokens")) : undefined,
      pricing: prices(ownValue(record, "pricing")),
      capabilities: capabilities(
        isRecord(architecture) ? ownValue(architecture, "input_modalities") : undefined,
        output,
        ownValue(record, "supported_parameters"),
      ),
    });
  });
  return apiSource(OPENROUTER_API, request, models);
}

function prices(value: unknown): PriceTable | undefined {
  if (!isRecord(value)) return undefined;
  const table: PriceTable = {};
  for (const [field, key] of PRICE_FIELDS) {
    const text = ownValue(value, key);
    const perToken = nonNegativeNumber(typeof text === "string" && text.trim() !== "" ? Number(text) : text);
    if (perToken !== undefined) table[field] = perTokenToPerMillion(perToken);
  }
  return Object.keys(table).length > 0 ? table : undefined;
}

function modalities(value: unknown): Modality[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return [...new Set(value.flatMap((item) => (typeof item === "string" && Object.hasOwn(MODALITIES, item) ? [MODALITIES[item]!] : [])))];
}

function capabilities(inputValue: unknown, output: Modality[] | undefined, parametersValue: unknown): Partial<Capabilities> | undefined {
  const input = modalities(inputValue);
  const parameters = Array.isArray(parametersValue) ? new Set(parametersValue.filter((item): item is string => typeof item === "string")) : undefined;
  const flags =
    parameters === undefined
      ? {}
      : { tool_calling: parameters.has("tools"), structured_output: parameters.has("structured_outputs"), reasoning: parameters.has("reasoning") };
  const result = dropUndefined({ input, output, ...flags });
  return Object.keys(result).length > 0 ? result : undefined;
}
