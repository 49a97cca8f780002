// Which strings unknown to the registry `usages` reports as model IDs: provider ID shapes in, ordinary app strings out.
import { looksLikeModelId } from "../../src/usages/lookalike";

test.each([
  "gpt-9-turbo",
  "gpt-4o-2024-11-20",
  "gpt-oss-120b",
  "chatgpt-4o-latest",
  "o1",
  "o4-mini",
  "o3-pro-2025-06-10",
  "claude-opus-9",
  "claude-3-7-sonnet-latest",
  "gemini-3.5-flash",
  "gemma-3-27b-it",
  "grok-5",
  "mistral-large-latest",
  "codestral-2508",
  "deepseek-v4",
  "llama-4-maverick",
  "meta-llama/Llama-3.3-70B-Instruct",
  "qwen3-coder",
  "command-r7b-12-2024",
  "text-embedding-4-large",
  "openai/gpt-6",
  "azure/gpt-5.5",
  "anthropic.claude-opus-9-v1:0",
  "us.anthropic.claude-sonnet-5-v1:0",
  "global.amazon.nova-3-lite-v1:0",
])("%s looks like a model ID", (text) => {
  expect(looksLikeModelId(text)).toBe(true);
});

test.each([
  "gpt-",
  "gpt",
  "claude",
  "claude-code",
  "gemini-icon",
  "deepseek-chat-button",
  "o1n",
  "orange-1",
  "polo2",
  "gpt-4o.png",
  "claude-3-opus.md",
  "./gpt-4o",
  "gpt-4o is fast",
  "GPT-4o: fast",
  "src/models/claude-3.ts",
  "xgpt-4",
  "my-gpt-4",
  "claude-..-1",
])("%s does not", (text) => {
  expect(looksLikeModelId(text)).toBe(false);
});
