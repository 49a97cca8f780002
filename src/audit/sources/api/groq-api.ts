import { dropUndefined, positiveInteger } from "../../../shared/parsed-values";
import { ownValue } from "../../../shared/records";
import type { SourceModel } from "../../types";
import { apiSource, bearerGetApi, dayOf, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

/**
 * Groq `GET /openai/v1/models`: `{ object: "list", data: [{ id, object: "model", created, owned_by, active,
 * context_window, max_completion_tokens }] }`. The registry's Groq entries are `groq/<id>` with the Groq ID as
 * `api_name`, which is what they are found by.
 */
export const GROQ_API: ListModelsApi = bearerGetApi(
  {
    name: "groq-api",
    provider: "groq",
    keyVariable: "GROQ_API_KEY",
    defaultBaseUrl: "https://api.groq.com/openai/v1",
    path: "GET /openai/v1/models",
    relativePath: "models",
  },
  (body, request, location) => groqModelsSource(body, request, location),
);

function groqModelsSource(body: unknown, request: ApiRequest, location: string) {
  const models = recordList(body, "data", location).map((record, index): SourceModel => {
    const id = stringField(record, "id", `data[${index}]`, location);
    return dropUndefined({
      provider: "groq",
      id,
      key: `models/${id}`,
      // An inactive model is listed but no longer served.
      deprecated: ownValue(record, "active") === false ? true : undefined,
      release_date: dayOf(ownValue(record, "created")),
      context_window: positiveInteger(ownValue(record, "context_window")),
      max_output_tokens: positiveInteger(ownValue(record, "max_completion_tokens")),
    });
  });
  return apiSource(GROQ_API, request, models);
}
