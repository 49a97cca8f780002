import {
  availableModels,
  checkProviderEnv,
  getProviderConfig,
  InvalidArgumentError,
  MODEL_IDS,
  MODELS,
  PROVIDER_IDS,
  PROVIDERS,
  resolveBaseUrl,
  selectModels,
  UnknownModelError,
  UnknownProviderError,
} from "../../src/index";
import { smallRegistryApi } from "./small-registry";

const SECRET = "sk-THIS-VALUE-MUST-NEVER-LEAK";

describe("getProviderConfig", () => {
  test("returns the frozen configuration", () => {
    const openai = getProviderConfig("openai");
    expect(openai).toBe(PROVIDERS.openai);
    expect(openai.base_url).toBe("https://api.openai.com/v1");
    expect(openai.env.required).toEqual(["OPENAI_API_KEY"]);
    expect(Object.isFrozen(openai.env.required)).toBe(true);
  });

  test.each(["openia", "toString", "__proto__", ""])("unknown provider %p throws", (name) => {
    expect(() => getProviderConfig(name as never)).toThrow(UnknownProviderError);
  });
});

describe("checkProviderEnv", () => {
  test("an empty environment leaves only keyless providers ready", () => {
    const readiness = checkProviderEnv({});
    expect(Object.keys(readiness)).toEqual([...PROVIDER_IDS]);
    expect(readiness.ollama).toEqual({ ready: true, missing: [] });
    expect(readiness.openai).toEqual({ ready: false, missing: ["OPENAI_API_KEY"] });
    expect(readiness.azure).toEqual({ ready: false, missing: ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT"] });
    expect(readiness.bedrock).toEqual({
      ready: false,
      missing: ["AWS_ACCESS_KEY_ID | AWS_PROFILE", "AWS_REGION | AWS_DEFAULT_REGION"],
    });
    for (const provider of PROVIDER_IDS) {
      expect(readiness[provider].ready).toBe(PROVIDERS[provider].env.required.length === 0);
    }
  });

  test("an any-of requirement is met by any one of its variables", () => {
    expect(checkProviderEnv({ AWS_PROFILE: "dev", AWS_DEFAULT_REGION: "eu-west-1" }).bedrock).toEqual({ ready: true, missing: [] });
    expect(checkProviderEnv({ AWS_ACCESS_KEY_ID: SECRET, AWS_REGION: "us-east-1" }).bedrock.ready).toBe(true);
    expect(checkProviderEnv({ AWS_ACCESS_KEY_ID: SECRET }).bedrock).toEqual({
      ready: false,
      missing: ["AWS_REGION | AWS_DEFAULT_REGION"],
    });
  });

  test("empty and blank values do not count as set", () => {
    expect(checkProviderEnv({ OPENAI_API_KEY: "" }).openai.ready).toBe(false);
    expect(checkProviderEnv({ OPENAI_API_KEY: "  \n" }).openai.ready).toBe(false);
    expect(checkProviderEnv({ OPENAI_API_KEY: SECRET }).openai).toEqual({ ready: true, missing: [] });
  });

  test("never returns a value, only names", () => {
    const env = Object.fromEntries(
      PROVIDER_IDS.flatMap((p) => PROVIDERS[p].env.required.flat().concat(PROVIDERS[p].env.optional ?? [])).map((name) => [name, SECRET]),
    );
    const everything = JSON.stringify([checkProviderEnv(env), checkProviderEnv({ OPENAI_ORGANIZATION: SECRET })]);
    expect(everything).not.toContain(SECRET);
    expect(Object.values(checkProviderEnv(env)).every((r) => r.ready)).toBe(true);
  });

  test("reads process.env by default", () => {
    expect(checkProviderEnv()).toEqual(checkProviderEnv(process.env));
  });

  test("works on an injected registry", () => {
    const api = smallRegistryApi();
    expect(api.checkProviderEnv({ CLOUD_TOKEN: SECRET })).toEqual({
      acme: { ready: false, missing: ["ACME_API_KEY"] },
      cloud: { ready: false, missing: ["CLOUD_ENDPOINT"] },
      local: { ready: true, missing: [] },
    });
  });
});

describe("resolveBaseUrl", () => {
  test("a fixed URL needs nothing", () => {
    expect(resolveBaseUrl("openai", {})).toEqual({ ok: true, url: "https://api.openai.com/v1", missing: [] });
  });

  test("fills variables, defaults and the model's api_name", () => {
    const env = { AZURE_OPENAI_ENDPOINT: "https://acme.openai.azure.com" };
    expect(resolveBaseUrl("azure", env, "azure/gpt-4o")).toEqual({
      ok: true,
      url: "https://acme.openai.azure.com/openai/deployments/gpt-4o?api-version=2024-10-21",
      missing: [],
    });
    const pinned = resolveBaseUrl("azure", { ...env, AZURE_OPENAI_API_VERSION: "2025-04-01-preview" }, "azure/gpt-4o");
    expect(pinned.ok && pinned.url).toBe("https://acme.openai.azure.com/openai/deployments/gpt-4o?api-version=2025-04-01-preview");
  });

  test("uses the default for a local provider and lets the environment override it", () => {
    expect(resolveBaseUrl("ollama", {})).toEqual({ ok: true, url: "http://localhost:11434/v1", missing: [] });
    expect(resolveBaseUrl("ollama", { OLLAMA_BASE_URL: "http://gpu-box:11434/v1" })).toEqual({
      ok: true,
      url: "http://gpu-box:11434/v1",
      missing: [],
    });
  });

  test("reports every missing placeholder once, api_name included when no model is given", () => {
    expect(resolveBaseUrl("azure", {})).toEqual({ ok: false, missing: ["AZURE_OPENAI_ENDPOINT", "api_name"] });
    expect(resolveBaseUrl("bedrock", {})).toEqual({ ok: false, missing: ["AWS_REGION"] });
  });

  test("a placeholder in an any-of group takes the first set member of the group", () => {
    expect(resolveBaseUrl("bedrock", { AWS_DEFAULT_REGION: "eu-west-1" })).toEqual({
      ok: true,
      url: "https://bedrock-runtime.eu-west-1.amazonaws.com",
      missing: [],
    });
    const both = resolveBaseUrl("bedrock", { AWS_DEFAULT_REGION: "eu-west-1", AWS_REGION: "us-east-2" });
    expect(both.ok && both.url).toBe("https://bedrock-runtime.us-east-2.amazonaws.com");
  });

  test("encodes api_name as a path segment, drops a doubled slash, and never re-expands a value", () => {
    const api = smallRegistryApi();
    expect(api.resolveBaseUrl("cloud", { CLOUD_ENDPOINT: "https://c.test/{CLOUD_API_VERSION}/" }, "twin-a")).toEqual({
      ok: true,
      url: "https://c.test/{CLOUD_API_VERSION}/deployments/twin%2Fa%20deployment?v=2025-01-01",
      missing: [],
    });
    const byId = api.resolveBaseUrl("cloud", { CLOUD_ENDPOINT: "https://c.test" }, "twin-b");
    expect(byId.ok && byId.url).toBe("https://c.test/deployments/twin-b?v=2025-01-01");
  });

  test("rejects a model of another provider, unknown models and unknown providers", () => {
    expect(() => resolveBaseUrl("azure", {}, "gpt-4o" as never)).toThrow(InvalidArgumentError);
    expect(() => resolveBaseUrl("azure", {}, "gpt-4o" as never)).toThrow('model "gpt-4o" is served by "openai", not by "azure"');
    expect(() => resolveBaseUrl("azure", {}, "nope" as never)).toThrow(UnknownModelError);
    expect(() => resolveBaseUrl("nope" as never, {})).toThrow(UnknownProviderError);
  });
});

describe("availableModels", () => {
  test("with no credentials only local models are available", () => {
    const models = availableModels({});
    expect(models.map((m) => m.id)).toContain("qwen2.5:32b");
    expect(models.every((m) => PROVIDERS[m.provider].env.required.length === 0)).toBe(true);
  });

  test("a configured provider adds its models; the filter applies on top", () => {
    const ids = availableModels({ OPENAI_API_KEY: SECRET }).map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["gpt-4o", "gpt-4o-mini", "qwen2.5:32b"]));
    expect(ids).not.toContain("claude-sonnet-4-5");
    expect(availableModels({ OPENAI_API_KEY: SECRET }, { providers: "openai", statuses: "production" }).map((m) => m.id)).not.toContain("o1-mini");
  });

  test("everything is available when every provider is configured", () => {
    const env = Object.fromEntries(PROVIDER_IDS.flatMap((p) => PROVIDERS[p].env.required.flat()).map((name) => [name, "set"]));
    expect(availableModels(env).map((m) => m.id)).toEqual([...MODEL_IDS]);
    expect(availableModels(env).every((m) => m === MODELS[m.id])).toBe(true);
  });

  test("on an injected registry: local models need nothing, any-of groups count", () => {
    const api = smallRegistryApi();
    expect(api.availableModels({}).map((m) => m.id)).toEqual(["exp-model"]);
    expect(api.availableModels({ CLOUD_KEY: "k", CLOUD_ENDPOINT: "https://c.test" }).map((m) => m.id)).toEqual(["exp-model", "twin-a", "twin-b"]);
  });
});

describe("the providers added for issue 24 work like the others", () => {
  test.each([
    ["mistral", "MISTRAL_API_KEY", "https://api.mistral.ai/v1"],
    ["deepseek", "DEEPSEEK_API_KEY", "https://api.deepseek.com"],
    ["groq", "GROQ_API_KEY", "https://api.groq.com/openai/v1"],
    ["openrouter", "OPENROUTER_API_KEY", "https://openrouter.ai/api/v1"],
  ] as const)("%s: ready once %s is set; a fixed base URL", (provider, variable, url) => {
    expect(checkProviderEnv({})[provider]).toEqual({ ready: false, missing: [variable] });
    expect(checkProviderEnv({ [variable]: SECRET })[provider]).toEqual({ ready: true, missing: [] });
    expect(resolveBaseUrl(provider, {})).toEqual({ ok: true, url, missing: [] });
  });

  test("Vertex AI: the project is required; the location defaults per publisher; the model's api_name ends the URL", () => {
    expect(checkProviderEnv({}).vertex).toEqual({ ready: false, missing: ["GOOGLE_VERTEX_PROJECT"] });
    expect(resolveBaseUrl("vertex", { GOOGLE_VERTEX_PROJECT: "acme" }, "vertex/gemini-3.8-flash")).toEqual({
      ok: true,
      url: "https://us-central1-aiplatform.googleapis.com/v1/projects/acme/locations/us-central1/publishers/google/models/gemini-3.8-flash",
      missing: [],
    });
    const claude = resolveBaseUrl(
      "vertex-anthropic",
      { GOOGLE_VERTEX_PROJECT: "acme", GOOGLE_VERTEX_LOCATION: "europe-west1" },
      "vertex-anthropic/claude-haiku-4-5",
    );
    expect(claude.ok && claude.url).toBe(
      "https://europe-west1-aiplatform.googleapis.com/v1/projects/acme/locations/europe-west1/publishers/anthropic/models/claude-haiku-4-5%4020251001",
    );
    expect(resolveBaseUrl("vertex-anthropic", {})).toEqual({ ok: false, missing: ["GOOGLE_VERTEX_PROJECT", "api_name"] });
  });

  test("OpenRouter entries carry the vendor/model ID as api_name and name the upstream entry they serve", () => {
    const route = MODELS["openrouter/anthropic/claude-opus-4.8"];
    expect(route.api_name).toBe("anthropic/claude-opus-4.8");
    expect(route.same_weights_as).toBe("claude-opus-4-8");
    for (const id of MODEL_IDS.filter((candidate) => MODELS[candidate].provider === "openrouter")) {
      const upstream = MODELS[id].same_weights_as;
      expect(upstream !== undefined && upstream in MODELS).toBe(true);
    }
  });

  test("selectModels with env keeps only the models of ready providers; a route takes its upstream's derived scores", () => {
    const result = selectModels({ env: { OPENROUTER_API_KEY: SECRET }, priority: "quality" });
    expect(new Set(result.candidates.map((candidate) => MODELS[candidate.id].provider))).toEqual(new Set(["openrouter"]));
    // Groq's copies take the scores derived from their upstream entries' published results (gpt-oss, Llama); a tier never carries over.
    const groq = MODEL_IDS.filter((id) => MODELS[id].provider === "groq");
    expect(groq.map((id) => (MODELS[id] as { scores?: { basis: string } }).scores?.basis)).toEqual(groq.map(() => "benchmark"));
    const excluded = selectModels({ env: { GROQ_API_KEY: SECRET } }).excluded.filter((exclusion) => exclusion.id.startsWith("groq/"));
    for (const exclusion of excluded) expect(exclusion.reasons.map((reason) => reason.code)).not.toContain("unrated");
    // Its two Llama models are deprecated (Groq decommissioned them on 2026-08-16).
    expect(
      excluded
        .filter((exclusion) => exclusion.reasons.some((reason) => reason.code === "deprecated"))
        .map((exclusion) => exclusion.id)
        .sort(),
    ).toEqual(["groq/llama-3.1-8b-instant", "groq/llama-3.3-70b-versatile"]);
    expect(availableModels({ DEEPSEEK_API_KEY: SECRET }, { providers: "deepseek", statuses: "production" }).map((model) => model.id)).toEqual([
      "deepseek-flash",
      "deepseek-v4-pro",
    ]);
  });
});
