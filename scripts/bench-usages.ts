/**
 * `npm run bench:usages`: how long `model-registry usages` takes on a synthetic consumer project (each file
 * using registry models in every way the scanner knows), beside `tsc --noEmit` of the same project. Both run
 * as child processes, so both include node's start-up (and usages the tsx loader); wall and CPU time are
 * both reported. Options:
 *   --files 1000   source files
 *   --reps 3       repetitions (medians are reported)
 *   --app          the project as a fresh app has it (issue 25): no skipLibCheck, @types/node installed;
 *                  also times `usages --fix --dry-run --allow-loss <all>`, which rewrites every use of a
 *                  deprecated model and type-checks the result (`--no-fix` leaves that out, for builds
 *                  without --allow-loss)
 *   --cli <path>   the bin to time (default: scripts/model-registry.ts of this checkout), to compare builds
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { MODEL_IDS, MODELS, Models } from "../generated/models.generated";
import { CAPABILITY_LOSSES } from "../src/usages/classify";
import { constantName } from "../src/shared/naming";

const ROOT = resolve(__dirname, "..");
const TSC = join(ROOT, "node_modules/typescript/lib/tsc.js");
const CLI = resolve(option("cli", join(ROOT, "scripts/model-registry.ts")));
const TSX_LOADER = pathToFileURL(require.resolve("tsx")).href;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

const APP = process.argv.includes("--app");
const FIX = APP && !process.argv.includes("--no-fix");

/** One consumer file: a typed call, a typed constant, a Models.X constant, a config object and some unrelated code. */
function sourceFile(index: number): string {
  const pick = (offset: number) => MODEL_IDS[(index * 7 + offset) % MODEL_IDS.length]!;
  const active = MODEL_IDS.filter((id) => MODELS[id].status !== "deprecated");
  const chosen = active[index % active.length]!;
  const constant = constantName(pick(3));
  if (!(constant in Models)) throw new Error(`no constant ${constant}`);
  return `import { Models, type ActiveModelId, type ModelId } from "../generated/models.generated";

export function ask${index}(model: ModelId, prompt: string): { model: ModelId; prompt: string } {
  return { model, prompt };
}

export const primary${index}: ActiveModelId = ${JSON.stringify(chosen)};
export const request${index} = ask${index}(${JSON.stringify(pick(1))}, "question ${index}");
export const named${index} = Models.${constant};
export const settings${index} = {
  model: ${JSON.stringify(pick(5))},
  temperature: ${(index % 10) / 10},
  label: "file ${index}",
  tags: ["alpha", "beta", "${index}"],
};

export function total${index}(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value * ${index % 13};
  return sum;
}

export class Worker${index} {
  constructor(private readonly name: string) {}
  describe(): string {
    return \`\${this.name} uses \${settings${index}.model}\`;
  }
}
`;
}

function makeProject(files: number): string {
  const dir = mkdtempSync(join(tmpdir(), "model-registry-bench-usages-"));
  mkdirSync(join(dir, "src"));
  // The module an app generates from the shipped catalogue, with the runtime bundled beside it.
  const generate = spawnSync(process.execPath, ["--import", TSX_LOADER, join(ROOT, "scripts/model-registry.ts"), "generate", "--registry", join(ROOT, "models/model_registry.yaml"), "--out", "generated", "--format", "cjs", "--runtime", "bundled", "--quiet"], { cwd: dir, encoding: "utf8" });
  if (generate.status !== 0) throw new Error(`generate exited ${generate.status}: ${generate.stderr}`);
  const compilerOptions = APP
    ? { target: "ES2022", module: "commonjs", strict: true, noEmit: true }
    : { target: "ES2022", module: "commonjs", strict: true, noEmit: true, skipLibCheck: true, types: [] };
  if (APP) {
    mkdirSync(join(dir, "node_modules/@types"), { recursive: true });
    symlinkSync(join(ROOT, "node_modules/@types/node"), join(dir, "node_modules/@types/node"), "dir");
    writeFileSync(join(dir, "package.json"), '{ "name": "bench-app", "private": true }\n');
  }
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["src", "generated"] }, null, 2));
  for (let index = 0; index < files; index++) writeFileSync(join(dir, "src", `file${String(index).padStart(4, "0")}.ts`), sourceFile(index));
  return dir;
}

/**
 * CPU time (user + system) of the waited-for children, from /proc (Linux), in ms: on a shared machine
 * it varies far less with load than wall time does. Undefined elsewhere.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    // After the command name: field 3 is state, so cutime and cstime (fields 16 and 17) are at 13 and 14.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

interface Timing {
  wallMs: number;
  cpuMs?: number;
  stdout: string;
}

function timed(args: string[], cwd: string): Timing {
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (child.status !== 0) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}${child.stdout.slice(0, 2000)}`);
  return { wallMs, ...(cpuBefore === undefined || cpuAfter === undefined ? {} : { cpuMs: cpuAfter - cpuBefore }), stdout: child.stdout };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
};

function main(): void {
  const files = Number(option("files", "1000"));
  const reps = Number(option("reps", "3"));
  const dir = makeProject(files);
  try {
    const usagesArgs = ["--import", TSX_LOADER, CLI, "usages", "--project", "tsconfig.json", "--as-of", "2026-12-01", "--json"];
    const fixArgs = [...usagesArgs, "--fix", "--dry-run", "--allow-loss", CAPABILITY_LOSSES.join(",")];
    const tsc: Timing[] = [];
    const usages: Timing[] = [];
    const fix: Timing[] = [];
    for (let rep = 0; rep < reps; rep++) {
      tsc.push(timed([TSC, "-p", "tsconfig.json"], dir));
      usages.push(timed(usagesArgs, dir));
      if (FIX) fix.push(timed(fixArgs, dir));
    }
    const uses = (JSON.parse(usages[0]!.stdout) as { uses: unknown[] }).uses.length;
    const rewritten = FIX ? (JSON.parse(fix[0]!.stdout) as { uses: Array<{ outcome: { kind: string } | null }> }).uses.filter((use) => use.outcome?.kind === "rewritten").length : undefined;
    const wall = (runs: Timing[]) => median(runs.map((run) => run.wallMs));
    const cpu = (runs: Timing[]) => (runs.every((run) => run.cpuMs !== undefined) ? median(runs.map((run) => run.cpuMs!)) : undefined);
    const result = {
      files,
      app: APP,
      models: MODEL_IDS.length,
      uses,
      reps,
      tsc: { wallMs: wall(tsc), cpuMs: cpu(tsc) },
      usages: { wallMs: wall(usages), cpuMs: cpu(usages) },
      ...(FIX ? { fix: { rewritten, wallMs: wall(fix), cpuMs: cpu(fix) } } : {}),
      loadAverage: loadavg()[0],
    };
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "-" : `${(a / b).toFixed(2)}×`);
    console.log("| source files | registry models | uses found | tsc wall ms | usages wall ms | wall ratio | tsc CPU ms | usages CPU ms | CPU ratio |");
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    console.log(
      `| ${files} | ${result.models} | ${uses} | ${result.tsc.wallMs} | ${result.usages.wallMs} | ${ratio(result.usages.wallMs, result.tsc.wallMs)} | ` +
        `${result.tsc.cpuMs ?? "-"} | ${result.usages.cpuMs ?? "-"} | ${ratio(result.usages.cpuMs, result.tsc.cpuMs)} |`,
    );
    if (FIX) console.log(`--fix --dry-run: ${rewritten} uses rewritten, wall ${wall(fix)} ms, CPU ${cpu(fix) ?? "-"} ms`);
    console.log(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
