// Compile-time guarantees of the shipped generated module, checked with the real TypeScript compiler:
// scratch consumers outside the project import generated/models.generated.d.ts and are type-checked
// with the project's own compiler options. Uses only IDs that the shipped registry keeps for good:
// gpt-4o, claude-sonnet-4-5 and the deprecated o1-mini (replaced by o4-mini).
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, parse } from "node:path";
import {
  PROJECT_ROOT,
  SHIPPED_MODULE,
  type CompilerMessage,
  compileFiles,
  describeMessages,
  errorsOf,
  importSpecifier,
  temporaryDirectory,
  writeConsumer,
} from "../helpers/typescript";

const from = importSpecifier(SHIPPED_MODULE);
const scratch = temporaryDirectory("consumer");
afterAll(() => scratch.remove());

/**
 * The scratch consumers, type-checked together in one program (one check of the generated module and the runtime
 * sources it imports, instead of one per test); each test reads the diagnostics of its own file. The files are
 * separate modules, so a mistake in one cannot cause or hide a diagnostic in another.
 */
const CONSUMERS: Record<string, string> = {
  "valid.ts": `import {
  MODELS, MODEL_IDS, Models, OpenAIModels, PROVIDERS,
  type ActiveModelId, type DeprecatedModelId, type ModelId, type ModelIdByProvider, type ModelRegistry, type OpenAIModelId, type ProviderId,
} from ${from};

// The mapped active records plus the listed deprecated keys are exactly the IDs.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const keysAreIds: Same<keyof ModelRegistry, ModelId> = true;
const providerConstant: typeof Models.GPT_5_4 = OpenAIModels.GPT_5_4;

const literal: ModelId = "gpt-5.4";
const constant: ModelId = Models.GPT_5_4;
const sameValue: "gpt-5.4" = Models.GPT_5_4;
const contextWindow: number = MODELS["claude-sonnet-4-6"].context_window;
const provider: "anthropic" = MODELS["claude-sonnet-4-6"].provider;
const openai: ModelIdByProvider["openai"] = "gpt-5.4";
const openaiNamed: OpenAIModelId = openai;
const active: ActiveModelId = "claude-sonnet-4-6";
const deprecated: DeprecatedModelId = "o1-mini";
const replacement: string = MODELS["o1-mini"].replaced_by;
const inputPrice: number = MODELS["gpt-5.4"].pricing.input;
const providerId: ProviderId = MODELS[literal].provider;
const baseUrl: string = PROVIDERS.openai.base_url;
const every: readonly ModelId[] = MODEL_IDS;

function route(model: ActiveModelId): string {
  return model;
}
route(Models.GPT_5_4);
route(active);

export const used = [keysAreIds, providerConstant, literal, constant, sameValue, contextWindow, provider, openaiNamed, deprecated, replacement, inputPrice, providerId, baseUrl, every];
`,
  "misspelt-literal.ts": `import type { ModelId } from ${from};\nexport const id: ModelId = "gpt-4o-mnii";\n`,
  "misspelt-constant.ts": `import { Models } from ${from};\nexport const id = Models.GPT_4O_MNII;\n`,
  "misspelt-key.ts": `import { MODELS } from ${from};\nexport const window = MODELS["gpt-4o-mnii"].context_window;\n`,
  "deprecated-as-active.ts": `import { Models, type ActiveModelId } from ${from};
function route(model: ActiveModelId): ActiveModelId {
  return model;
}
export const byLiteral = route("o1-mini");
export const byConstant: ActiveModelId = Models.O1_MINI;
`,
  "string-escape.ts": `import type { ModelId } from ${from};\nconst fromConfig: string = "gpt-4o";\nexport const id: ModelId = fromConfig;\n`,
  "wrong-provider.ts": `import type { ModelIdByProvider, OpenAIModelId } from ${from};
export const viaMap: ModelIdByProvider["openai"] = "claude-sonnet-4-5";
export const viaName: OpenAIModelId = "claude-sonnet-4-5";
`,
  "mutation.ts": `import { MODELS, Models } from ${from};
MODELS["gpt-4o"].context_window = 1;
MODELS["gpt-4o"].capabilities.tool_calling = false;
Models.GPT_4O = "gpt-4o";
`,
};

let compiled: CompilerMessage[] | undefined;

/** The diagnostics of consumer `name`; for valid.ts also every diagnostic of no consumer (options, the generated module). */
function messagesOf(name: string): CompilerMessage[] {
  compiled ??= compileFiles(Object.entries(CONSUMERS).map(([file, source]) => writeConsumer(scratch.path, file, source)));
  const own = join(scratch.path, name);
  const consumers = new Set(Object.keys(CONSUMERS).map((file) => join(scratch.path, file)));
  return compiled.filter((m) => m.file === own || (name === "valid.ts" && (m.file === undefined || !consumers.has(m.file))));
}

function errors(name: string): CompilerMessage[] {
  return errorsOf(messagesOf(name));
}

test("a consumer using valid IDs, constants and types compiles with zero diagnostics", () => {
  const messages = messagesOf("valid.ts");
  expect(describeMessages(messages)).toBe("");
});

test("a misspelt ID literal is a compile error that names the literal", () => {
  const found = errors("misspelt-literal.ts");
  expect(found).toHaveLength(1);
  // TS2322 "not assignable", or TS2820 when tsc also finds a near miss ("Did you mean ...?").
  expect([2322, 2820]).toContain(found[0]!.code);
  expect(found[0]!.text).toContain(`Type '"gpt-4o-mnii"' is not assignable to type 'ModelId'`);
  expect(found[0]!.line).toBe(2);
});

test("a misspelt constant is a compile error that names the property", () => {
  const found = errors("misspelt-constant.ts");
  expect(found).toHaveLength(1);
  // TS2339 "does not exist", or TS2551 with a "Did you mean ...?".
  expect([2339, 2551]).toContain(found[0]!.code);
  expect(found[0]!.text).toContain("Property 'GPT_4O_MNII' does not exist");
});

test("a misspelt key of MODELS is a compile error that names the key", () => {
  const found = errors("misspelt-key.ts");
  expect(found).toHaveLength(1);
  expect(found[0]!.text).toContain("Property 'gpt-4o-mnii' does not exist on type 'ModelRegistry'");
});

test("a deprecated ID where ActiveModelId is expected fails to compile, naming the ID", () => {
  const found = errors("deprecated-as-active.ts");
  expect(found.map((m) => m.line)).toEqual([5, 6]);
  for (const message of found) {
    expect([2322, 2345, 2820]).toContain(message.code);
    expect(message.text).toContain('"o1-mini"');
    expect(message.text).toContain("ActiveModelId");
  }
});

test("ModelId has no string escape hatch: an arbitrary string is not a ModelId", () => {
  const found = errors("string-escape.ts");
  expect(found).toHaveLength(1);
  expect(found[0]!.text).toContain("Type 'string' is not assignable to type 'ModelId'");
});

test("per-provider unions reject another provider's model", () => {
  const found = errors("wrong-provider.ts");
  expect(found.map((m) => m.line)).toEqual([2, 3]);
  for (const message of found) expect(message.text).toContain('"claude-sonnet-4-5"');
});

test("the registry is read-only at every depth for the type checker", () => {
  const found = errors("mutation.ts");
  expect(found.map((m) => [m.line, m.code])).toEqual([
    [2, 2540],
    [3, 2540],
    [4, 2540],
  ]);
});

test("the tsc command line, with the project's options, rejects a scratch consumer naming the misspelt ID", async () => {
  const project = join(scratch.path, "tsc-project");
  mkdirSync(project);
  writeConsumer(project, "bad.ts", `import type { ModelId } from ${from};\nexport const id: ModelId = "gpt-4o-mnii";\n`);
  // The project's options; only what locates files changes, since the consumer lives outside the project.
  const tsconfig = {
    extends: join(PROJECT_ROOT, "tsconfig.json"),
    compilerOptions: { noEmit: true, rootDir: parse(project).root, typeRoots: [join(PROJECT_ROOT, "node_modules", "@types")] },
    files: ["bad.ts"],
    include: [],
  };
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig));
  const tsc = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    execFile(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", project, "--pretty", "false"], { cwd: project }, (error, stdout) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout }),
    );
  });
  expect(tsc.code).not.toBe(0);
  expect(tsc.stdout.trim().split("\n")).toEqual([
    expect.stringMatching(/^bad\.ts\(2,14\): error TS2(322|820): Type '"gpt-4o-mnii"' is not assignable to type 'ModelId'/),
  ]);
});
