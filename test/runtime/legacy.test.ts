import { listModels, MODEL_ALIASES, MODEL_IDS, MODELS, ModelRegistry, PROVIDER_IDS } from "../../src/index";

describe("the deprecated ModelRegistry class (legacy method names over the generated data)", () => {
  const registry = new ModelRegistry();

  test("getModel returns the record, or undefined like the legacy get_model", () => {
    expect(registry.getModel("gpt-4o")).toBe(MODELS["gpt-4o"]);
    expect(registry.getModel("o1-mini")?.status).toBe("deprecated");
    expect(registry.getModel("no-such-model")).toBeUndefined();
    expect(registry.getModel("toString")).toBeUndefined();
    expect(registry.getModel("__proto__")).toBeUndefined();
  });

  test("getModel accepts the legacy names the migration kept as aliases", () => {
    for (const [alias, target] of Object.entries<string>({ ...MODEL_ALIASES })) {
      expect(registry.getModel(alias)?.id).toBe(MODEL_IDS.includes(alias as never) ? alias : target);
    }
  });

  test("getModelsByProvider lists one provider's models; an unknown provider has none", () => {
    expect(registry.getModelsByProvider("ollama").map((m) => m.id)).toContain("qwen2.5:32b");
    for (const provider of PROVIDER_IDS) {
      expect(registry.getModelsByProvider(provider)).toEqual(listModels({ providers: provider }));
    }
    expect(registry.getModelsByProvider("grok")).toEqual([]);
    expect(registry.getModelsByProvider("constructor")).toEqual([]);
  });

  test("getAllModels lists every model, deprecated ones included, in ID order", () => {
    expect(registry.getAllModels().map((m) => m.id)).toEqual([...MODEL_IDS]);
  });

  test("instances share the frozen data: nothing is loaded per instance", () => {
    expect(new ModelRegistry().getModel("gpt-4o")).toBe(registry.getModel("gpt-4o"));
  });
});
