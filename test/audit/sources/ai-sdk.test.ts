import { readFileSync } from "node:fs";
import { join } from "node:path";
import { aiSdkSource } from "../../../src/audit/sources/ai-sdk";

const read = (name: string) => readFileSync(join(__dirname, "../../fixtures/refresh/packages/ai-sdk", name), "utf8");

test.each([
  ["@ai-sdk/openai", "openai-index.js", "gpt-6.2-sol", { provider: "openai", chat: true, capabilities: { reasoning: true } }],
  [
    "@ai-sdk/anthropic",
    "anthropic-index.js",
    "claude-opus-5-5",
    { provider: "anthropic", chat: true, max_output_tokens: 128000, capabilities: { structured_output: true, reasoning: true } },
  ],
  [
    "@ai-sdk/google",
    "google-index.js",
    "gemini-4-argon",
    { provider: "google", chat: true, capabilities: { tool_calling: true, structured_output: true, reasoning: true } },
  ],
  ["@ai-sdk/xai", "xai-index.d.ts", "grok-4.7", { provider: "xai", chat: true }],
  ["@ai-sdk/mistral", "mistral-index.js", "magistral-medium-latest", { provider: "mistral", chat: true }],
])("%s (%s): %s", (packageName, file, id, expected) => {
  const source = aiSdkSource(packageName, read(file), `${packageName}@1.0.0`);
  expect(source.models.find((model) => model.id === id)).toMatchObject(expected);
  expect(source.firstPartyFor).toEqual([]);
});

test("an image-only Google model is not a chat model", () => {
  const source = aiSdkSource("@ai-sdk/google", read("google-index.js"), "@ai-sdk/google@1");
  expect(source.models.find((model) => model.id === "gemini-nano-banana-2.1")?.capabilities?.tool_calling).toBe(false);
});

test("the catalogue is read as data: calls and identifiers in it are never run", () => {
  const text = "const languageModelDefinitions = { 'claude-x': { maxOutputTokens: process.exit(1), knownModel: globalThis.boom } };";
  expect(aiSdkSource("@ai-sdk/anthropic", text, "@ai-sdk/anthropic@9").models).toEqual([
    { provider: "anthropic", id: "claude-x", key: "@ai-sdk/anthropic claude-x", chat: true, capabilities: { reasoning: false } },
  ]);
});
