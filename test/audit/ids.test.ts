import { candidateIds, canonicalModelId, stripRoutingPrefix } from "../../src/audit/ids";
import type { RegistryModel } from "../../src/audit/types";

const entry = (fields: Partial<RegistryModel>): RegistryModel => ({ ...fields }) as RegistryModel;

describe("canonicalModelId", () => {
  it.each([
    ["bedrock", "us.anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-sonnet-4-5-20250929-v1:0"],
    ["bedrock", "global.anthropic.claude-opus-4-6-v1", "anthropic.claude-opus-4-6-v1"],
    ["bedrock", "us-gov.anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-haiku-20240307-v1:0"],
    ["bedrock", "us-east-1/anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-haiku-20240307-v1:0"],
    ["bedrock", "amazon.nova-pro-v1:0", "amazon.nova-pro-v1:0"],
    ["azure", "azure/gpt-4o", "gpt-4o"],
    ["azure", "us/gpt-4o-2024-11-20", "gpt-4o-2024-11-20"],
    ["azure", "global/gpt-5.1-chat", "gpt-5.1-chat"],
    ["openai", "us.gpt-4o", "us.gpt-4o"],
  ] as const)("%s %s → %s", (provider, id, expected) => {
    expect(canonicalModelId(provider, id)).toBe(expected);
  });
});

describe("stripRoutingPrefix", () => {
  it.each([
    ["gemini/gemini-2.5-pro", "gemini-2.5-pro"],
    ["vertex_ai/gemini-3.1-flash-image", "gemini-3.1-flash-image"],
    ["bedrock_converse/anthropic.claude-x", "anthropic.claude-x"],
    ["gpt-4o", "gpt-4o"],
  ])("%s → %s", (key, expected) => {
    expect(stripRoutingPrefix(key, ["gemini", "vertex_ai", "bedrock_converse", "bedrock"])).toBe(expected);
  });
});

describe("candidateIds", () => {
  it.each([
    [{ id: "claude-sonnet-4-5", provider: "anthropic", api_name: "claude-sonnet-4-5-20250929" }, ["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"]],
    [{ id: "azure/gpt-4o", provider: "azure" }, ["gpt-4o"]],
    [{ id: "us.amazon.nova-pro-v1:0", provider: "bedrock" }, ["us.amazon.nova-pro-v1:0", "amazon.nova-pro-v1:0"]],
    [{ id: "llama3.3:70b", provider: "ollama" }, ["llama3.3:70b", "llama3.3"]],
  ] as const)("%j → %j", (fields, expected) => {
    expect(candidateIds(entry(fields as Partial<RegistryModel>))).toEqual(expected);
  });
});
