import { requestJson } from "../../../io/http-get";
import { dropUndefined, isRecord, nonEmptyText, ownProperty, positiveInteger } from "../../numbers";
import type { SourceModel } from "../../types";
import { apiSource, joinUrl, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

const MAX_PAGES = 20;

/**
 * Gemini `GET /v1beta/models`: `{ models: [{ name: "models/…", inputTokenLimit, outputTokenLimit,
 * supportedGenerationMethods, thinking? }], nextPageToken? }`. A model that supports generateContent generates text.
 */
export const GEMINI_API: ListModelsApi = {
  name: "google-api",
  provider: "google",
  keyVariable: "GOOGLE_API_KEY",
  defaultBaseUrl: "https://generativelanguage.googleapis.com/v1beta",
  path: "GET /v1beta/models",
  async load(request: ApiRequest) {
    const pages: unknown[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const url = joinUrl(request.baseUrl, `models?pageSize=1000${token === undefined ? "" : `&pageToken=${encodeURIComponent(token)}`}`);
      const body = await requestJson(url, { ...request.http, headers: { "x-goog-api-key": request.key ?? "" }, keyVariable: this.keyVariable });
      pages.push(body);
      const next = isRecord(body) ? ownProperty(body, "nextPageToken") : undefined;
      if (typeof next !== "string" || next.length === 0) break;
      token = next;
    }
    return geminiModelsSource(pages, request, joinUrl(request.baseUrl, "models"));
  },
};

export function geminiModelsSource(pages: readonly unknown[], request: ApiRequest, location: string) {
  const models = pages.flatMap((body) =>
    recordList(body, "models", location).map((record, index): SourceModel => {
      const id = stringField(record, "name", `models[${index}]`, location).replace(/^models\//, "");
      const methods = ownProperty(record, "supportedGenerationMethods");
      const thinking = ownProperty(record, "thinking");
      return dropUndefined({
        provider: "google",
        id,
        key: `models/${id}`,
        name: nonEmptyText(ownProperty(record, "displayName")),
        chat: Array.isArray(methods) && methods.includes("generateContent"),
        max_input_tokens: positiveInteger(ownProperty(record, "inputTokenLimit")),
        max_output_tokens: positiveInteger(ownProperty(record, "outputTokenLimit")),
        capabilities: typeof thinking === "boolean" ? { reasoning: thinking } : undefined,
      });
    }),
  );
  return apiSource(GEMINI_API, request, models);
}
