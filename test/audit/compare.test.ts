import { auditRegistry, compareWithSource, hasUnexplainedDifferences, type SourceAudit } from "../../src/audit/compare";
import { genaiPricesSource } from "../../src/audit/sources/genai-prices";
import { liteLlmSource } from "../../src/audit/sources/litellm";
import { modelsDevSource, readModelsDevTree } from "../../src/audit/sources/models-dev";
import type { AuditSource, RegistryModel } from "../../src/audit/types";
import { fixturePath, fixtureRegistry, readJson, registryModel } from "./fixtures";

const AS_OF = "2026-12-01";
const registry = fixtureRegistry();
const sources: Record<string, AuditSource> = {
  litellm: liteLlmSource(readJson(fixturePath("litellm", "prices.json"))),
  "genai-prices": genaiPricesSource(readJson(fixturePath("genai-prices", "providers.json")) as unknown[]),
  "models-dev": modelsDevSource(readModelsDevTree(fixturePath("models-dev", "tree"))),
};
const audit = (name: string, models: readonly RegistryModel[] = registry, asOf = AS_OF): SourceAudit => compareWithSource(models, sources[name]!, asOf);
const verdicts = (result: SourceAudit) => Object.fromEntries(result.models.map((model) => [model.id, model.verdict]));
const fieldsOf = (result: SourceAudit, id: string) => result.models.find((model) => model.id === id)?.differences.map((difference) => difference.field);

describe("compareWithSource: summary per source", () => {
  it.each([
    ["litellm", { matched: 8, notListed: 1, agree: 4, explained: 1, unexplained: 3, missing: 3, deprecated: 1 }],
    ["genai-prices", { matched: 7, notListed: 2, agree: 5, explained: 0, unexplained: 2, missing: 2, deprecated: 1 }],
    ["models-dev", { matched: 3, notListed: 6, agree: 1, explained: 1, unexplained: 1, missing: 2, deprecated: 1 }],
  ])("%s", (name, summary) => {
    expect(audit(name).summary).toMatchObject(summary);
  });
});

describe("compareWithSource: verdict per model", () => {
  it.each([
    [
      "litellm",
      {
        "gpt-agree": "agree",
        "gpt-explained": "explained",
        "gpt-unexplained": "unexplained",
        "gpt-retired": "unexplained",
        "claude-sonnet": "agree",
        "anthropic.claude-sonnet-9-v1:0": "unexplained",
        "azure/gpt-4o": "agree",
        "gemini-9-flash": "agree",
      },
    ],
    [
      "genai-prices",
      {
        "gpt-agree": "agree",
        "gpt-explained": "unexplained",
        "gpt-retired": "unexplained",
        "claude-sonnet": "agree",
        "anthropic.claude-sonnet-9-v1:0": "agree",
        "azure/gpt-4o": "agree",
        "gemini-9-flash": "agree",
      },
    ],
    ["models-dev", { "gpt-agree": "agree", "gpt-retired": "unexplained", "anthropic.claude-sonnet-9-v1:0": "explained" }],
  ])("%s", (name, expected) => {
    expect(verdicts(audit(name))).toEqual(expected);
  });
});

describe("compareWithSource: the differences", () => {
  it.each([
    ["litellm", "gpt-explained", ["pricing.output"]],
    ["litellm", "gpt-unexplained", ["max_output_tokens"]],
    ["litellm", "gpt-retired", ["shutdown_date", "status"]],
    ["litellm", "anthropic.claude-sonnet-9-v1:0", ["pricing.input", "pricing.output"]],
    ["models-dev", "gpt-retired", ["release_date", "status"]],
    ["models-dev", "anthropic.claude-sonnet-9-v1:0", ["max_output_tokens"]],
  ])("%s / %s: %j", (name, id, fields) => {
    expect(fieldsOf(audit(name), id)).toEqual(fields);
  });

  it("records both values, null where the registry has none", () => {
    const differences = audit("litellm").models.find((model) => model.id === "gpt-retired")?.differences;
    expect(differences).toEqual([
      { field: "shutdown_date", group: "lifecycle", registry: null, source: "2026-06-01" },
      { field: "status", group: "lifecycle", registry: "production", source: "shut down 2026-06-01" },
    ]);
  });

  it("a missing long-context tier is a difference; a tier one token apart is the same tier", () => {
    const withoutTiers = registry.map((model) => (model.id === "gpt-agree" ? { ...model, pricing: { input: 1.25, output: 10, cached_input: 0.125 } } : model));
    expect(fieldsOf(audit("litellm", withoutTiers), "gpt-agree")).toEqual(["pricing.tiers[>272000]"]);
    expect(fieldsOf(audit("genai-prices", withoutTiers), "gpt-agree")).toEqual(["pricing.tiers[>271999]"]);
  });

  it("compares the prices in force on the as-of date on both sides", () => {
    expect(fieldsOf(audit("genai-prices", registry, "2027-02-01"), "gemini-9-flash")).toEqual([]);
    const noPeriods = registry.map((model) => (model.id === "gemini-9-flash" ? { ...model, pricing: { input: 1.5, output: 7.5 } } : model));
    expect(fieldsOf(audit("genai-prices", noPeriods), "gemini-9-flash")).toEqual(["pricing.input", "pricing.output"]);
    expect(fieldsOf(audit("genai-prices", noPeriods, "2027-01-01"), "gemini-9-flash")).toEqual([]);
  });

  it("a registry model already deprecated agrees with a source that says so; a future shutdown is only a date", () => {
    const deprecated = registry.map((model) =>
      model.id === "gpt-retired" ? { ...model, status: "deprecated" as const, shutdown_date: "2026-06-01", replaced_by: "gpt-agree" } : model,
    );
    expect(audit("litellm", deprecated).deprecated).toEqual([]);
    expect(fieldsOf(audit("litellm", deprecated), "gpt-retired")).toEqual([]);
    expect(fieldsOf(audit("litellm", registry, "2026-05-31"), "gpt-retired")).toEqual(["shutdown_date"]);
  });
});

describe("compareWithSource: explanations", () => {
  it("keeps the explaining sentence of the notes", () => {
    const [difference] = audit("litellm").models.find((model) => model.id === "gpt-explained")!.differences;
    expect(difference?.explanation).toBe("LiteLLM still lists the launch output price of 9 per 1M.");
  });

  it.each([
    ["LiteLLM still lists the launch output price of 9 per 1M.", "litellm", "explained"],
    // strict explanations: a sentence that names neither the field nor the value explains nothing
    ["litellm's pricing is older.", "litellm", "unexplained"],
    ["LiteLLM still lists the launch output price of 10 per 1M.", "litellm", "unexplained"],
    ["Imported from LiteLLM.", "litellm", "unexplained"],
    ["LiteLLM lists a smaller context window.", "litellm", "unexplained"],
    ["Prices follow the provider page; genai-prices agrees.", "litellm", "unexplained"],
    ["Prices follow @pydantic/genai-prices, not the provider page.", "genai-prices", "unexplained"],
  ])("%j against %s → %s", (notes, name, verdict) => {
    const models = registry.map((model) => (model.id === "gpt-explained" ? { ...model, notes } : model));
    expect(verdicts(audit(name, models))["gpt-explained"]).toBe(verdict);
  });

  it("sources alone never explain a difference", () => {
    const models = registry.map((model) => (model.id === "gpt-explained" ? { ...model, notes: undefined, sources: { pricing: "LiteLLM 2026-07-24" } } : model));
    expect(verdicts(audit("litellm", models))["gpt-explained"]).toBe("unexplained");
  });
});

describe("compareWithSource: models the registry lacks", () => {
  it("lists chat models of the registry's providers, one per canonical ID, newest first", () => {
    expect(audit("models-dev").missing).toEqual([
      { provider: "openai", id: "gpt-new", key: "providers/openai/models/gpt-new.toml", release_date: "2026-11-20" },
      { provider: "openai", id: "gpt-older-new", key: "providers/openai/models/gpt-older-new.toml", release_date: "2026-01-10" },
    ]);
    // gpt-gone is a chat model the registry lacks too, but LiteLLM says it shut down on 2026-03-01.
    expect(
      audit("litellm")
        .missing.map((model) => model.id)
        .sort(),
    ).toEqual(["__proto__", "constructor", "gpt-new"]);
    // Azure's gpt-4o matched through the OpenAI fallback; OpenAI's own gpt-4o is still missing for the registry's openai provider.
    expect(audit("genai-prices").missing.map((model) => `${model.provider}/${model.id}`)).toEqual(["openai/gpt-4o", "openai/gpt-new"]);
  });

  it("leaves out providers the registry does not have", () => {
    const onlyGoogle = registry.filter((model) => model.provider === "google");
    expect(audit("litellm", onlyGoogle).missing).toEqual([]);
  });
});

describe("auditRegistry", () => {
  it("audits against every source and reports whether anything is unexplained", () => {
    const report = auditRegistry(registry, Object.values(sources), { asOf: AS_OF });
    expect(report.asOf).toBe(AS_OF);
    expect(report.registryModels).toBe(registry.length);
    expect(report.sources.map((source) => source.source)).toEqual(["litellm", "genai-prices", "models-dev"]);
    expect(hasUnexplainedDifferences(report)).toBe(true);
  });

  it("has nothing unexplained when every model agrees", () => {
    const agreeing = registry.filter((model) => ["gpt-agree", "claude-sonnet", "azure/gpt-4o", "gemini-9-flash"].includes(model.id));
    expect(hasUnexplainedDifferences(auditRegistry(agreeing, [sources["litellm"]!], { asOf: AS_OF }))).toBe(false);
  });

  it("defaults the as-of date to today", () => {
    expect(auditRegistry([], []).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("compareWithSource: each difference is judged on its own", () => {
  const model = {
    ...registry.find((entry) => entry.id === "gpt-agree")!,
    notes: "LiteLLM lists an input price of $9.",
  } as RegistryModel;
  const source: AuditSource = {
    name: "litellm",
    label: "LiteLLM (test)",
    models: [],
    find: () => ({ provider: "openai", id: model.id, key: model.id, pricing: { input: 9, output: 99 } }),
  };
  const result = compareWithSource([model], source, AS_OF).models[0]!;

  it("a model with one explained and one unexplained difference is unexplained", () => {
    expect(result.differences.map((difference) => [difference.field, difference.explanation !== undefined])).toEqual([
      ["pricing.input", true],
      ["pricing.output", false],
    ]);
    expect(result.verdict).toBe("unexplained");
  });
});

describe("auditRegistry: the models a source lists that the registry lacks", () => {
  const model = (id: string, fields: Partial<SourceModelFields> = {}) => ({ provider: "bedrock" as const, id, key: `aws/${id}`, chat: true, ...fields });
  type SourceModelFields = { release_date: string; deprecated: boolean };
  const listing = (name: "litellm" | "models-dev", label: string, models: ReturnType<typeof model>[]): AuditSource => ({
    name,
    label,
    models,
    find: () => undefined,
  });
  const bedrock = { ...registryModel("claude-sonnet"), provider: "bedrock" as const, id: "us.amazon.nova-premier-v1:0", api_name: undefined };

  const report = auditRegistry(
    [bedrock],
    [
      listing("litellm", "undated list", [
        model("amazon.nova-9-v1:0"),
        model("amazon.nova-10-v1:0"),
        model("amazon.nova-old-v1:0"),
        model("global.amazon.nova-premier-v1:0"),
      ]),
      listing("models-dev", "dated list", [
        model("amazon.nova-9-v1:0", { release_date: "2026-09-01" }),
        model("amazon.nova-10-v1:0", { release_date: "2026-10-01", deprecated: true }),
      ]),
    ],
    { asOf: AS_OF },
  );
  const [undated] = report.sources;

  it("a registry model the list holds only under a cross-region prefix is not missing", () => {
    expect(undated!.missing.map((missing) => missing.id)).not.toContain("amazon.nova-premier-v1:0");
  });

  it("newest first by the release date another list gives, marking what another list retired", () => {
    expect(undated!.missing).toEqual([
      {
        provider: "bedrock",
        id: "amazon.nova-10-v1:0",
        key: "aws/amazon.nova-10-v1:0",
        release_date: "2026-10-01",
        release_date_from: "dated list",
        retired: "deprecated (dated list)",
      },
      { provider: "bedrock", id: "amazon.nova-9-v1:0", key: "aws/amazon.nova-9-v1:0", release_date: "2026-09-01", release_date_from: "dated list" },
      { provider: "bedrock", id: "amazon.nova-old-v1:0", key: "aws/amazon.nova-old-v1:0" },
    ]);
  });
});
