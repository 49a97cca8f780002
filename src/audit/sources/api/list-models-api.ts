import { requestJson, type HttpRequestOptions } from "../../../io/http-get";
import { leadingIsoDate } from "../../../shared/dates";
import { isRecord, ownValue } from "../../../shared/records";
import { SourceIndex } from "../../source-index";
import type { AuditSource, RegistryModel, SourceModel } from "../../types";
import { SourceError } from "../source-error";

/**
 * A provider's own list-models API, read with the user's key from the environment (read-only requests). The
 * provider's own word: first-party, and its whole list, so a registry model missing from it is reported (never
 * treated as a deprecation).
 */
export interface ListModelsApi {
  /** Adapter name, `<provider>-api`. */
  name: string;
  /** The registry provider whose models it lists (its `base_url` is used when it is a plain URL). */
  provider: string;
  /** The environment variable holding the key; undefined for a keyless local server (Ollama). */
  keyVariable?: string;
  defaultBaseUrl: string;
  /** The API path it reads, for the report. */
  path: string;
  load(request: ApiRequest): Promise<AuditSource>;
}

export interface ApiRequest {
  baseUrl: string;
  /** The key, never printed; undefined for a keyless API. */
  key?: string;
  http: HttpRequestOptions;
  /** The registry's models of this provider (Ollama asks about each of its tags). */
  models: readonly RegistryModel[];
  /** YYYY-MM-DD of the request, for the citation. */
  readOn: string;
}

export function apiSource(api: ListModelsApi, request: ApiRequest, models: SourceModel[]): AuditSource {
  const index = new SourceIndex(models);
  const where = `${api.provider} ${api.path}`;
  return {
    name: api.name,
    label: `${where} (read ${request.readOn})`,
    models,
    find: (model) => index.find(model),
    mentions: [api.path.toLowerCase(), `${api.provider} api`, "list-models"],
    firstPartyFor: [api.provider],
    citation: `${where} (read ${request.readOn})`,
    complete: true,
  };
}

/** `body[key]` as an array of records, or a located SourceError. */
export function recordList(body: unknown, key: string, location: string): Record<string, unknown>[] {
  const list = isRecord(body) ? ownValue(body, key) : undefined;
  if (!Array.isArray(list)) throw new SourceError(location, `expected an object with a "${key}" array`);
  return list.map((item, index) => {
    if (!isRecord(item)) throw new SourceError(location, `${key}[${index}] is not an object`);
    return item;
  });
}

/** A required string field, or a located SourceError. */
export function stringField(record: Record<string, unknown>, key: string, where: string, location: string): string {
  const value = ownValue(record, key);
  if (typeof value !== "string" || value.length === 0) throw new SourceError(location, `${where}.${key} is not a string`);
  return value;
}

/** The YYYY-MM-DD of an RFC 3339 time, or of a Unix time in seconds. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value === "string") return leadingIsoDate(value);
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return new Date(value * 1000).toISOString().slice(0, 10);
  return undefined;
}

function bearer(key: string | undefined): Record<string, string> {
  return key === undefined ? {} : { authorization: `Bearer ${key}` };
}

/** `base` + `path`, one slash between. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** A list-models API read with one GET of `<base>/<relativePath>`, the key as a bearer token. */
export function bearerGetApi(
  config: Omit<ListModelsApi, "load" | "keyVariable"> & { keyVariable: string; relativePath: string },
  parse: (body: unknown, request: ApiRequest, location: string) => AuditSource,
): ListModelsApi {
  const { relativePath, ...api } = config;
  return {
    ...api,
    async load(request: ApiRequest) {
      const url = joinUrl(request.baseUrl, relativePath);
      const body = await requestJson(url, { ...request.http, headers: bearer(request.key), keyVariable: api.keyVariable });
      return parse(body, request, url);
    },
  };
}

/** An OpenAI-style `{ data: [{ id }] }` list, IDs only. */
export function idOnlyModels(provider: string, body: unknown, location: string): SourceModel[] {
  return recordList(body, "data", location).map((record, index) => {
    const id = stringField(record, "id", `data[${index}]`, location);
    return { provider, id, key: `models/${id}` };
  });
}
