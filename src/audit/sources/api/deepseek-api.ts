import { apiSource, bearerGetApi, idOnlyModels, type ApiRequest, type ListModelsApi } from "./list-models-api";

/** DeepSeek `GET /models`: `{ object: "list", data: [{ id, object: "model", owned_by }] }`: IDs only. */
export const DEEPSEEK_API: ListModelsApi = bearerGetApi(
  {
    name: "deepseek-api",
    provider: "deepseek",
    keyVariable: "DEEPSEEK_API_KEY",
    defaultBaseUrl: "https://api.deepseek.com",
    path: "GET /models",
    relativePath: "models",
  },
  (body, request, location) => deepseekModelsSource(body, request, location),
);

function deepseekModelsSource(body: unknown, request: ApiRequest, location: string) {
  return apiSource(DEEPSEEK_API, request, idOnlyModels("deepseek", body, location));
}
