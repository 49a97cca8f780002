/**
 * `npm run bench`: generation, type-check, editor and import cost from 63 to 20,000 models, beside the
 * alternatives, in one run. Prints a table and writes JSON to bench/results/. Options:
 *   --sizes 63,1000    model counts (default 63,1000,5000,20000)
 *   --reps 3           repetitions (20,000 runs at most 2)
 *   --no-ts7           skip the native TypeScript 7 compiler check
 *   --litellm FILE     the LiteLLM price list to convert (default: the pinned copy in data/sources/)
 *   --no-cli           skip the whole-process CLI runs (compiled bin after an edit and from scratch, no-op,
 *                      --version, tsx)
 *   --refresh-only     only `refresh --check` over the pinned file and package sources (docs/benchmark.md)
 *   --catalogue-only   only the catalogue page in Chromium: time to interactive, search/filter/sort latency
 *   --no-catalogue     skip the catalogue page
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import * as ts from "typescript";
import { measureCataloguePages } from "../bench/catalogue";
import { measureCliRuns } from "../bench/cli-runs";
import { measureRefreshCheck } from "../bench/refresh-check";
import { litellmRegistryYaml } from "../bench/litellm";
import { syntheticRegistryYaml } from "../bench/synthetic";

const ROOT = resolve(__dirname, "..");
const TSX_CLI = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const TSC_5 = join(ROOT, "node_modules/typescript/lib/tsc.js");
const TS7_PREFIX = join(tmpdir(), "ts7");
/** `--litellm FILE` (a full price list, say), else the pinned copy the audit reads (package.json `modelRegistry.audit.sources`). */
function litellmList(): string | undefined {
  const given = option("litellm", "");
  if (given) return resolve(given);
  const pinned = (
    JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { modelRegistry?: { audit?: { sources?: string[] } } }
  ).modelRegistry?.audit?.sources?.find((source) => source.startsWith("litellm="));
  return pinned ? join(ROOT, pinned.slice("litellm=".length)) : undefined;
}

interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: values.length };
}

const round = (value: number) => Math.round(value * 10) / 10;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

function runJson<T>(command: string, args: string[], cwd = ROOT): T {
  const output = execFileSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(output.trim().split("\n").at(-1)!) as T;
}

// ---- (1) generation beside the parse-only floor ----

interface GenerateRun {
  wallMs: number;
  maxRssMb: number;
  timings?: Record<string, number>;
}

function measureGeneration(dir: string, reps: number) {
  const runs: GenerateRun[] = [];
  const floors: GenerateRun[] = [];
  for (let rep = 0; rep < reps; rep++) {
    rmSync(join(dir, "out"), { recursive: true, force: true });
    floors.push(runJson(process.execPath, [TSX_CLI, join(ROOT, "bench/child-generate.ts"), "floor", dir, "registry.yaml", "out"]));
    runs.push(runJson(process.execPath, [TSX_CLI, join(ROOT, "bench/child-generate.ts"), "generate", dir, "registry.yaml", "out"]));
  }
  const stages = Object.keys(runs[0]!.timings!);
  const generateMs = spread(runs.map((r) => r.wallMs));
  const floorMs = spread(floors.map((r) => r.wallMs));
  return {
    generateMs,
    floorMs,
    ratioToFloor: round((generateMs.median / floorMs.median) * 100) / 100,
    peakRssMb: spread(runs.map((r) => r.maxRssMb)),
    floorPeakRssMb: spread(floors.map((r) => r.maxRssMb)),
    stageMs: Object.fromEntries(stages.map((s) => [s, spread(runs.map((r) => r.timings![s]!)).median])),
    outputBytes: statSync(join(dir, "out/models.generated.d.ts")).size + statSync(join(dir, "out/models.generated.js")).size,
  };
}

// ---- (2) tsc overhead, (3) language service ----

const TSCONFIG = {
  compilerOptions: { strict: true, target: "ES2022", module: "commonjs", noEmit: true, types: [], skipLibCheck: true },
  files: ["consumer.ts"],
};

function consumerWith(firstActive: string, constant: string): string {
  return `import { MODELS, MODEL_IDS, Models, type ActiveModelId, type ModelId, type ModelRecord } from "./models.generated";

export const FIRST_ID: ModelId = MODEL_IDS[0]!;
export function lookup(id: ModelId): ModelRecord {
  return MODELS[id];
}
export const chosen: ActiveModelId = ${JSON.stringify(firstActive)};
export const named: ModelId = Models.${constant};
export const cheapest = MODEL_IDS.filter((id) => MODELS[id].status !== "deprecated").sort(
  (a, b) => MODELS[a].pricing.input - MODELS[b].pricing.input,
)[0];
`;
}

const CONSUMER_WITHOUT = `type ModelId = string;
interface ModelRecord { readonly status: string; readonly pricing: { readonly input: number }; readonly context_window: number }
declare const MODELS: Readonly<Record<string, ModelRecord>>;
declare const MODEL_IDS: readonly ModelId[];
declare const Models: Readonly<Record<string, ModelId>>;

export const FIRST_ID: ModelId = MODEL_IDS[0]!;
export function lookup(id: ModelId): ModelRecord {
  return MODELS[id]!;
}
export const chosen: ModelId = "x";
export const named: ModelId = Models.X!;
export const cheapest = MODEL_IDS.filter((id) => MODELS[id]!.status !== "deprecated").sort(
  (a, b) => MODELS[a]!.pricing.input - MODELS[b]!.pricing.input,
)[0];
`;

function makeConsumers(dir: string): { withDir: string; withoutDir: string; constant: string } {
  const generated = readFileSync(join(dir, "out/models.generated.d.ts"), "utf8");
  const firstActive = /export type \w+ActiveModelId =\s*\|?\s*("(?:[^"\\]|\\.)*")/.exec(generated)![1]!;
  const constant = /export (?:declare const Models: |interface \w*ModelConstants )\{[\s\S]*?\n\s+readonly ([A-Z_][A-Z0-9_]*): "/.exec(generated)![1]!;
  const withDir = join(dir, "consumer-with");
  const withoutDir = join(dir, "consumer-without");
  for (const [target, consumer] of [
    [withDir, consumerWith(JSON.parse(firstActive) as string, constant)],
    [withoutDir, CONSUMER_WITHOUT],
  ] as const) {
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
    writeFileSync(join(target, "consumer.ts"), consumer);
  }
  for (const name of readdirSync(join(dir, "out"))) copyFileSync(join(dir, "out", name), join(withDir, name));
  return { withDir, withoutDir, constant };
}

/**
 * The same consumer over the TypeScript form of the module (`language: ts`, what an app with a tsconfig.json gets):
 * its data is text and it carries `@ts-nocheck`, so its type-check cost should match the declaration file's.
 */
function typeScriptConsumer(dir: string, withDir: string): string {
  const target = join(dir, "consumer-with-ts");
  mkdirSync(target, { recursive: true });
  runJson(process.execPath, [TSX_CLI, join(ROOT, "bench/child-generate.ts"), "generate", dir, "registry.yaml", target, "ts"]);
  for (const name of ["tsconfig.json", "consumer.ts"]) copyFileSync(join(withDir, name), join(target, name));
  return target;
}

interface TscRun {
  wallMs: number;
  checkMs: number;
}

function runTsc(command: string[], dir: string): TscRun {
  const start = performance.now();
  const result = spawnSync(command[0]!, [...command.slice(1), "-p", dir, "--extendedDiagnostics"], { encoding: "utf8", maxBuffer: 1 << 26 });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`tsc failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  const check = /Check time:\s+([\d.]+)s/.exec(result.stdout);
  return { wallMs, checkMs: check ? Number(check[1]) * 1000 : NaN };
}

function measureTsc(command: string[], withDir: string, withoutDir: string, reps: number) {
  const withRuns: TscRun[] = [];
  const withoutRuns: TscRun[] = [];
  for (let rep = 0; rep < reps; rep++) {
    withoutRuns.push(runTsc(command, withoutDir));
    withRuns.push(runTsc(command, withDir));
  }
  const withMs = spread(withRuns.map((r) => r.wallMs));
  const withoutMs = spread(withoutRuns.map((r) => r.wallMs));
  return {
    withMs,
    withoutMs,
    overheadMs: round(withMs.median - withoutMs.median),
    checkMs: spread(withRuns.map((r) => r.checkMs)),
  };
}

function measureLanguageService(withDir: string) {
  const result = runJson<{ firstMs: number; recheckMs: number[] }>(process.execPath, [TSX_CLI, join(ROOT, "bench/child-language-service.ts"), withDir]);
  return { firstMs: round(result.firstMs), recheckMs: spread(result.recheckMs) };
}

/**
 * Whether a library re-exporting the generated module builds into a package: tsc emits its declarations with
 * `isolatedDeclarations` on (each export's type stated, as a declaration bundler needs). Not timed.
 */
function checkLibraryBuild(withDir: string, constant: string): { ok: boolean; problems: string } {
  const libDir = join(withDir, "..", "library");
  mkdirSync(libDir, { recursive: true });
  // The generated module and the runtime beside it; not the consumer's own files.
  for (const name of readdirSync(withDir).filter((file) => file !== "consumer.ts" && file !== "tsconfig.json"))
    copyFileSync(join(withDir, name), join(libDir, name));
  writeFileSync(
    join(libDir, "index.ts"),
    `export * from "./models.generated";\nimport { MODELS, Models, type ModelId, type ModelRecord } from "./models.generated";\n` +
      `export const DEFAULT_MODEL: ModelId = Models.${constant};\nexport function recordOf(id: ModelId): ModelRecord {\n  return MODELS[id];\n}\n`,
  );
  const compilerOptions = { strict: true, target: "ES2022", module: "commonjs", types: [], declaration: true, isolatedDeclarations: true, outDir: "build" };
  writeFileSync(join(libDir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["index.ts"] }));
  const result = spawnSync(process.execPath, [TSC_5, "-p", libDir], { encoding: "utf8", maxBuffer: 1 << 26 });
  const ok = result.status === 0 && existsSync(join(libDir, "build", "index.d.ts"));
  return { ok, problems: ok ? "" : `${result.stdout}${result.stderr}`.slice(0, 2000) };
}

// ---- (4) time to first lookup ----

function measureStartup(dir: string, withDir: string, reps: number) {
  const modulePath = join(withDir, "models.generated.js");
  const firstId = (require(modulePath) as { MODEL_IDS: string[] }).MODEL_IDS[0]!;
  const lookup = `const m = require(${JSON.stringify(modulePath)}); if (!m.MODELS[${JSON.stringify(firstId)}]) throw new Error("miss"); console.log(performance.now());`;
  const yamlLoad = `const { parse } = require("yaml"); const Ajv = require("ajv").default; const addFormats = require("ajv-formats").default;
const fs = require("fs");
const ajv = new Ajv({ allErrors: true, strict: false }); addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(${JSON.stringify(join(ROOT, "schema/model_registry.schema.json"))}, "utf8")));
const data = parse(fs.readFileSync(${JSON.stringify(join(dir, "registry.yaml"))}, "utf8"));
if (!validate(data)) throw new Error("invalid");
const models = new Map(data.models.map((m) => [m.id, m])); if (!models.get(${JSON.stringify(firstId)})) throw new Error("miss");
console.log(performance.now());`;
  const bare = "console.log(performance.now());";
  const time = (code: string) => Number(execFileSync(process.execPath, ["-e", code], { cwd: ROOT, encoding: "utf8" }).trim());
  const lookups: number[] = [];
  const yamls: number[] = [];
  const bares: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    bares.push(time(bare));
    lookups.push(time(lookup));
    yamls.push(time(yamlLoad));
  }
  const firstLookupMs = spread(lookups);
  const yamlAjvMs = spread(yamls);
  const nodeStartMs = spread(bares);
  // Net of node's own start-up, which neither approach can avoid and which dominates at small N.
  const netRatio = (firstLookupMs.median - nodeStartMs.median) / (yamlAjvMs.median - nodeStartMs.median);
  return {
    firstLookupMs,
    yamlAjvMs,
    nodeStartMs,
    ratio: round((firstLookupMs.median / yamlAjvMs.median) * 1000) / 1000,
    netRatio: round(Math.max(0, netRatio) * 1000) / 1000,
  };
}

// ---- one registry, all measurements ----

function ts7Command(): { command?: string[]; note: string } {
  if (process.argv.includes("--no-ts7")) return { note: "skipped (--no-ts7)" };
  const binary = join(TS7_PREFIX, "node_modules/.bin/tsc");
  if (!existsSync(binary)) {
    const install = spawnSync("npm", ["install", "--no-save", "--prefix", TS7_PREFIX, "typescript@7"], { encoding: "utf8" });
    if (install.status !== 0) return { note: `npm install typescript@7 failed: ${install.stderr.trim().split("\n").at(-1)}` };
  }
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" });
  if (version.status !== 0) return { note: `installed but does not run: ${version.stderr.trim() || version.error?.message}` };
  return { command: [binary], note: version.stdout.trim() };
}

function benchRegistry(label: string, yaml: string, models: number, reps: number, ts7: string[] | undefined) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  try {
    writeFileSync(join(dir, "registry.yaml"), yaml);
    console.error(`[${label}] ${models} models: generation...`);
    const generation = measureGeneration(dir, reps);
    const { withDir, withoutDir, constant } = makeConsumers(dir);
    console.error(`[${label}] library build (declaration emit, isolatedDeclarations)...`);
    const libraryBuild = checkLibraryBuild(withDir, constant);
    console.error(`[${label}] tsc 5.9...`);
    const tsc = measureTsc([process.execPath, TSC_5], withDir, withoutDir, reps);
    console.error(`[${label}] tsc 5.9, TypeScript module...`);
    const tscTypeScriptModule = measureTsc([process.execPath, TSC_5], typeScriptConsumer(dir, withDir), withoutDir, reps);
    console.error(`[${label}] tsc 7...`);
    const tsc7 = ts7 ? measureTsc(ts7, withDir, withoutDir, reps) : undefined;
    console.error(`[${label}] language service...`);
    const languageService = measureLanguageService(withDir);
    console.error(`[${label}] startup...`);
    const startup = measureStartup(dir, withDir, Math.max(reps, 3));
    return { label, models, yamlBytes: Buffer.byteLength(yaml), generation, tsc, tscTypeScriptModule, tsc7, languageService, startup, libraryBuild };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type RegistryResult = ReturnType<typeof benchRegistry>;

function printTable(results: RegistryResult[]): void {
  const header = [
    "registry",
    "models",
    "gen ms",
    "floor ms",
    "gen/floor",
    "format ms",
    "peak MB",
    "tsc5 +ms",
    "tsc5 check ms",
    "tsc5 +ms (.ts module)",
    "tsc7 +ms",
    "LS re-check ms",
    "1st lookup ms",
    "yaml+ajv ms",
    "lookup/yaml",
    "net of node start",
    "library build",
  ];
  const rows = results.map((r) => [
    r.label,
    String(r.models),
    String(r.generation.generateMs.median),
    String(r.generation.floorMs.median),
    `${r.generation.ratioToFloor.toFixed(2)}×`,
    String(round(r.generation.stageMs.format ?? 0)),
    String(r.generation.peakRssMb.median),
    String(r.tsc.overheadMs),
    String(r.tsc.checkMs.median),
    String(r.tscTypeScriptModule.overheadMs),
    r.tsc7 ? String(r.tsc7.overheadMs) : "-",
    String(r.languageService.recheckMs.median),
    String(r.startup.firstLookupMs.median),
    String(r.startup.yamlAjvMs.median),
    r.startup.ratio.toFixed(3),
    r.startup.netRatio.toFixed(3),
    r.libraryBuild.ok ? "ok" : "FAILED",
  ]);
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  console.log(lines.join("\n"));
}

function printCliTable(runs: ReadonlyArray<{ models: number } & ({ skipped: string } | Record<string, number>)>): void {
  if (runs.length === 0) return;
  const columns = [
    "nodeStartMs",
    "floorProcessMs",
    "binGenerateMs",
    "binToFloor",
    "binColdMs",
    "binColdToFloor",
    "tsxGenerateMs",
    "tsxToFloor",
    "binNoopMs",
    "noopToNodeStart",
    "binVersionMs",
  ];
  console.log(`\n| models | ${columns.join(" | ")} |\n| --- |${columns.map(() => " --- |").join("")}`);
  for (const run of runs) {
    console.log("skipped" in run ? `| ${run.models} | ${run.skipped} |` : `| ${run.models} | ${columns.map((column) => String(run[column])).join(" | ")} |`);
  }
}

// ---- the catalogue page in Chromium ----

async function measureCatalogue(reps: number) {
  if (process.argv.includes("--no-catalogue")) return { skipped: "--no-catalogue" };
  console.error("[catalogue] the page in Chromium...");
  const measured = await measureCataloguePages(ROOT, Math.max(reps, 3));
  const load = loadavg();
  if ("skipped" in measured) {
    console.log(`\ncatalogue page: skipped (${measured.skipped})`);
    return measured;
  }
  const pages = measured.pages.map((page) => ({
    label: page.label,
    models: page.models,
    bytes: page.bytes,
    readyMs: spread(page.readyMs),
    cpuMs: spread(page.cpuMs),
    scriptMs: spread(page.scriptMs),
    largestPaintMs: spread(page.largestPaintMs),
    actions: Object.fromEntries(
      Object.entries(page.actions).map(([name, runs]) => [name, { answerMs: spread(runs.answerMs), frameMs: spread(runs.frameMs), cpuMs: spread(runs.cpuMs) }]),
    ),
  }));
  const actionNames = Object.keys(pages[0]?.actions ?? {});
  console.log(
    `\ncatalogue page, ${measured.chromium}, load average ${load.map((value) => value.toFixed(1)).join(" ")}: medians in ms; ` +
      "an action's figure is its answer (DOM updated and laid out) / the main thread's CPU time for it",
  );
  console.log(`| page | models | KB | interactive | main-thread CPU | its script | largest paint | ${actionNames.join(" | ")} |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- |${actionNames.map(() => " --- |").join("")}`);
  for (const page of pages) {
    const actions = actionNames.map((name) => `${page.actions[name]!.answerMs.median} / ${page.actions[name]!.cpuMs.median}`);
    const load = [page.readyMs.median, page.cpuMs.median, page.scriptMs.median, page.largestPaintMs.median];
    console.log(`| ${page.label} | ${page.models} | ${Math.round(page.bytes / 1024)} | ${load.join(" | ")} | ${actions.join(" | ")} |`);
  }
  return { chromium: measured.chromium, loadAverage: load, pages };
}

async function main(): Promise<void> {
  const sizes = option("sizes", "63,1000,5000,20000").split(",").map(Number);
  const reps = Number(option("reps", "3"));
  if (process.argv.includes("--catalogue-only")) {
    writeResults({ reps, catalogue: await measureCatalogue(reps) });
    return;
  }
  const refresh = measureRefreshCheck(ROOT, reps);
  console.log(
    `refresh --check (pinned files + installed packages, ${refresh.sourceModels} source models): ${refresh.wallMs} ms in process (CPU ${refresh.cpuMs} ms), ${refresh.processMs} ms whole process, peak ${refresh.peakRssMb} MB`,
  );
  if (process.argv.includes("--refresh-only")) {
    writeResults({ reps, refresh });
    return;
  }
  const ts7 = ts7Command();
  const results: RegistryResult[] = [];
  for (const size of sizes) {
    results.push(benchRegistry(`synthetic-${size}`, syntheticRegistryYaml(size, ROOT), size, size >= 20000 ? Math.min(reps, 2) : reps, ts7.command));
  }
  const litellmFile = litellmList();
  if (litellmFile && existsSync(litellmFile) && !process.argv.includes("--no-litellm")) {
    const litellm = litellmRegistryYaml(litellmFile);
    results.push(benchRegistry(`litellm-${basename(litellmFile, ".json")}`, litellm.yaml, litellm.models, reps, ts7.command));
  }
  const bySize = new Map(results.map((r) => [r.label, r]));
  const at5k = bySize.get("synthetic-5000");
  const at20k = bySize.get("synthetic-20000");
  const scaling =
    at5k && at20k
      ? {
          tsc5CheckRatio20kTo5k: round((at20k.tsc.checkMs.median / at5k.tsc.checkMs.median) * 100) / 100,
          tsc5OverheadRatio20kTo5k: round((at20k.tsc.overheadMs / at5k.tsc.overheadMs) * 100) / 100,
          tsc7OverheadRatio20kTo5k: at5k.tsc7 && at20k.tsc7 ? round((at20k.tsc7.overheadMs / at5k.tsc7.overheadMs) * 100) / 100 : undefined,
        }
      : undefined;
  printTable(results);
  for (const failed of results.filter((r) => !r.libraryBuild.ok)) console.log(`\n${failed.label}: library build failed:\n${failed.libraryBuild.problems}`);
  const cli = process.argv.includes("--no-cli")
    ? []
    : sizes.filter((size) => size <= 5000).map((size) => ({ models: size, ...measureCliRuns(ROOT, syntheticRegistryYaml(size, ROOT), reps) }));
  printCliTable(cli);
  if (scaling)
    console.log(
      `\n20k vs 5k: tsc 5.9 check time ×${scaling.tsc5CheckRatio20kTo5k}, overhead ×${scaling.tsc5OverheadRatio20kTo5k}; tsc 7 overhead ×${scaling.tsc7OverheadRatio20kTo5k ?? "-"}`,
    );
  const catalogue = await measureCatalogue(reps);
  writeResults({ reps, results, cli, scaling, refresh, catalogue, typescript7: ts7.note });
}

function writeResults(figures: Record<string, unknown>): void {
  const date = new Date().toISOString();
  const output = {
    date,
    machine: { node: process.version, cpus: require("node:os").cpus().length as number, typescript: ts.version },
    ...figures,
  };
  const resultsDir = join(ROOT, "bench/results");
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `bench-${date.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(output, null, 2) + "\n");
  console.log(`\nresults: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
