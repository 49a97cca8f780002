import { dropUndefined, positiveInteger } from "../../../shared/parsed-values";
import { isRecord, ownValue } from "../../../shared/records";
import type { SourceModel } from "../../types";
import { apiSource, bearerGetApi, dayOf, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

/**
 * Mistral `GET /v1/models`: `{ data: [{ id, capabilities: { completion_chat, function_calling, vision },
 * max_context_length, deprecation }] }`. Listed under the provider ID `mistral` (used when a registry has it).
 */
export const MISTRAL_API: ListModelsApi = bearerGetApi(
  {
    name: "mistral-api",
    provider: "mistral",
    keyVariable: "MISTRAL_API_KEY",
    defaultBaseUrl: "https://api.mistral.ai/v1",
    path: "GET /v1/models",
    relativePath: "models",
  },
  (body, request, location) => mistralModelsSource(body, request, location),
);

function mistralModelsSource(body: unknown, request: ApiRequest, location: string) {
  const models = recordList(body, "data", location).map((record, index): SourceModel => {
    const id = stringField(record, "id", `data[${index}]`, location);
    const capabilities = ownValue(record, "capabilities");
    const flag = (key: string): boolean | undefined => {
      const value = isRecord(capabilities) ? ownValue(capabilities, key) : undefined;
      return typeof value === "boolean" ? value : undefined;
    };
    const vision = flag("vision");
    return dropUndefined({
      provider: "mistral",
      id,
      key: `models/${id}`,
      chat: flag("completion_chat"),
      context_window: positiveInteger(ownValue(record, "max_context_length")),
      deprecation_date: dayOf(ownValue(record, "deprecation")),
      capabilities: isRecord(capabilities)
        ? dropUndefined({ tool_calling: flag("function_calling"), input: vision === undefined ? undefined : vision ? ["text", "image"] : ["text"] })
        : undefined,
    } as SourceModel);
  });
  return apiSource(MISTRAL_API, request, models);
}
