import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LIST_MODELS_APIS, type ListModelsApi } from "../../../../src/audit/sources/api";
import type { RegistryModel } from "../../../../src/audit/types";
import { sendJson, startLocalServer, type LocalServer } from "../../../helpers/local-server";

const API = join(__dirname, "../../../fixtures/refresh/api");
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(API, name), "utf8"));
const api = (name: string): ListModelsApi => LIST_MODELS_APIS.find((candidate) => candidate.name === name)!;
const KEY = "test-FAKE-key-9f8e7d";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves the fixtures by path, as the provider would. */
async function serveRoutes(routes: Record<string, unknown>): Promise<LocalServer> {
  server = await startLocalServer((request, response) => {
    const route = Object.keys(routes).find((path) => `${request.method} ${request.url}`.startsWith(path));
    if (route === undefined) return sendJson(response, { error: "not found" }, 404);
    sendJson(response, routes[route]);
  });
  return server;
}

const load = (name: string, baseUrl: string, models: Partial<RegistryModel>[] = []) =>
  api(name).load({ baseUrl, key: KEY, http: { timeoutMs: 5000 }, models: models as RegistryModel[], readOn: "2026-12-06" });

test("OpenAI GET /v1/models: the IDs, with the key as a bearer token", async () => {
  const local = await serveRoutes({ "GET /v1/models": fixture("openai-models.json") });
  const source = await load("openai-api", `${local.url}/v1`);
  expect(source.models.map((model) => model.id)).toEqual(["gpt-6.2-sol", "gpt-5.6-sol", "text-embedding-3-large"]);
  expect(local.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(source).toMatchObject({ complete: true, firstPartyFor: ["openai"], citation: "openai GET /v1/models (read 2026-12-06)" });
});

test("Anthropic GET /v1/models: pages followed with after_id; name, release day and limits when listed", async () => {
  const local = await serveRoutes({
    "GET /v1/models?limit=1000&after_id=claude-opus-5-5": fixture("anthropic-models-page2.json"),
    "GET /v1/models?limit=1000": fixture("anthropic-models-page1.json"),
  });
  const source = await load("anthropic-api", `${local.url}/v1`);
  expect(source.models).toEqual([
    {
      provider: "anthropic",
      id: "claude-opus-5-5",
      key: "models/claude-opus-5-5",
      name: "Claude Opus 5.5",
      chat: true,
      release_date: "2026-10-28",
      max_input_tokens: 1000000,
      max_output_tokens: 128000,
    },
    {
      provider: "anthropic",
      id: "claude-haiku-4-5-20251001",
      key: "models/claude-haiku-4-5-20251001",
      name: "Claude Haiku 4.5",
      chat: true,
      release_date: "2025-10-15",
    },
  ]);
  expect(local.requests[0]!.headers["x-api-key"]).toBe(KEY);
  expect(local.requests[0]!.headers["anthropic-version"]).toBe("2023-06-01");
});

test("Gemini GET /v1beta/models: display name, input and output token limits; generateContent makes a chat model", async () => {
  const local = await serveRoutes({ "GET /v1beta/models": fixture("gemini-models.json") });
  const source = await load("google-api", `${local.url}/v1beta`);
  expect(source.models[0]).toEqual({
    provider: "google",
    id: "gemini-4-neon",
    key: "models/gemini-4-neon",
    name: "Gemini 4 Neon",
    chat: true,
    max_input_tokens: 1048576,
    max_output_tokens: 65536,
    capabilities: { reasoning: true },
  });
  expect(source.models[1]!.chat).toBe(false);
  expect(local.requests[0]!.headers["x-goog-api-key"]).toBe(KEY);
});

test("xAI GET /v1/language-models: prices in 1/100 cents per 1M tokens become USD per 1M; aliases find the model", async () => {
  const local = await serveRoutes({ "GET /v1/language-models": fixture("xai-language-models.json") });
  const source = await load("xai-api", `${local.url}/v1`);
  expect(source.models[0]).toMatchObject({
    id: "grok-4.7",
    pricing: { input: 3, cached_input: 0.75, output: 15 },
    capabilities: { input: ["text", "image"], output: ["text"] },
    release_date: "2025-11-12",
  });
  expect(source.find({ id: "grok-4.7-latest", provider: "xai" } as RegistryModel)?.pricing?.input).toBe(3);
});

test("Mistral GET /v1/models: context length, capabilities, deprecation", async () => {
  const local = await serveRoutes({ "GET /v1/models": fixture("mistral-models.json") });
  const source = await load("mistral-api", `${local.url}/v1`);
  expect(source.models).toEqual([
    {
      provider: "mistral",
      id: "mistral-large-latest",
      key: "models/mistral-large-latest",
      chat: true,
      context_window: 262144,
      capabilities: { tool_calling: true, input: ["text", "image"] },
    },
    {
      provider: "mistral",
      id: "open-mistral-7b",
      key: "models/open-mistral-7b",
      chat: true,
      context_window: 32768,
      deprecation_date: "2025-03-30",
      capabilities: { tool_calling: true, input: ["text"] },
    },
  ]);
});

test("Ollama: /api/tags, then /api/show for the tags the registry lists only; the …/v1 base is cut to the root", async () => {
  const local = await serveRoutes({ "GET /api/tags": fixture("ollama-tags.json"), "POST /api/show": fixture("ollama-show-llama3.1-8b.json") });
  const source = await api("ollama-api").load({
    baseUrl: `${local.url}/v1`,
    http: {},
    models: [{ id: "ollama/llama3.1-8b", api_name: "llama3.1:8b", provider: "ollama" } as RegistryModel],
    readOn: "2026-12-06",
  });
  expect(source.models).toEqual([
    { provider: "ollama", id: "llama3.1:8b", key: "api/tags llama3.1:8b", chat: true, context_window: 131072, capabilities: { tool_calling: true } },
    { provider: "ollama", id: "qwen3:4b", key: "api/tags qwen3:4b", chat: true },
  ]);
  expect(local.requests.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual([
    "GET /api/tags ",
    'POST /api/show {"model":"llama3.1:8b"}',
  ]);
});

test.each([
  ["openai-api", "/v1", { data: "nope" }, /\/v1\/models: expected an object with a "data" array/],
  ["xai-api", "/v1", { models: [{ id: 7 }] }, /language-models: models\[0\]\.id is not a string/],
  ["google-api", "/v1beta", [1, 2], /models: expected an object with a "models" array/],
])("%s: a body of the wrong shape is a located error", async (name, prefix, body, message) => {
  server = await startLocalServer((_request, response) => sendJson(response, body));
  await expect(load(name, `${server.url}${prefix}`)).rejects.toThrow(message);
});
