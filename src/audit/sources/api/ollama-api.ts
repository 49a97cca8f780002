import { requestJson } from "../../../io/http-get";
import { candidateIds } from "../../ids";
import { dropUndefined, positiveInteger } from "../../../shared/parsed-values";
import { isRecord, ownValue } from "../../../shared/records";
import type { SourceModel } from "../../types";
import { apiSource, joinUrl, recordList, stringField, type ApiRequest, type ListModelsApi } from "./list-models-api";

/**
 * A local Ollama server: `GET /api/tags` (`{ models: [{ name: "llama3.1:8b", … }] }`) lists the pulled tags;
 * `POST /api/show` (`{ model }` → `{ model_info: { "general.architecture": "llama", "llama.context_length": 131072 },
 * capabilities: [...] }`) gives the context length of each tag the registry lists. Keyless; the base URL is the
 * server's root (a registry's `…/v1` OpenAI-compatible URL is cut back to it).
 */
export const OLLAMA_API: ListModelsApi = {
  name: "ollama-api",
  provider: "ollama",
  defaultBaseUrl: "http://localhost:11434",
  path: "GET /api/tags, POST /api/show",
  async load(request: ApiRequest) {
    const root = request.baseUrl.replace(/\/v1\/?$/, "");
    const tagsUrl = joinUrl(root, "api/tags");
    const tags = await requestJson(tagsUrl, request.http);
    const names = recordList(tags, "models", tagsUrl).map((record, index) => stringField(record, "name", `models[${index}]`, tagsUrl));
    const wanted = new Set(request.models.flatMap(candidateIds));
    const shown = new Map<string, unknown>();
    for (const name of names.filter((tag) => wanted.has(tag) || wanted.has(tag.replace(/:latest$/, "")))) {
      shown.set(name, await requestJson(joinUrl(root, "api/show"), { ...request.http, method: "POST", body: JSON.stringify({ model: name }) }));
    }
    return ollamaSource(names, shown, request);
  },
};

function ollamaSource(names: readonly string[], shown: ReadonlyMap<string, unknown>, request: ApiRequest) {
  const models = names.map((name): SourceModel => {
    const details = shown.get(name);
    return dropUndefined({
      provider: "ollama",
      id: name,
      key: `api/tags ${name}`,
      chat: true,
      context_window: contextLength(details),
      capabilities: toolCalling(details),
    });
  });
  return apiSource(OLLAMA_API, request, models);
}

function contextLength(details: unknown): number | undefined {
  const info = isRecord(details) ? ownValue(details, "model_info") : undefined;
  if (!isRecord(info)) return undefined;
  const architecture = ownValue(info, "general.architecture");
  return typeof architecture === "string" ? positiveInteger(ownValue(info, `${architecture}.context_length`)) : undefined;
}

function toolCalling(details: unknown): { tool_calling: boolean } | undefined {
  const capabilities = isRecord(details) ? ownValue(details, "capabilities") : undefined;
  return Array.isArray(capabilities) ? { tool_calling: capabilities.includes("tools") } : undefined;
}
