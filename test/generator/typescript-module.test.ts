/**
 * The generated module as TypeScript (`language: ts`, the default where a tsconfig.json governs the output): an app's
 * plain `tsc` build emits it with the app's own code, so `tsc -p . && node dist/main.js` runs, in CommonJS and ESM.
 * The module meets strict compiler options without its `@ts-nocheck`; its data is one entry per line; a bundle of one
 * provider's registry holds no other provider's models. Apps are built with the real compiler (TypeScript 7) and esbuild.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { parse } from "yaml";
import { generate } from "../../src/generator/generate";
import { PROJECT_ROOT, temporaryDirectory } from "../helpers/typescript";

// The compiler a new app installs today (`npm install typescript`: 7.x, native), about six times faster here than
// 5.9 on these apps. Builds with 5.9 are run by test/package/install.test.ts, and the compile tests (test/compile/)
// type-check consumers through 5.9's compiler API.
const TSC = join(PROJECT_ROOT, "node_modules", "typescript-7", "bin", "tsc");
const REGISTRY = join(PROJECT_ROOT, "models", "model_registry.yaml");
const AS_OF = "2026-12-01";

const MAIN_TS = `import { getModel, Models, MODEL_IDS, type ModelId } from "./generated/models.generated.js";
import * as OpenAI from "./generated/models.generated.openai.js";
const id: ModelId = Models.GPT_4O;
console.log(JSON.stringify({ window: getModel(id).context_window, openai: OpenAI.getModel("gpt-4o").provider, frozen: Object.isFrozen(getModel(id)), ids: MODEL_IDS.length }));
`;

interface App {
  dir: string;
  remove: () => void;
}

function newApp(name: string, manifest: Record<string, unknown>, compilerOptions: Record<string, unknown>): App {
  const { path: dir, remove } = temporaryDirectory(`model-registry-${name}`);
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, ...manifest }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", strict: true, outDir: "dist", rootDir: "src", skipLibCheck: true, types: [], ...compilerOptions },
      include: ["src"],
    }),
  );
  writeFileSync(join(dir, "src", "main.ts"), MAIN_TS);
  return { dir, remove };
}

async function generateInto(app: App, extra: Parameters<typeof generate>[0] = {}) {
  const result = await generate({ cwd: app.dir, registryPath: REGISTRY, outDir: join(app.dir, "src", "generated"), asOf: AS_OF, cache: false, ...extra });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result;
}

function tsc(dir: string, ...args: string[]): string {
  const run = spawnSync(process.execPath, [TSC, "-p", dir, ...args], { encoding: "utf8" });
  return run.stdout + run.stderr;
}

const expected = (ids: number) => ({ window: 128000, openai: "openai", frozen: true, ids });

/**
 * A two-provider registry (gpt-4o among its three models), for what does not depend on the data: the module format
 * of an app's build, the set of files a language switch leaves. The shipped registry's TypeScript module is compiled
 * under strict options and compared with its JavaScript module below.
 */
const SMALL = { registryPath: join(PROJECT_ROOT, "test/fixtures/cli/small/model_registry.yaml") };
const SMALL_MODEL_COUNT = (parse(readFileSync(SMALL.registryPath, "utf8")) as { models: unknown[] }).models.length;

describe.each([
  ["CommonJS", {}, { module: "commonjs" }],
  ["ESM (nodenext)", { type: "module" }, { module: "nodenext", moduleResolution: "nodenext" }],
])("a plain tsc build of a %s app", (_name, manifest, compilerOptions) => {
  let app: App;
  beforeAll(() => {
    app = newApp("tsc-app", manifest, compilerOptions);
  });
  afterAll(() => app.remove());

  test("generate writes TypeScript by default beside a tsconfig.json; tsc emits it with the app; node runs the output", async () => {
    const result = await generateInto(app, SMALL);
    const written = result.written.map((path) => path.split("/").pop()!);
    expect(written.filter((name) => !/^models\.generated\.[a-z-]+\.ts$/.test(name)).sort()).toEqual(["model-registry-runtime.ts", "models.generated.ts"]);
    expect(written).toContain("models.generated.openai.ts");
    expect(tsc(app.dir)).toBe("");
    const output = execFileSync(process.execPath, [join(app.dir, "dist", "main.js")], { encoding: "utf8" });
    expect(JSON.parse(output)).toEqual(expected(SMALL_MODEL_COUNT));
  }, 120_000);
});

describe("the TypeScript module", () => {
  let app: App;
  beforeAll(async () => {
    app = newApp("strict-app", { type: "module" }, { module: "nodenext", moduleResolution: "nodenext", noEmit: true });
    await generateInto(app);
  });
  afterAll(() => app.remove());

  test("the registry's and the providers' modules meet strict options without their @ts-nocheck (the runtime keeps it)", () => {
    const generated = join(app.dir, "src", "generated");
    const modules = readdirSync(generated).filter((name) => name.startsWith("models.generated."));
    expect(modules.length).toBeGreaterThan(2);
    const texts = modules.map((name) => [join(generated, name), readFileSync(join(generated, name), "utf8")] as const);
    for (const [path, text] of texts) {
      expect(text.split("\n").filter((line) => line === "// @ts-nocheck")).toHaveLength(1);
      writeFileSync(path, text.replace("\n// @ts-nocheck\n", "\n"));
    }
    const strict = ["--strict", "--noUnusedLocals", "--noUnusedParameters", "--exactOptionalPropertyTypes", "--noUncheckedIndexedAccess"];
    expect(tsc(app.dir, ...strict, "--declaration", "--isolatedDeclarations", "--noImplicitOverride", "--noPropertyAccessFromIndexSignature")).toBe("");
    for (const [path, text] of texts) writeFileSync(path, text);
  }, 120_000);

  test("a misspelt model ID is a compile error in the app", () => {
    writeFileSync(join(app.dir, "src", "bad.ts"), 'import { getModel } from "./generated/models.generated.js";\nexport const m = getModel("gpt-4o-mnii");\n');
    const output = tsc(app.dir);
    expect(output).toContain("src/bad.ts(2,");
    expect(output).toContain("TS2345");
    expect(output).toContain('"gpt-4o-mnii"');
  }, 120_000);

  test("holds the same data as the JavaScript module of the same registry", async () => {
    const js = temporaryDirectory("model-registry-js");
    try {
      await generate({ cwd: js.path, registryPath: REGISTRY, outDir: js.path, asOf: AS_OF, cache: false, language: "js" });
      const bundled = buildSync({
        entryPoints: [join(app.dir, "src", "generated", "models.generated.ts")],
        bundle: true,
        format: "cjs",
        platform: "node",
        write: false,
      });
      const fromTs = evaluate(bundled.outputFiles[0]!.text);
      const fromJs = require(join(js.path, "models.generated.js")) as Record<string, unknown>;
      for (const name of ["MODELS", "MODEL_IDS", "PROVIDERS", "PROVIDER_IDS", "MODEL_ALIASES", "Models", "OpenAIModels"])
        expect(fromTs[name]).toEqual(fromJs[name]);
    } finally {
      js.remove();
    }
  }, 120_000);

  test("a bundle of one provider's registry holds that provider's models and no other's", () => {
    const entry = join(app.dir, "src", "entry.ts");
    writeFileSync(entry, 'import { getModel } from "./generated/models.generated.openai.js";\nconsole.log(getModel("gpt-4o").display_name);\n');
    const text = buildSync({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "node", write: false }).outputFiles[0]!.text;
    const dataLines = text.split("\n").filter((line) => line.startsWith('["'));
    const providers = new Set(dataLines.map((line) => (JSON.parse(line) as [string, { provider?: string }])[1].provider));
    expect(providers).toEqual(new Set(["openai", undefined])); // OpenAI's models, and the provider table
    expect(dataLines.some((line) => line.startsWith('["gpt-4o",'))).toBe(true);
    // The bundle grows with the provider's own entries (60 OpenAI models and their benchmark citations on 2026-12-07:
    // 48.5 KB in all), so the bound is on what is not data: the runtime code the lookup pulls in and the provider table.
    const modelData = dataLines.filter((line) => (JSON.parse(line) as [string, { provider?: string }])[1].provider === "openai");
    const notData = text.length - modelData.reduce((sum, line) => sum + line.length + 1, 0);
    expect(notData).toBeLessThanOrEqual(24 * 1024);
  });
});

describe("switching the language of an output directory", () => {
  test("the other language's generated files are removed (bundlers would still find an old .js), a foreign file is kept", async () => {
    const app = newApp("switch-app", {}, { module: "commonjs" });
    try {
      await generateInto(app, { ...SMALL, language: "js" });
      const generated = join(app.dir, "src", "generated");
      expect(existsSync(join(generated, "models.generated.js"))).toBe(true);
      writeFileSync(join(generated, "model-registry-runtime.mjs"), "export const mine = 1;\n");
      const check = await generate({ cwd: app.dir, ...SMALL, outDir: generated, asOf: AS_OF, cache: false, mode: "check" });
      const javascriptSet = readdirSync(generated)
        .filter((name) => name !== "model-registry-runtime.mjs")
        .sort();
      expect(javascriptSet).toEqual(
        expect.arrayContaining([
          "model-registry-runtime.d.ts",
          "model-registry-runtime.js",
          "models.generated.d.ts",
          "models.generated.js",
          "models.generated.openai.js",
        ]),
      );
      expect(
        check.stale
          .filter((file) => file.state === "obsolete")
          .map((file) => file.path.split("/").pop())
          .sort(),
      ).toEqual(javascriptSet);
      const result = await generateInto(app, SMALL);
      expect(result.removed?.map((path) => path.split("/").pop()).sort()).toEqual(javascriptSet);
      expect(readdirSync(generated).every((name) => name.endsWith(".ts") || name === "model-registry-runtime.mjs")).toBe(true);
      expect(existsSync(join(generated, "models.generated.js"))).toBe(false);
      expect(readFileSync(join(generated, "model-registry-runtime.mjs"), "utf8")).toBe("export const mine = 1;\n");
    } finally {
      app.remove();
    }
  }, 120_000);
});

function evaluate(commonJs: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", commonJs)(module, module.exports, require);
  return module.exports;
}
