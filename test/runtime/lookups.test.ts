import {
  findModel,
  getModel,
  isActiveModelId,
  isDeprecatedModelId,
  isModelAlias,
  isModelId,
  listModelIds,
  listModels,
  MODEL_ALIASES,
  MODEL_IDS,
  MODELS,
  PROVIDER_IDS,
  resolveAlias,
  resolveModelId,
  UnknownModelError,
  UnknownProviderError,
  InvalidArgumentError,
} from "../../src/index";
import { smallRegistryApi } from "./small-registry";

const OBJECT_PROTOTYPE_NAMES = ["toString", "constructor", "hasOwnProperty", "__proto__", "valueOf", "isPrototypeOf", "__defineGetter__"];

describe("getModel", () => {
  test("returns the frozen record for the key", () => {
    const model = getModel("gpt-4o");
    expect(model).toBe(MODELS["gpt-4o"]);
    expect(model.provider).toBe("openai");
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.capabilities)).toBe(true);
  });

  test("returns deprecated records with their lifecycle details", () => {
    expect(getModel("o1-mini").replaced_by).toBe("gpt-5.6-terra");
    expect(getModel("gemini-2.0-flash").shutdown_date).toBe("2026-06-01");
  });

  test("throws UnknownModelError with a suggestion when the types were bypassed", () => {
    const call = () => getModel("gpt-4o-mnii" as never);
    expect(call).toThrow(UnknownModelError);
    expect(call).toThrow('unknown model "gpt-4o-mnii"; did you mean "gpt-4o-mini"?');
  });
});

describe("findModel and isModelId on untrusted strings", () => {
  test("every registered ID is found, as itself", () => {
    for (const id of MODEL_IDS) {
      expect(isModelId(id)).toBe(true);
      expect(findModel(id)?.id).toBe(id);
    }
  });

  test.each(OBJECT_PROTOTYPE_NAMES)("Object.prototype member %s is not a model", (name) => {
    expect(isModelId(name)).toBe(false);
    expect(findModel(name)).toBeUndefined();
    expect(isActiveModelId(name)).toBe(false);
    expect(isDeprecatedModelId(name)).toBe(false);
    expect(isModelAlias(name)).toBe(false);
    expect(resolveModelId(name)).toBeUndefined();
  });

  test.each([
    ["wrong case", "GPT-4o"],
    ["surrounding space", " gpt-4o"],
    ["trailing newline", "gpt-4o\n"],
    ["empty", ""],
    ["a provider ID", "openai"],
    ["an api_name, not a registry ID", "claude-sonnet-4-5-20250929"],
    ["a very long string", "gpt-4o".repeat(200_000)],
  ])("%s is not a model", (_, input) => {
    expect(isModelId(input)).toBe(false);
    expect(findModel(input)).toBeUndefined();
  });

  test.each([undefined, null, 42, {}, ["gpt-4o"], new String("gpt-4o"), Symbol("gpt-4o")])("non-string %p is not a model ID", (value) => {
    expect(isModelId(value)).toBe(false);
    expect(isActiveModelId(value)).toBe(false);
  });

  test("a model registered under a prototype name is found (own keys decide, not the name)", () => {
    const api = smallRegistryApi();
    expect(api.isModelId("constructor")).toBe(true);
    expect(api.findModel("constructor")?.id).toBe("constructor");
    expect(api.isModelId("toString")).toBe(false);
  });

  test("isModelId narrows an unknown value to ModelId", () => {
    const raw: unknown = JSON.parse('{"model":"claude-sonnet-4-5"}').model;
    if (!isModelId(raw)) throw new Error("expected a model ID");
    expect(getModel(raw).provider).toBe("anthropic");
  });
});

describe("active and deprecated IDs", () => {
  test("split the registry by status", () => {
    for (const id of MODEL_IDS) {
      const deprecated = MODELS[id].status === "deprecated";
      expect(isDeprecatedModelId(id)).toBe(deprecated);
      expect(isActiveModelId(id)).toBe(!deprecated);
    }
    expect(isDeprecatedModelId("o1-mini")).toBe(true);
    expect(isActiveModelId("gpt-5.4")).toBe(true);
  });
});

describe("aliases", () => {
  test("every generated alias resolves to its registered target", () => {
    for (const [alias, target] of Object.entries<string>({ ...MODEL_ALIASES })) {
      expect(isModelAlias(alias)).toBe(true);
      expect(resolveAlias(alias)).toBe(target);
      expect(resolveModelId(alias)).toBe(isModelId(alias) ? alias : target);
      expect(isModelId(target)).toBe(true);
    }
  });

  test("a shipped alias resolves to its target, typed as that literal ID", () => {
    // The annotations are the type test: tsc (npm test) rejects them unless the return type is the literal target.
    const viaAlias: "claude-3-5-sonnet" = resolveAlias("claude-3.5-sonnet");
    const viaResolve: "claude-3-5-sonnet" = resolveModelId("claude-3.5-sonnet");
    expect(viaAlias).toBe("claude-3-5-sonnet");
    expect(viaResolve).toBe("claude-3-5-sonnet");
    expect(isModelAlias("claude-3.5-sonnet")).toBe(true);
    expect(isModelId("claude-3.5-sonnet")).toBe(false);
    expect(resolveModelId("azure-gpt-4o")).toBe("azure/gpt-4o");
  });

  test("resolveModelId returns IDs unchanged and unknown names as undefined", () => {
    expect(resolveModelId("gpt-4o")).toBe("gpt-4o");
    expect(resolveModelId("qwen2.5:32b")).toBe("qwen2.5:32b");
    expect(resolveModelId("no-such-model")).toBeUndefined();
    expect(resolveAlias("gpt-4o")).toBeUndefined();
  });

  test("aliases resolve on an injected registry; aliases are not model IDs", () => {
    const api = smallRegistryApi();
    expect(api.resolveAlias("legacy-alpha")).toBe("alpha");
    expect(api.resolveModelId("legacy-alpha")).toBe("alpha");
    expect(api.resolveModelId("alpha")).toBe("alpha");
    expect(api.isModelAlias("legacy-old")).toBe(true);
    expect(api.isModelId("legacy-alpha")).toBe(false);
    expect(api.findModel("legacy-alpha")).toBeUndefined();
    expect(api.resolveAlias("hasOwnProperty")).toBeUndefined();
  });
});

describe("listModels", () => {
  test("without a filter lists every model in ID order", () => {
    expect(listModels().map((m) => m.id)).toEqual([...MODEL_IDS]);
    expect(listModelIds()).toEqual([...MODEL_IDS]);
  });

  test("filters by one provider or several", () => {
    const openai = listModelIds({ providers: "openai" });
    expect(openai).toEqual(expect.arrayContaining(["gpt-4", "gpt-4o", "gpt-4o-mini"]));
    expect(listModels({ providers: "openai" }).every((m) => m.provider === "openai")).toBe(true);
    const two = listModels({ providers: ["openai", "ollama"] });
    expect(new Set(two.map((m) => m.provider))).toEqual(new Set(["openai", "ollama"]));
    expect(two.map((m) => m.id)).toContain("qwen2.5:32b");
    expect(listModels({ providers: [] })).toEqual([]);
  });

  test("filters by status", () => {
    const deprecated = listModelIds({ statuses: "deprecated" });
    expect(deprecated).toEqual(expect.arrayContaining(["gemini-2.0-flash", "o1-mini"]));
    expect(deprecated.every((id) => isDeprecatedModelId(id))).toBe(true);
    const active = listModelIds({ statuses: ["production", "beta", "experimental"] });
    expect(active.length + deprecated.length).toBe(MODEL_IDS.length);
  });

  test("filters by capabilities, context and price", () => {
    expect(listModelIds({ vision: true })).not.toContain("qwen2.5:32b");
    expect(listModelIds({ vision: false })).toContain("qwen2.5:32b");
    expect(listModelIds({ functionCalling: true })).toContain("gpt-4o");
    expect(listModelIds({ minContext: 200_000 })).not.toContain("gpt-4o");
    expect(listModelIds({ minContext: 200_000 })).toContain("claude-sonnet-4-5");
    // gpt-4o: blended (3 × 2.50 + 10.00) / 4 = 4.375 per 1M; the bound is inclusive.
    expect(listModelIds({ maxBlendedCostPer1M: 4.375 })).toContain("gpt-4o");
    expect(listModelIds({ maxBlendedCostPer1M: 4.374 })).not.toContain("gpt-4o");
    expect(listModelIds({ maxInputCostPer1M: 2.5, maxOutputCostPer1M: 10 })).toContain("gpt-4o");
    expect(listModelIds({ maxOutputCostPer1M: 9.99 })).not.toContain("gpt-4o");
  });

  test("combines every filter on an injected registry", () => {
    const api = smallRegistryApi();
    const ids = (filter: Parameters<typeof api.listModels>[0]) => api.listModels(filter).map((m) => m.id);
    expect(ids({ providers: "acme", statuses: ["production", "beta"], minContext: 8000 })).toEqual(["alpha", "beta-model"]);
    expect(ids({ providers: ["cloud", "local"], functionCalling: false })).toEqual(["exp-model"]);
    expect(ids({ maxBlendedCostPer1M: 1.25, statuses: "production" })).toEqual(["alpha", "constructor"]);
    expect(ids({ vision: true })).toEqual(["alpha"]);
  });

  test("rejects unknown providers and statuses instead of returning nothing", () => {
    expect(() => listModels({ providers: ["openai", "openia" as never] })).toThrow(UnknownProviderError);
    expect(() => listModels({ providers: "__proto__" as never })).toThrow('unknown provider "__proto__"');
    expect(() => listModels({ statuses: "retired" as never })).toThrow(InvalidArgumentError);
  });

  test("the provider IDs are the ones the registry declares", () => {
    for (const provider of PROVIDER_IDS) expect(listModels({ providers: provider }).every((m) => m.provider === provider)).toBe(true);
  });
});
