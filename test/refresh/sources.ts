import { SourceIndex } from "../../src/audit/source-index";
import type { AuditSource, RegistryModel, SourceModel } from "../../src/audit/types";

/** A source of the given models, as an adapter would return it. */
export function testSource(
  name: string,
  models: SourceModel[],
  options: { firstPartyFor?: string[]; complete?: boolean; mentions?: string[] } = {},
): AuditSource {
  const index = new SourceIndex(models);
  return {
    name,
    label: `${name}@1.0.0`,
    citation: `${name}@1.0.0`,
    models,
    find: (model) => index.find(model),
    mentions: options.mentions ?? [name],
    firstPartyFor: options.firstPartyFor ?? [],
    complete: options.complete,
  };
}

/** A registry entry as the refresh reads it: gpt-x, a live OpenAI model, unless overridden. */
export function registryEntry(overrides: Partial<RegistryModel> = {}): RegistryModel {
  return {
    id: "gpt-x",
    provider: "openai",
    status: "production",
    context_window: 400000,
    max_output_tokens: 128000,
    pricing: { input: 4, output: 20 },
    capabilities: { input: ["text"], output: ["text"], tool_calling: true, structured_output: true, reasoning: true },
    ...overrides,
  };
}
