import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { generate } from "../../src/generator/generate";
import { compilerHost } from "../helpers/typescript";

// Consumer code compiled by the real TypeScript compiler with the project's options, against src/ and
// generated/. Snippets are virtual files next to this test; nothing is written into the project.
const PROJECT_ROOT = resolve(__dirname, "..", "..");
const GENERATED_MODULE = join(PROJECT_ROOT, "generated", "models.generated.d.ts");
const SNIPPET_DIR = join(PROJECT_ROOT, "test", "runtime", "virtual-consumers");
const IMPORT_ENTRY = `import * as R from "../../../src/index";\nimport type * as T from "../../../src/index";\n`;

function projectOptions(): ts.CompilerOptions {
  const configFile = ts.readConfigFile(join(PROJECT_ROOT, "tsconfig.json"), ts.sys.readFile);
  // Snippets declare values only for their types: the project's unused-name checks do not apply to them.
  return { ...ts.parseJsonConfigFileContent(configFile.config, ts.sys, PROJECT_ROOT).options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
}

/** Compiles the snippets (plus src/index.ts and what it imports); returns each snippet's diagnostics as text. */
function compile(snippets: Record<string, string>, generatedSource?: string): { bySnippet: Record<string, string[]>; project: string[] } {
  const options = projectOptions();
  // Lib files and @types parsed once for both registries' programs.
  const host = compilerHost(options);
  const virtual = new Map<string, string>(Object.entries(snippets).map(([name, body]) => [join(SNIPPET_DIR, `${name}.ts`), IMPORT_ENTRY + body]));
  if (generatedSource !== undefined) virtual.set(GENERATED_MODULE, generatedSource);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = virtual.get(resolve(fileName));
    return text === undefined ? getSourceFile.call(host, fileName, languageVersion, ...rest) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  host.fileExists = (fileName) => virtual.has(resolve(fileName)) || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtual.get(resolve(fileName)) ?? readFile.call(host, fileName);
  const program = ts.createProgram({ rootNames: [join(PROJECT_ROOT, "src", "index.ts"), ...virtual.keys()], options, host });
  const text = (diagnostic: ts.Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const bySnippet: Record<string, string[]> = {};
  for (const name of Object.keys(snippets)) {
    const file = program.getSourceFile(join(SNIPPET_DIR, `${name}.ts`))!;
    bySnippet[name] = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(text);
  }
  const project = program
    .getSourceFiles()
    .filter((file) => !file.fileName.includes("node_modules") && !resolve(file.fileName).startsWith(SNIPPET_DIR))
    .flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)])
    .map((d) => `${d.file?.fileName}: ${text(d)}`);
  return { bySnippet, project: [...program.getGlobalDiagnostics().map(text), ...project] };
}

const VALID_CALLS = `
const gpt4o: T.ModelRecord<"openai"> = R.getModel("gpt-4o");
const o1Mini: T.DeprecatedModelRecord<"openai"> = R.getModel("o1-mini");
const shutdown: string | undefined = R.getModel("gemini-2.0-flash").shutdown_date;
const replacement: string = R.getModel("gemini-2.0-flash").replaced_by;
const byConstant: T.ModelRegistryShape["qwen2.5:32b"] = R.getModel(R.Models.QWEN2_5_32B);
const openaiIds: T.OpenAIModelId[] = R.listModelIds({ providers: "openai" });
const openaiModels = R.listModels({ providers: ["openai"], statuses: "production", vision: true });
const firstOpenai: T.OpenAIModelId | undefined = openaiModels[0]?.id;
const firstProvider: "openai" | undefined = openaiModels[0]?.provider;
const twoProviders: ("openai" | "anthropic")[] = R.listModels({ providers: ["openai", "anthropic"] }).map((m) => m.provider);
const anyIds: T.ModelId[] = R.listModelIds({ minContext: 100_000, maxBlendedCostPer1M: 5, functionCalling: true });
const untrusted: string = JSON.parse("\\"gpt-4o\\"");
const maybe: T.ModelRecord | undefined = R.findModel(untrusted);
if (R.isModelId(untrusted)) {
  const narrowed: T.ModelId = untrusted;
  R.getModel(narrowed);
}
const fromString: T.ModelId | undefined = R.resolveModelId(untrusted);
const sameLiteral: "gpt-4o" = R.resolveModelId("gpt-4o");
const shippedAlias: "claude-3-5-sonnet" = R.resolveAlias("claude-3.5-sonnet");
const shippedAliasRecord: T.DeprecatedModelRecord<"anthropic"> = R.resolveModel("claude-3.5-sonnet", { strict: false, warn: () => undefined });
const resolved: T.ModelRecord<"anthropic"> = R.resolveModel("claude-haiku-4-5", { strict: true, now: new Date(), warn: (n: T.DeprecationNotice) => void n.message });
const active: T.ActiveModelId = "gpt-5.4";
function route(id: T.ActiveModelId): T.ActiveModelId { return id; }
route(R.Models.GPT_5_4);
const selection = R.selectModels({ taskType: "code_generation", minContext: 8000, maxBlendedCost: 5, minReasoning: 0.8, minCoding: 0.8, requireVision: true, requireFunctions: true, priority: "cost", allowExperimental: true, env: process.env });
const best: T.ActiveModelId | undefined = selection.candidates[0]?.id;
const reasonCode: T.ExclusionCode | undefined = selection.excluded[0]?.reasons[0]?.code;
const usd: number = R.estimateCost("gpt-4o", { inputTokens: 100_000, outputTokens: 10_000, cachedInputTokens: 0 }).usd;
const blended: number = R.blendedCostPer1M("gpt-4");
const embeddingId: T.EmbeddingModelId = "text-embedding-3-small";
const chatId: T.ChatModelId = "gpt-4o";
const imageId: T.ModelIdByKind["image"] = R.Models.DALL_E_3;
const anyKind: T.ModelId = embeddingId;
const kind: T.ModelKind | undefined = R.getModel(embeddingId).kind;
const dimensions: number | undefined = R.getModel("text-embedding-3-large").dimensions;
const embedCost: string = R.estimateCost(embeddingId, { prompt_tokens: 10, total_tokens: 10 }).usdExact;
const aiSdkEmbedCost: number = R.estimateCost(embeddingId, { tokens: 10 }).usd;
const imageCost: number = R.estimateCost(imageId, { images: [{ size: "1024x1024", quality: "hd", count: 2 }] }).usd;
const imagesUsage: number = R.estimateCost("gpt-image-1", { input_tokens: 10, input_tokens_details: { image_tokens: 0, text_tokens: 10 }, output_tokens: 100, total_tokens: 110 }).usd;
const whisper: number = R.estimateCost("whisper-1", { type: "duration", seconds: 61 }).usd;
const unitLines: readonly { item: string; quantity: string }[] = R.estimateCost("tts-1", { characters: 4096 }).units;
const chatPick: T.ChatModelId | undefined = R.selectModels({ priority: "cost" }).candidates[0]?.id;
const anyPick: T.ActiveModelId | undefined = R.selectModels({ kinds: ["chat", "embedding"] }).candidates[0]?.id;
const embeddings = R.listModels({ kinds: "embedding" });
const readiness: T.ProviderReadinessMap = R.checkProviderEnv();
const ollamaReady: boolean = readiness.ollama.ready;
const url: T.BaseUrlResolution = R.resolveBaseUrl("azure", { AZURE_OPENAI_ENDPOINT: "https://x" }, "azure/gpt-4o");
const available: T.ListedModel<"ollama">[] = R.availableModels({}, { providers: "ollama" });
const required = R.getProviderConfig("bedrock").env.required;
const invoked: string = R.invocationId("anthropic.claude-opus-4-8", "us");
// The legacy class keeps the legacy name; the generated per-key interface is ModelRegistryShape.
const legacy: R.ModelRegistry = new R.ModelRegistry();
const localIds: (T.OllamaModelId | undefined)[] = [legacy.getModelsByProvider("ollama")[0]?.id];
const legacyAny: T.ModelRecord | undefined = legacy.getModel("anything");
// The providers added for issue 24: their own ID unions, constants and provider-typed calls.
const route4: T.OpenRouterModelId = R.Models.OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4_8;
const upstream: string | undefined = R.getModel(route4).same_weights_as;
const vertexUrl: T.BaseUrlResolution = R.resolveBaseUrl("vertex-anthropic", { GOOGLE_VERTEX_PROJECT: "p" }, "vertex-anthropic/claude-opus-4-8");
const cheapChinese: T.DeepSeekModelId = "deepseek-flash";
const groqIds: T.GroqModelId[] = R.listModelIds({ providers: "groq" });
const mistralReady: boolean = R.checkProviderEnv({ MISTRAL_API_KEY: "k" }).mistral.ready;
export {};
`;

const INVALID_CALLS: Record<string, { code: string; mentions: string }> = {
  misspeltId: { code: `R.getModel("gpt-4o-mnii");`, mentions: `"gpt-4o-mnii"` },
  wrongProviderLiteral: { code: `R.listModels({ providers: "openia" });`, mentions: `"openia"` },
  wrongProviderInList: { code: `R.listModelIds({ providers: ["openai", "antropic"] });`, mentions: `"antropic"` },
  deprecatedWhereActiveExpected: { code: `const id: T.ActiveModelId = "o1-mini";`, mentions: `"o1-mini"` },
  deprecatedConstantAsActive: {
    code: `function route(id: T.ActiveModelId) { return id; }\nroute(R.Models.O1_MINI);`,
    mentions: `"o1-mini"`,
  },
  shippedAliasWrongTarget: { code: `const id: "claude-sonnet-4-6" = R.resolveAlias("claude-3.5-sonnet");`, mentions: `"claude-3-5-sonnet"` },
  narrowedIdsAreNotAnotherProvidersIds: { code: `const ids: T.OpenAIModelId[] = R.listModelIds({ providers: "anthropic" });`, mentions: `"claude-` },
  modelOfAnotherProvider: { code: `R.resolveBaseUrl("azure", {}, "gpt-4o");`, mentions: `"gpt-4o"` },
  unknownIdForCost: { code: `R.estimateCost("gpt-5-ultra", { inputTokens: 1, outputTokens: 1 });`, mentions: `"gpt-5-ultra"` },
  unknownProviderConfig: { code: `R.getProviderConfig("openia");`, mentions: `"openia"` },
  unknownPriority: { code: `R.selectModels({ priority: "cheap" });`, mentions: `"cheap"` },
  unknownTaskType: { code: `R.selectModels({ taskType: "cooking" });`, mentions: `"cooking"` },
  unknownStatus: { code: `R.listModels({ statuses: "retired" });`, mentions: `"retired"` },
  makerIdIsNotARoute: { code: `const id: T.OpenRouterModelId = "claude-opus-4-8";`, mentions: `"claude-opus-4-8"` },
  routeOfAnotherProviderForVertex: {
    code: `R.resolveBaseUrl("vertex", {}, "openrouter/google/gemini-3.1-pro-preview");`,
    mentions: `"openrouter/google/gemini-3.1-pro-preview"`,
  },
  retiredDeepSeekNameAsActive: { code: `const id: T.ActiveModelId = "deepseek-chat";`, mentions: `"deepseek-chat"` },
  findModelIsPossiblyUndefined: { code: `const m: T.ModelRecord = R.findModel("gpt-4o");`, mentions: "undefined" },
  embeddingWhereChatExpected: { code: `const id: T.ChatModelId = "text-embedding-3-small";`, mentions: `"text-embedding-3-small"` },
  embeddingToAChatFunction: {
    code: `function chat(id: T.ChatModelId) { return id; }\nchat(R.Models.TEXT_EMBEDDING_3_SMALL);`,
    mentions: `"text-embedding-3-small"`,
  },
  embeddingToBlendedCost: { code: `R.blendedCostPer1M("text-embedding-3-large");`, mentions: `"text-embedding-3-large"` },
  imageToPricePer1M: { code: `R.pricePer1M("dall-e-3");`, mentions: `"dall-e-3"` },
  chatWhereEmbeddingExpected: { code: `const id: T.EmbeddingModelId = "gpt-4o";`, mentions: `"gpt-4o"` },
  unknownKind: { code: `R.listModels({ kinds: "video" });`, mentions: `"video"` },
};

describe("type tests on the shipped registry", () => {
  let bySnippet: Record<string, string[]>;
  let project: string[];

  beforeAll(() => {
    const invalid = Object.entries(INVALID_CALLS).map(([name, { code }]) => [name, `${code}\nexport {};\n`]);
    ({ bySnippet, project } = compile({ valid: VALID_CALLS, ...Object.fromEntries(invalid) }));
  });

  test("the project itself compiles", () => {
    expect(project).toEqual([]);
  });

  test("valid consumer calls compile with zero diagnostics", () => {
    expect(bySnippet["valid"]).toEqual([]);
  });

  test.each(Object.entries(INVALID_CALLS))("%s does not compile, and the diagnostic names the culprit", (name, { mentions }) => {
    const diagnostics = bySnippet[name]!;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.join("\n")).toContain(mentions);
  });
});

describe("type tests against a generated registry with aliases (test/fixtures/runtime/aliases)", () => {
  let generatedSource: string;
  let outDir: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "runtime-aliases-"));
    const result = await generate({
      mode: "check",
      cwd: PROJECT_ROOT,
      registryPath: "test/fixtures/runtime/aliases/model_registry.yaml",
      outDir,
    });
    expect(result.diagnostics).toEqual([]);
    generatedSource = result.files[0]!.contents;
  });

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test("aliases resolve to their target's literal type; wrong aliases and targets do not compile", () => {
    const { bySnippet, project } = compile(
      {
        valid: `
const target: "claude-sonnet-4-5" = R.resolveAlias("claude-3-5-sonnet");
const viaId: "gpt-4" = R.resolveModelId("gpt-4-0613");
const record: T.ModelRecord<"anthropic"> = R.resolveModel("claude-3-5-sonnet");
const deprecated: T.DeprecatedModelRecord<"openai"> = R.resolveModel("gpt-4-0613", { strict: false });
const alias: T.ModelAlias = "gpt-4-0613";
const table: T.ModelAliases = R.MODEL_ALIASES;
const fromString: T.ModelId | undefined = R.resolveAlias(JSON.parse("null") as string);
const untrusted: unknown = "claude-3-5-sonnet";
if (R.isModelAlias(untrusted)) { const narrowed: T.ModelAlias = untrusted; }
export {};
`,
        wrongTarget: `const target: "gpt-4o" = R.resolveAlias("claude-3-5-sonnet");\nexport {};\n`,
        misspeltAlias: `const alias: T.ModelAlias = "claude-3-5-sonet";\nexport {};\n`,
        idOfTheShippedRegistry: `R.getModel("qwen2.5:32b");\nexport {};\n`,
      },
      generatedSource,
    );
    expect(project).toEqual([]);
    expect(bySnippet["valid"]).toEqual([]);
    expect(bySnippet["wrongTarget"]!.join("\n")).toContain(`"claude-sonnet-4-5"`);
    expect(bySnippet["misspeltAlias"]!.join("\n")).toContain(`"claude-3-5-sonet"`);
    expect(bySnippet["idOfTheShippedRegistry"]!.join("\n")).toContain(`"qwen2.5:32b"`);
  });
});
