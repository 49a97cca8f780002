/**
 * The package as another repository gets it, end to end and for real: packed to a tarball, cloned from git and
 * linked from a local path, installed into fresh apps, `init` and `generate` run there on the app's own YAML, consumer code compiled with
 * the real TypeScript compiler (a misspelt ID fails with its diagnostic) and run under `require` and `import`,
 * the production install and the one-lookup bundle measured. Slow (npm installs): `npm run test:package`, which
 * CI runs after `npm test`. The figures are printed and written to test/.tmp/package-figures.json.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";

const REPO_ROOT = resolve(__dirname, "../..");
const TSC = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
const ATTW = join(REPO_ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
const VITE = join(REPO_ROOT, "node_modules", "vite", "bin", "vite.js");
const TSX = join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const KB = 1024;
const figures: Record<string, number | string> = {};

/** npm's own variables from `npm run` would leak this repo's settings into the fresh apps. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("npm_")) delete env[key];
  delete env.FORCE_COLOR;
  return env;
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8" });
}

function ok(result: SpawnSyncReturns<string>): string {
  if (result.status !== 0) throw new Error(`exit ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const NPM_QUIET = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

function newApp(work: string, name: string, extra: Record<string, unknown> = {}): string {
  const app = join(work, name);
  mkdirSync(join(app, "src"), { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true, ...extra }, null, 2) + "\n");
  return app;
}

function treeSize(directory: string): number {
  let total = 0;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) total += statSync(path).size;
    }
  };
  try {
    walk(directory);
  } catch {
    return 0;
  }
  return total;
}

function installedPackages(app: string): string[] {
  // npm writes no hidden lock file when it installed nothing.
  if (!statSync(join(app, "node_modules"), { throwIfNoEntry: false })?.isDirectory()) return [];
  if (!statSync(join(app, "node_modules", ".package-lock.json"), { throwIfNoEntry: false })) return [];
  const lock = JSON.parse(readFileSync(join(app, "node_modules", ".package-lock.json"), "utf8")) as { packages?: Record<string, unknown> };
  return Object.keys(lock.packages ?? {});
}

/** `source` written to `entry` and bundled by esbuild as an app would ship it: ESM, minified. */
function minifiedBundle(entry: string, source: string): string {
  writeFileSync(entry, source);
  const result = buildSync({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "node", write: false, logLevel: "silent" });
  return result.outputFiles[0]!.text;
}

/** Typed use of the app's own registry: the runtime API as typed by the app's unions. */
const CONSUMER_TS = `import { estimateCost, getModel, isModelId, listModels, Models, resolveModel, selectModels, type ModelId } from "./generated/models.generated.js";
const id: ModelId = Models.GPT_6_LUNA;
export const contextWindow: number = getModel(id).context_window;
export const sonnet: "anthropic" = getModel("claude-sonnet-5-5").provider;
export const openaiIds: ("gpt-6.2-sol" | "gpt-6-luna")[] = listModels({ providers: "openai" }).map((model) => model.id);
export const cost: number = estimateCost("gpt-6-luna", { inputTokens: 1000, outputTokens: 100 }).usd;
export const best: ModelId | undefined = selectModels({ priority: "cost" }).candidates[0]?.id;
export const checked: boolean = isModelId("x") && resolveModel("gpt-6.2-sol").status === "production";
`;

const RUN_LOOKUP = (specifier: string) =>
  `const m = ${specifier}; const model = m.getModel("claude-haiku-5-5"); ` +
  `let unknown; try { m.getModel("claude-haiku-5-6"); } catch (error) { unknown = error.name + ": " + error.message; } ` +
  `console.log(JSON.stringify({ name: model.display_name, frozen: Object.isFrozen(model), ids: m.MODEL_IDS.length, unknown }));`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "model-registry-install-"));
});
afterAll(() => {
  mkdirSync(join(REPO_ROOT, "test", ".tmp"), { recursive: true });
  writeFileSync(join(REPO_ROOT, "test", ".tmp", "package-figures.json"), JSON.stringify(figures, null, 2) + "\n");
  process.stdout.write(`package figures: ${JSON.stringify(figures)}\n`);
  rmSync(work, { recursive: true, force: true });
});

describe("installed from a tarball", () => {
  let app: string;
  let tarball: string;

  beforeAll(() => {
    // dist/ is current: npm ci built it through `prepare` (and CI runs this after npm test), so packing skips scripts.
    const packed = JSON.parse(ok(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], REPO_ROOT))) as Array<{
      filename: string;
      size: number;
      unpackedSize: number;
    }>;
    tarball = join(work, packed[0]!.filename);
    figures.tarballKB = Math.round(packed[0]!.size / KB);
    app = newApp(work, "tarball-app");
    ok(run("npm", ["install", "--save-dev", ...NPM_QUIET, tarball], app));
  }, 300_000);

  test("installed as a devDependency: its size and package count, with and without prettier", () => {
    const installed = installedPackages(app).filter((path) => path.startsWith("node_modules/"));
    const total = treeSize(join(app, "node_modules"));
    figures.devInstallPackages = installed.length;
    figures.devInstallKB = Math.round(total / KB);
    figures.devInstallWithoutPrettierKB = Math.round((total - treeSize(join(app, "node_modules", "prettier"))) / KB);
    // Issue 26: at most 25 MiB. 2026-12-07: 39.6 MiB / 34 packages with ts-morph (its own TypeScript inside),
    // 24.4 MiB / 26 packages on the compiler API of the app's own typescript (an optional peer dependency);
    // prettier is 10.9 MiB of that.
    expect(figures.devInstallKB).toBeLessThanOrEqual(25 * KB);
  });

  test("init writes a starter registry, config and script; generate then succeeds with correct next steps", () => {
    const init = ok(run("npx", ["model-registry", "init"], app));
    expect(init).toContain("wrote models/model_registry.yaml");
    expect(init).toContain("npm run generate");
    const registry = readFileSync(join(app, "models", "model_registry.yaml"), "utf8");
    // The $schema header resolves to the installed schema, so editors complete and validate.
    expect(registry.split("\n")[0]).toBe("# yaml-language-server: $schema=../node_modules/@lattice-lock/model-registry/schema/model_registry.schema.json");
    expect(statSync(join(app, "node_modules/@lattice-lock/model-registry/schema/model_registry.schema.json")).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(join(app, "package.json"), "utf8")).scripts.generate).toBe("model-registry generate");
    const generated = run("npm", ["run", "--silent", "generate"], app);
    expect(generated.stderr).toBe("");
    expect(generated.stdout).toContain("wrote src/generated/models.generated.js");
    expect(generated.status).toBe(0);
    // The banner names this project's command, not the package's own scripts.
    expect(readFileSync(join(app, "src/generated/models.generated.d.ts"), "utf8")).toContain("Regenerate: npm run generate");
    expect(ok(run("npx", ["model-registry", "check"], app))).toContain("up to date");
  }, 120_000);

  // `npm install typescript` gives TypeScript 7 since 2026: its package exports its version alone, no compiler API.
  test("usages without a typescript, then with TypeScript 7's package: exit 2, saying what to install", () => {
    const missing = run("npx", ["model-registry", "usages"], app);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining("no `typescript` package can be found from here")]);
    const typescript = join(app, "node_modules", "typescript");
    cpSync(join(REPO_ROOT, "node_modules", "typescript-7"), typescript, { recursive: true });
    try {
      const native = run("npx", ["model-registry", "usages"], app);
      expect([native.status, native.stderr]).toEqual([2, expect.stringContaining("the `typescript` found here (7.0.2) has none")]);
      expect(native.stderr).toContain("hint: npm install --save-dev typescript@5");
      expect(native.stderr).not.toMatch(/internal error| {4}at /);
    } finally {
      rmSync(typescript, { recursive: true, force: true });
    }
  }, 120_000);

  test("a project's first generate compiles no schema: the bundled schema's validator and types come with the package", () => {
    rmSync(join(app, "node_modules/.cache"), { recursive: true, force: true });
    const main = join(app, "node_modules/@lattice-lock/model-registry/dist/src/cli/main.js");
    const probe = `const { runCli } = require(${JSON.stringify(main)});
      const quiet = { write: () => true };
      runCli(["generate", "--out", "probe-out"], { stdout: quiet, stderr: quiet, env: {}, cwd: process.cwd() })
        .then((code) => console.log(JSON.stringify({ code, modules: Object.keys(require.cache) })));`;
    const { code, modules } = JSON.parse(ok(run(process.execPath, ["-e", probe], app))) as { code: number; modules: string[] };
    expect(code).toBe(0);
    expect(modules.some((file) => file.endsWith("/dist/src/generator/generate.js"))).toBe(true);
    expect(modules.filter((file) => file.endsWith("/node_modules/ajv/dist/ajv.js") || file.includes("/json-schema-to-typescript/dist/"))).toEqual([]);
    rmSync(join(app, "probe-out"), { recursive: true, force: true });
  }, 60_000);

  test("a registry extending the installed catalogue: a negotiated price overrides the shipped one, the docs say so", () => {
    mkdirSync(join(app, "company"), { recursive: true });
    writeFileSync(
      join(app, "company", "models.yaml"),
      'version: 2\nextends: "@lattice-lock/model-registry"\noverrides:\n  models:\n    - id: gpt-6-luna\n      pricing: { input: 0.05, output: 0.4 }\n',
    );
    ok(run("npx", ["model-registry", "generate", "--registry", "company/models.yaml", "--out", "company/generated", "--docs"], app));
    const price = ok(
      run(
        process.execPath,
        [
          "-e",
          'const m = require("./company/generated/models.generated.js"); console.log(JSON.stringify([m.getModel("gpt-6-luna").pricing.input, m.MODEL_IDS.length > 100]))',
        ],
        app,
      ),
    );
    expect(JSON.parse(price)).toEqual([0.05, true]);
    expect(readFileSync(join(app, "company", "models.md"), "utf8")).toMatch(/pricing\.input.*overridden in/);
  }, 120_000);

  test("the typed runtime API compiles over the app's registry; a misspelt ID is a compile error", () => {
    writeFileSync(join(app, "src", "use.ts"), CONSUMER_TS);
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          isolatedDeclarations: true,
          declaration: true,
        },
        include: ["src"],
      }),
    );
    const good = run(process.execPath, [TSC, "-p", "."], app);
    expect(good.stdout + good.stderr).toBe("");
    writeFileSync(join(app, "src", "bad.ts"), 'import { getModel } from "./generated/models.generated.js";\nexport const m = getModel("claude-haiku-5-6");\n');
    const bad = run(process.execPath, [TSC, "-p", "."], app);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("src/bad.ts(2,");
    expect(bad.stdout).toContain('"claude-haiku-5-6"');
    rmSync(join(app, "src", "bad.ts"));
  }, 120_000);

  test("the generated module runs under require and under import", () => {
    const expected = {
      name: "Claude Haiku 5.5",
      frozen: true,
      ids: 4,
      unknown: 'UnknownModelError: unknown model "claude-haiku-5-6"; did you mean "claude-haiku-5-5"?',
    };
    const required = ok(run(process.execPath, ["-e", RUN_LOOKUP('require("./src/generated/models.generated.js")')], app));
    expect(JSON.parse(required)).toEqual(expected);
    const imported = ok(
      run(process.execPath, ["--input-type=module", "-e", `import * as ns from "./src/generated/models.generated.js"; ${RUN_LOOKUP("ns")}`], app),
    );
    expect(JSON.parse(imported)).toEqual(expected);
  });

  test("ESM output: one lookup bundles small, one provider's constants bundle without the others'", () => {
    ok(run("npx", ["model-registry", "generate", "--language", "js", "--format", "esm", "--out", "src/esm"], app));
    expect(readdirSync(join(app, "src/esm")).sort()).toEqual([
      "model-registry-runtime.d.mts",
      "model-registry-runtime.mjs",
      "models.generated.anthropic.d.mts",
      "models.generated.anthropic.mjs",
      "models.generated.d.mts",
      "models.generated.mjs",
      "models.generated.openai.d.mts",
      "models.generated.openai.mjs",
    ]);
    const bundle = (source: string): string => minifiedBundle(join(app, "src", "entry.mjs"), source);
    const lookup = bundle('import { getModel } from "./esm/models.generated.mjs";\nconsole.log(getModel("gpt-6-luna").display_name);\n');
    const imported = ok(
      run(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          'import * as m from "./src/esm/models.generated.mjs"; console.log(JSON.stringify([m.MODELS, m.PROVIDERS, m.MODEL_ALIASES]).length)',
        ],
        app,
      ),
    );
    const dataBytes = Number(imported.trim());
    figures.oneLookupBundleKB = Number((lookup.length / KB).toFixed(1));
    figures.registryDataKB = Number((dataBytes / KB).toFixed(1));
    figures.oneLookupBundleMinusDataKB = Number(((lookup.length - dataBytes) / KB).toFixed(1));
    expect(lookup.length - dataBytes).toBeLessThanOrEqual(15 * KB);
    const constants = bundle('import { OpenAIModels } from "./esm/models.generated.mjs";\nconsole.log(OpenAIModels.GPT_6_LUNA);\n');
    figures.oneProviderConstantsBundleBytes = constants.length;
    expect(constants).toContain("gpt-6-luna");
    expect(constants).not.toContain("claude-haiku-5-5");
    expect(constants).not.toContain("context_window");
  });

  test("the package's own entry points: the shipped registry under require and import, types for both; generate() from code", () => {
    const cjs = ok(
      run(
        process.execPath,
        [
          "-e",
          RUN_LOOKUP('require("@lattice-lock/model-registry")')
            .replace(/claude-haiku-5-6/g, "gpt-6-lunaa")
            .replace("claude-haiku-5-5", "gpt-6-luna"),
        ],
        app,
      ),
    );
    const esm = ok(
      run(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `import * as ns from "@lattice-lock/model-registry"; ${RUN_LOOKUP("ns")
            .replace(/claude-haiku-5-6/g, "gpt-6-lunaa")
            .replace("claude-haiku-5-5", "gpt-6-luna")}`,
        ],
        app,
      ),
    );
    expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
    expect(JSON.parse(cjs).name).toBe("GPT-6 Luna");
    const types = join(app, "types-check");
    mkdirSync(types, { recursive: true });
    writeFileSync(
      join(types, "a.mts"),
      'import { getModel, type ModelId } from "@lattice-lock/model-registry";\nimport { createRegistryApi } from "@lattice-lock/model-registry/runtime";\nexport const id: ModelId = "gpt-6-luna";\nexport const n: number = getModel(id).context_window;\nexport const api = createRegistryApi;\n',
    );
    writeFileSync(
      join(types, "b.cts"),
      'import { getModel, type ModelId } from "@lattice-lock/model-registry";\nimport { generate } from "@lattice-lock/model-registry/generator";\nexport const id: ModelId = "gpt-6-luna";\nexport const n: number = getModel(id).context_window;\nexport const g = generate;\n',
    );
    writeFileSync(
      join(types, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "ES2022",
          // The generator API is a Node tool, typed with Node's types as the app has them (here: this repo's @types/node).
          typeRoots: [join(REPO_ROOT, "node_modules", "@types")],
          types: ["node"],
        },
        include: ["*.mts", "*.cts"],
      }),
    );
    const checked = run(process.execPath, [TSC, "-p", "."], types);
    expect(checked.stdout + checked.stderr).toBe("");
    const programmatic = ok(
      run(
        process.execPath,
        [
          "-e",
          'require("@lattice-lock/model-registry/generator").validate({ cwd: process.cwd(), registryPath: "models/model_registry.yaml" }).then((r) => console.log(JSON.stringify({ ok: r.ok, files: r.files.length })))',
        ],
        app,
      ),
    );
    expect(JSON.parse(programmatic)).toEqual({ ok: true, files: 0 });
  }, 120_000);

  test("are the types wrong: every entry point resolves with types under node16 from CJS and ESM, and bundler", () => {
    // node10 cannot see subpath exports at all; --profile node16 leaves it out, as attw's docs suggest for exports-only packages.
    const attw = run(process.execPath, [ATTW, tarball, "--profile", "node16", "--format", "json"], work);
    const report = JSON.parse(attw.stdout) as { analysis: { problems: Array<{ resolutionKind?: string }>; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems.filter((problem) => problem.resolutionKind !== "node10")).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([".", "./generator", "./package.json", "./runtime", "./schema.json"]);
    expect(attw.status).toBe(0);
  }, 120_000);

  test("production install: npm ci --omit=dev installs nothing, and the app still runs", () => {
    rmSync(join(app, "node_modules"), { recursive: true, force: true });
    ok(run("npm", ["ci", "--omit=dev", ...NPM_QUIET], app));
    const packages = installedPackages(app).filter((path) => path.startsWith("node_modules/"));
    figures.productionPackages = packages.length;
    figures.productionKB = Math.round(treeSize(join(app, "node_modules")) / KB);
    expect(figures.productionKB).toBeLessThanOrEqual(300);
    const required = ok(run(process.execPath, ["-e", RUN_LOOKUP('require("./src/generated/models.generated.js")')], app));
    expect(JSON.parse(required).name).toBe("Claude Haiku 5.5");
  }, 120_000);
});

/** An app's entry point: the registry's module, one provider's module, a cost estimate. */
const APP_MAIN_TS = `import { estimateCost, getModel, Models, type ModelId } from "./generated/models.generated.js";
import * as OpenAI from "./generated/models.generated.openai.js";
const id: ModelId = Models.CLAUDE_HAIKU_5_5;
console.log(JSON.stringify({ name: getModel(id).display_name, openai: OpenAI.MODEL_IDS.length, usd: estimateCost(id, { inputTokens: 1000, outputTokens: 100 }).usdExact }));
`;

const TSCONFIG = (module: "commonjs" | "nodenext") =>
  JSON.stringify({
    compilerOptions: { target: "ES2022", module, strict: true, outDir: "dist", rootDir: "src", skipLibCheck: true, types: [] },
    include: ["src"],
  });

/** A fresh TypeScript app with the package installed from `source`, a tsconfig, init and generate done. */
function typescriptApp(name: string, source: string, module: "commonjs" | "nodenext"): string {
  const app = newApp(work, name, module === "nodenext" ? { type: "module" } : {});
  writeFileSync(join(app, "tsconfig.json"), TSCONFIG(module));
  ok(run("npm", ["install", "--save-dev", ...NPM_QUIET, source], app));
  ok(run("npx", ["model-registry", "init"], app));
  const generated = ok(run("npm", ["run", "--silent", "generate"], app));
  expect(generated).toContain("wrote src/generated/models.generated.ts");
  writeFileSync(join(app, "src", "main.ts"), APP_MAIN_TS);
  return app;
}

/** What every build of APP_MAIN_TS prints, whatever built it. */
function expectAppOutput(output: string): void {
  expect(JSON.parse(output)).toEqual({ name: "Claude Haiku 5.5", openai: 2, usd: expect.stringMatching(/^0\.\d+$/) });
}

/** A plain tsc build with outDir: the generated TypeScript is emitted with the app, and dist/ runs. */
function expectTscBuildRuns(app: string): void {
  expect(run(process.execPath, [TSC, "-p", "."], app).stdout).toBe("");
  expectAppOutput(ok(run(process.execPath, ["dist/main.js"], app)));
}

describe("fresh TypeScript apps build and run with their own tools (tarball install)", () => {
  let tarball: string;
  let commonJsApp: string;
  beforeAll(() => {
    const packed = JSON.parse(ok(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], REPO_ROOT))) as Array<{ filename: string }>;
    tarball = join(work, packed[0]!.filename);
    commonJsApp = typescriptApp("cjs-app", tarball, "commonjs");
  }, 300_000);

  test("tsc, CommonJS", () => expectTscBuildRuns(commonJsApp), 120_000);

  test("tsc, ESM (nodenext)", () => expectTscBuildRuns(typescriptApp("esm-app", tarball, "nodenext")), 300_000);

  test("esbuild bundle", () => {
    buildSync({
      entryPoints: [join(commonJsApp, "src", "main.ts")],
      bundle: true,
      platform: "node",
      outfile: join(commonJsApp, "esbuild", "main.js"),
      logLevel: "silent",
    });
    expectAppOutput(ok(run(process.execPath, ["esbuild/main.js"], commonJsApp)));
  }, 120_000);

  test("vite (SSR build of the entry)", () => {
    ok(run(process.execPath, [VITE, "build", "--ssr", "src/main.ts", "--outDir", "vite-dist", "--logLevel", "error"], commonJsApp));
    // Vite writes an SSR build as ESM: main.mjs in a CommonJS package.
    const entry = readdirSync(join(commonJsApp, "vite-dist")).find((name) => /^main\.m?js$/.test(name))!;
    expectAppOutput(ok(run(process.execPath, [join("vite-dist", entry)], commonJsApp)));
  }, 120_000);

  test("one provider's module of the installed catalogue bundles that provider's data alone", () => {
    const catalogue = "node_modules/@lattice-lock/model-registry/models/model_registry.yaml";
    ok(run("npx", ["model-registry", "generate", "--registry", catalogue, "--out", "src/catalogue"], commonJsApp));
    const bundle = (source: string): string => minifiedBundle(join(commonJsApp, "src", "one-lookup.ts"), source);
    const openai = bundle('import { getModel } from "./catalogue/models.generated.openai.js";\nconsole.log(getModel("gpt-4o").display_name);\n');
    const whole = bundle('import { getModel } from "./catalogue/models.generated.js";\nconsole.log(getModel("gpt-4o").display_name);\n');
    figures.openaiOneLookupBundleKB = Number((openai.length / KB).toFixed(1));
    figures.catalogueOneLookupBundleKB = Number((whole.length / KB).toFixed(1));
    // The bundle grows with OpenAI's own entries (61 on 2026-12-07, with their benchmark citations): the bound is on
    // what is not that data (runtime code and the provider table), and the split must keep it a small part of the whole.
    const openaiData = openai
      .split("\n")
      .filter((line) => line.startsWith('["'))
      .reduce((sum, line) => sum + line.length + 1, 0);
    figures.openaiOneLookupBundleMinusDataKB = Number(((openai.length - openaiData) / KB).toFixed(1));
    expect(openai.length - openaiData).toBeLessThanOrEqual(24 * KB);
    expect(openai.length).toBeLessThan(whole.length / 4);
    expect(openai).toContain('["gpt-4o",');
    expect(openai).not.toContain('["claude-');
    expect(whole).toContain('["claude-');
  }, 120_000);

  test("tsx runs the source", () => {
    expectAppOutput(ok(run(process.execPath, [TSX, "src/main.ts"], commonJsApp)));
  }, 120_000);
});

/** `init`, then `npm run generate`, then one lookup in the generated module: what every install must allow. */
function expectInitGenerateAndLookup(app: string): void {
  ok(run("npx", ["model-registry", "init"], app));
  const generated = ok(run("npm", ["run", "--silent", "generate"], app));
  expect(generated).toContain("wrote src/generated/models.generated.d.ts");
  const required = ok(run(process.execPath, ["-e", RUN_LOOKUP('require("./src/generated/models.generated.js")')], app));
  expect(JSON.parse(required).name).toBe("Claude Haiku 5.5");
}

describe("installed from git", () => {
  test("npm builds it through prepare; init and generate work on the app's own registry", () => {
    const app = newApp(work, "git-app");
    const started = Date.now();
    ok(run("npm", ["install", "--save-dev", ...NPM_QUIET, `git+file://${REPO_ROOT}`], app));
    figures.gitInstallSeconds = Math.round((Date.now() - started) / 1000);
    const installed = join(app, "node_modules/@lattice-lock/model-registry");
    for (const built of ["dist/index.cjs", "dist/index.mjs", "dist/runtime/model-registry-runtime.cjs", "dist/scripts/model-registry.js"]) {
      expect(statSync(join(installed, built)).isFile()).toBe(true);
    }
    expectInitGenerateAndLookup(app);
    // The same install as a TypeScript app: generate writes TypeScript beside its tsconfig, tsc builds, dist/ runs.
    writeFileSync(join(app, "tsconfig.json"), TSCONFIG("commonjs"));
    expect(ok(run("npm", ["run", "--silent", "generate"], app))).toContain("wrote src/generated/models.generated.ts");
    writeFileSync(join(app, "src", "main.ts"), APP_MAIN_TS);
    expectTscBuildRuns(app);
  }, 600_000);
});

describe("installed from the release branch", () => {
  test("a plain download: no build, no devDependency; init, generate and a tsc build work", () => {
    // The branch `npm run release:branch` writes, made in a bare clone so the checkout's own refs are untouched.
    const origin = join(work, "origin.git");
    ok(run("git", ["clone", "--quiet", "--bare", REPO_ROOT, origin], work));
    const written = ok(run(process.execPath, [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/release-branch.ts", "--into", origin], REPO_ROOT));
    expect(written).toMatch(/^release -> [0-9a-f]{40} \(\d+ files\)$/m);
    const released = JSON.parse(ok(run("git", ["--git-dir", origin, "show", "release:package.json"], work))) as Record<string, unknown>;
    expect([released.scripts, released.devDependencies]).toEqual([undefined, undefined]);
    // The same checkout gives the same commit: writing it again changes nothing.
    expect(ok(run(process.execPath, [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/release-branch.ts", "--into", origin], REPO_ROOT))).toBe(
      written,
    );

    const app = newApp(work, "release-app");
    const started = Date.now();
    ok(run("npm", ["install", "--save-dev", ...NPM_QUIET, `git+file://${origin}#release`], app));
    figures.releaseBranchInstallSeconds = Math.round((Date.now() - started) / 1000);
    const installedPackages = readdirSync(join(app, "node_modules"), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && !entry.name.startsWith("."),
    );
    expect(installedPackages.map((entry) => entry.name)).not.toContain("jest");
    expectInitGenerateAndLookup(app);
    writeFileSync(join(app, "tsconfig.json"), TSCONFIG("commonjs"));
    expect(ok(run("npm", ["run", "--silent", "generate"], app))).toContain("wrote src/generated/models.generated.ts");
    writeFileSync(join(app, "src", "main.ts"), APP_MAIN_TS);
    expectTscBuildRuns(app);
  }, 600_000);
});

describe("installed from a local path", () => {
  test("npm links the checkout (its built dist/); init and generate work on the app's own registry", () => {
    const app = newApp(work, "path-app");
    ok(run("npm", ["install", "--save-dev", ...NPM_QUIET, REPO_ROOT], app));
    expectInitGenerateAndLookup(app);
  }, 300_000);
});
