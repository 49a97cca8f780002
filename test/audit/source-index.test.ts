import { SourceIndex } from "../../src/audit/source-index";
import type { RegistryModel, SourceModel } from "../../src/audit/types";

const listed = (provider: SourceModel["provider"], id: string): SourceModel => ({ provider, id, key: `${provider}:${id}` });
const index = new SourceIndex([
  listed("bedrock", "us.anthropic.claude-x-v1:0"),
  listed("bedrock", "anthropic.claude-x-v1:0"),
  listed("bedrock", "eu.amazon.nova-y-v1:0"),
  listed("azure", "us/gpt-4o"),
  listed("openai", "constructor"),
]);
const find = (provider: RegistryModel["provider"], id: string, api_name?: string) => index.find({ provider, id, api_name } as RegistryModel)?.key;

describe("SourceIndex", () => {
  it.each([
    ["bedrock", "anthropic.claude-x-v1:0", undefined, "bedrock:anthropic.claude-x-v1:0"],
    ["bedrock", "us.anthropic.claude-x-v1:0", undefined, "bedrock:us.anthropic.claude-x-v1:0"],
    ["bedrock", "global.anthropic.claude-x-v1:0", undefined, "bedrock:anthropic.claude-x-v1:0"],
    ["bedrock", "amazon.nova-y-v1:0", undefined, "bedrock:eu.amazon.nova-y-v1:0"],
    ["azure", "azure/gpt-4o", undefined, "azure:us/gpt-4o"],
    ["azure", "azure/my-deployment", "gpt-4o", "azure:us/gpt-4o"],
    ["openai", "constructor", undefined, "openai:constructor"],
    ["openai", "hasOwnProperty", undefined, undefined],
    ["anthropic", "anthropic.claude-x-v1:0", undefined, undefined],
  ] as const)("%s %s (api_name %s) → %s", (provider, id, apiName, expected) => {
    expect(find(provider, id, apiName)).toBe(expected);
  });
});
