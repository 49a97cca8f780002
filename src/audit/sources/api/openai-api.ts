import { requestJson } from "../../../io/http-get";
import { apiSource, bearer, joinUrl, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

/** OpenAI `GET /v1/models`: `{ object: "list", data: [{ id, object: "model", created, owned_by }] }`: IDs only. */
export const OPENAI_API: ListModelsApi = {
  name: "openai-api",
  provider: "openai",
  keyVariable: "OPENAI_API_KEY",
  defaultBaseUrl: "https://api.openai.com/v1",
  path: "GET /v1/models",
  async load(request: ApiRequest) {
    const url = joinUrl(request.baseUrl, "models");
    const body = await requestJson(url, { ...request.http, headers: bearer(request.key), keyVariable: this.keyVariable });
    return openaiModelsSource(body, request, url);
  },
};

function openaiModelsSource(body: unknown, request: ApiRequest, location: string) {
  const models = recordList(body, "data", location).map((record, index) => {
    const id = stringField(record, "id", `data[${index}]`, location);
    return { provider: "openai", id, key: `models/${id}` };
  });
  return apiSource(OPENAI_API, request, models);
}
