import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import * as generated from "../../generated/models.generated";

const PROJECT_ROOT = resolve(__dirname, "..", "..");
const GENERATOR_PACKAGES = ["yaml", "ajv", "ajv-formats", "typescript", "prettier", "json-schema-to-typescript", "picocolors"];

/** The runtime API the entry adds to the generated constants. */
const RUNTIME_EXPORTS = [
  "COST_HALF_SCORE_USD_PER_1M",
  "DEFAULT_MIN_CONTEXT",
  "DEPRECATED_MODEL_WARNING_CODE",
  "DeprecatedModelError",
  "InvalidArgumentError",
  "ModelRegistry",
  "ModelRegistryError",
  "ModelRemovedError",
  "PRIORITY_WEIGHTS",
  "QUALITY_WEIGHTS",
  "TASK_QUALITY_FLOORS",
  "TIER_ESTIMATE_WEIGHT",
  "BEST_QUALITY_DISTANCE",
  "UnknownModelError",
  "UnknownProviderError",
  "UnpricedUsageError",
  "UnservableUsageError",
  "availableModels",
  "blendedCostPer1M",
  "createRegistryApi",
  "checkProviderEnv",
  "estimateCost",
  "findModel",
  "getModel",
  "getProviderConfig",
  "invocationId",
  "isActiveModelId",
  "isDeprecatedModelId",
  "isModelAlias",
  "isModelId",
  "listModelIds",
  "listModels",
  "pricePer1M",
  "resolveAlias",
  "resolveBaseUrl",
  "resolveModel",
  "resolveModelId",
  "scoreEvidence",
  "selectModels",
];

// Runs in a fresh node process: records every module request, every fs call and every environment read made
// while the entry point loads, then prints them with the entry's export names.
const PROBE_IMPORT = String.raw`
const Module = require("node:module");
const fs = require("node:fs");
const [entry] = process.argv.slice(1);
const requests = [];
const fsCalls = [];
const envReads = [];
const load = Module._load;
Module._load = function (request, ...rest) { requests.push(request); return load.call(this, request, ...rest); };
for (const name of Object.keys(fs)) {
  const original = fs[name];
  if (typeof original !== "function" || !/^[a-z]/.test(name)) continue;
  fs[name] = function (...args) { fsCalls.push([name, String(args[0])]); return original.apply(this, args); };
}
const env = process.env;
process.env = new Proxy(env, { get(target, key) { envReads.push(String(key)); return target[key]; } });
const cached = new Set(Object.keys(require.cache));
const api = require(entry);
process.env = env;
const loaded = Object.keys(require.cache).filter((file) => !cached.has(file));
console.log(JSON.stringify({ requests, fsCalls, envReads, loaded, exports: Object.keys(api).sort() }));
`;

const PROBE_WARNINGS = String.raw`
const [entry] = process.argv.slice(1);
const api = require(entry);
const warnings = [];
process.on("warning", (warning) => warnings.push({ name: warning.name, code: warning.code, message: warning.message }));
api.resolveModel("gemini-2.0-pro");
api.resolveModel("gemini-2.0-pro");
api.resolveModel(api.Models.GEMINI_2_0_PRO);
api.resolveModel("gpt-5.4");
let strict;
try { api.resolveModel("gemini-2.0-pro", { strict: true }); } catch (error) { strict = error.code; }
setImmediate(() => console.log(JSON.stringify({ warnings, strict })));
`;

let outDir: string;
let compiledEntry: string;

beforeAll(async () => {
  // The entry bundled from the sources now, as scripts/build.ts bundles it (one file), so a change in src/ is
  // what is tested, not the dist/ that npm ci built before it.
  outDir = mkdtempSync(join(tmpdir(), "model-registry-entry-"));
  compiledEntry = join(outDir, "index.cjs");
  await build({
    entryPoints: [join(PROJECT_ROOT, "src", "index.ts")],
    outfile: compiledEntry,
    bundle: true,
    format: "cjs",
    platform: "neutral",
    target: "es2022",
    legalComments: "none",
    logLevel: "warning",
  });
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

test("importing the compiled entry loads only the package's own modules: no packages, no fs access, no env reads", () => {
  const report = JSON.parse(runNode(["-e", PROBE_IMPORT, compiledEntry])) as {
    requests: string[];
    fsCalls: [string, string][];
    envReads: string[];
    loaded: string[];
    exports: string[];
  };
  expect(report.requests[0]).toBe(compiledEntry);
  expect(report.requests.slice(1).filter((request) => !request.startsWith("."))).toEqual([]);
  expect(report.loaded.length).toBeGreaterThan(0);
  expect(report.loaded.filter((file) => !file.startsWith(outDir))).toEqual([]);
  // The module loader reads our compiled files through fs; nothing else may.
  expect(report.fsCalls.filter(([, path]) => !report.loaded.includes(path))).toEqual([]);
  expect(report.envReads).toEqual([]);
  expect(report.exports).toEqual([...new Set([...RUNTIME_EXPORTS, ...Object.keys(generated).filter((name) => name !== "default")])].sort());
});

test("importing the TypeScript entry through tsx loads none of the generator's packages", () => {
  const probe = String.raw`
    const Module = require("node:module");
    const requests = [];
    const load = Module._load;
    Module._load = function (request, ...rest) { requests.push(request); return load.call(this, request, ...rest); };
    require(process.argv[1]);
    const packages = Object.keys(require.cache).filter((file) => file.includes("node_modules") && !file.includes("node_modules/tsx/"));
    console.log(JSON.stringify({ requests, packages }));
  `;
  const report = JSON.parse(runNode(["-r", "tsx/cjs", "-e", probe, join(PROJECT_ROOT, "src", "index.ts")])) as {
    requests: string[];
    packages: string[];
  };
  const forbidden = (name: string) => GENERATOR_PACKAGES.some((pkg) => name === pkg || name.startsWith(`${pkg}/`) || name.includes(`node_modules/${pkg}/`));
  expect(report.requests.filter(forbidden)).toEqual([]);
  expect(report.packages.filter(forbidden)).toEqual([]);
  expect(report.requests).toContain("../generated/models.generated");
});

test("the default warning sink is process.emitWarning, once per model ID per process", () => {
  const report = JSON.parse(runNode(["--no-warnings", "-e", PROBE_WARNINGS, compiledEntry])) as {
    warnings: { name: string; code: string; message: string }[];
    strict: string;
  };
  expect(report.warnings).toEqual([
    {
      name: "DeprecationWarning",
      code: "LATTICE_MODEL_DEPRECATED",
      message: 'model "gemini-2.0-pro" is deprecated since 2025-03-25 (no shutdown date announced); use "gemini-3.8-flash" instead',
    },
  ]);
  expect(report.strict).toBe("MODEL_DEPRECATED");
});
