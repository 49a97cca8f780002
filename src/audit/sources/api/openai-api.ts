import { apiSource, bearerGetApi, idOnlyModels, type ApiRequest, type ListModelsApi } from "./list-models-api";

/** OpenAI `GET /v1/models`: `{ object: "list", data: [{ id, object: "model", created, owned_by }] }`: IDs only. */
export const OPENAI_API: ListModelsApi = bearerGetApi(
  {
    name: "openai-api",
    provider: "openai",
    keyVariable: "OPENAI_API_KEY",
    defaultBaseUrl: "https://api.openai.com/v1",
    path: "GET /v1/models",
    relativePath: "models",
  },
  (body, request, location) => openaiModelsSource(body, request, location),
);

function openaiModelsSource(body: unknown, request: ApiRequest, location: string) {
  return apiSource(OPENAI_API, request, idOnlyModels("openai", body, location));
}
