import { requestJson } from "../../../io/http-get";
import { dropUndefined, isRecord, nonEmptyText, ownProperty, positiveInteger } from "../../numbers";
import type { SourceModel } from "../../types";
import { apiSource, dayOf, joinUrl, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

const MAX_PAGES = 20;

/**
 * Anthropic `GET /v1/models`: `{ data: [{ type: "model", id, display_name, created_at, max_input_tokens?, max_tokens? }],
 * has_more, last_id }`, paged with `after_id`. `created_at` is the release time.
 */
export const ANTHROPIC_API: ListModelsApi = {
  name: "anthropic-api",
  provider: "anthropic",
  keyVariable: "ANTHROPIC_API_KEY",
  defaultBaseUrl: "https://api.anthropic.com/v1",
  path: "GET /v1/models",
  async load(request: ApiRequest) {
    const pages: unknown[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const url = joinUrl(request.baseUrl, `models?limit=1000${after === undefined ? "" : `&after_id=${encodeURIComponent(after)}`}`);
      const body = await requestJson(url, {
        ...request.http,
        headers: { "x-api-key": request.key ?? "", "anthropic-version": "2023-06-01" },
        keyVariable: this.keyVariable,
      });
      pages.push(body);
      const lastId = isRecord(body) ? ownProperty(body, "last_id") : undefined;
      if (!isRecord(body) || ownProperty(body, "has_more") !== true || typeof lastId !== "string") break;
      after = lastId;
    }
    return anthropicModelsSource(pages, request, joinUrl(request.baseUrl, "models"));
  },
};

export function anthropicModelsSource(pages: readonly unknown[], request: ApiRequest, location: string) {
  const models = pages.flatMap((body) =>
    recordList(body, "data", location).map((record, index): SourceModel => {
      const id = stringField(record, "id", `data[${index}]`, location);
      return dropUndefined({
        provider: "anthropic",
        id,
        key: `models/${id}`,
        name: nonEmptyText(ownProperty(record, "display_name")),
        chat: true,
        release_date: dayOf(ownProperty(record, "created_at")),
        max_input_tokens: positiveInteger(ownProperty(record, "max_input_tokens")),
        max_output_tokens: positiveInteger(ownProperty(record, "max_tokens")),
      });
    }),
  );
  return apiSource(ANTHROPIC_API, request, models);
}
