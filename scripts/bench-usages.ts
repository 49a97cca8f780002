/**
 * `npm run bench:usages`: how long `model-registry usages` takes on a synthetic consumer project of
 * 1,000 source files (each using registry models in every way the scanner knows), beside `tsc --noEmit`
 * of the same project. Both run as child processes, so both include node's start-up (and usages the
 * tsx loader); wall and CPU time are both reported. Options:
 *   --files 1000   source files
 *   --reps 3       repetitions (medians are reported)
 *   --app          the project as a new app has it: no skipLibCheck, @types/node, and `usages --fix --dry-run
 *                  --allow-loss <every capability>` timed too (it rewrites the uses of deprecated models and type-checks
 *                  the result); e.g. --app --files 20
 *   --built        run the compiled bin (dist/, as `npm run build` or `npm ci` leaves it), as an installed package runs it,
 *                  with the validator its build derived; by default the bin runs from sources through tsx
 *   --keep         leave the project in place (its path is printed), e.g. to profile one command in it
 *   --fix-uses 2000,4000,8000   instead: time `usages --fix` on one file holding that many uses of a deprecated
 *                  model (the fixture project of test/fixtures/usages/basic), to show the rewrite grows linearly
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { MODEL_IDS, MODELS, Models } from "../generated/models.generated";
import { constantName } from "../src/shared/naming";
import { CAPABILITY_LOSSES } from "../src/usages/classify";

const ROOT = resolve(__dirname, "..");
const TSC = join(ROOT, "node_modules/typescript/lib/tsc.js");
const CLI = join(ROOT, "scripts/model-registry.ts");
const TSX_LOADER = pathToFileURL(require.resolve("tsx")).href;
/** How to run the bin: from sources through tsx, or with --built the compiled bin as an installed package runs it. */
const BIN: readonly string[] = process.argv.includes("--built") ? [join(ROOT, "dist/scripts/model-registry.js")] : ["--import", TSX_LOADER, CLI];
const AS_OF = "2026-12-01";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

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

/**
 * A consumer project of `files` source files using the module `generate` writes into it from the shipped catalogue
 * (TypeScript, with the runtime beside it), so the bench measures what an app has, not this repository's build.
 */
function makeProject(files: number, app: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), "model-registry-bench-usages-"));
  mkdirSync(join(dir, "src"));
  const checking = app ? { types: ["node"], typeRoots: [join(ROOT, "node_modules/@types")] } : { skipLibCheck: true, types: [] };
  const compilerOptions = { target: "ES2022", module: "commonjs", strict: true, noEmit: true, ...checking };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["src", "generated"] }, null, 2));
  writeFileSync(join(dir, "model-registry.config.json"), "{}\n");
  const registry = join(ROOT, "models/model_registry.yaml");
  timed(
    [
      "--import",
      TSX_LOADER,
      CLI,
      "generate",
      "--config",
      "model-registry.config.json",
      "--registry",
      registry,
      "--out",
      "generated",
      "--language",
      "ts",
      "--as-of",
      AS_OF,
    ],
    dir,
  );
  for (let index = 0; index < files; index++) writeFileSync(join(dir, "src", `file${String(index).padStart(4, "0")}.ts`), sourceFile(index));
  return dir;
}

/**
 * CPU time (user + system) of the waited-for children, from /proc (Linux), in ms: on a shared machine
 * it varies far less with load than wall time does. Undefined elsewhere.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
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
  if (child.status !== 0) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
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
  const app = process.argv.includes("--app");
  const dir = makeProject(files, app);
  try {
    const usagesArgs = [...BIN, "usages", "--project", "tsconfig.json", "--as-of", AS_OF, "--json"];
    const fixArgs = [...usagesArgs, "--fix", "--dry-run", "--allow-loss", CAPABILITY_LOSSES.join(",")];
    const runs: Record<"tsc" | "usages" | "fix", Timing[]> = { tsc: [], usages: [], fix: [] };
    for (let rep = 0; rep < reps; rep++) {
      runs.tsc.push(timed([TSC, "-p", "tsconfig.json"], dir));
      runs.usages.push(timed(usagesArgs, dir));
      if (app) runs.fix.push(timed(fixArgs, dir));
    }
    const uses = (JSON.parse(runs.usages[0]!.stdout) as { uses: unknown[] }).uses.length;
    const wall = (timings: Timing[]) => (timings.length === 0 ? undefined : median(timings.map((run) => run.wallMs)));
    const cpu = (timings: Timing[]) =>
      timings.length > 0 && timings.every((run) => run.cpuMs !== undefined) ? median(timings.map((run) => run.cpuMs!)) : undefined;
    const timing = (name: keyof typeof runs) => ({ wallMs: wall(runs[name]), cpuMs: cpu(runs[name]) });
    const result = {
      files,
      app,
      models: MODEL_IDS.length,
      uses,
      reps,
      tsc: timing("tsc"),
      usages: timing("usages"),
      fix: timing("fix"),
      loadAverage: loadavg()[0],
    };
    const show = (value: number | undefined) => (value === undefined ? "-" : String(value));
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "-" : `${(a / b).toFixed(2)}×`);
    console.log(
      "| source files | registry models | uses found | tsc wall ms | usages wall ms | wall ratio | tsc CPU ms | usages CPU ms | CPU ratio | --fix wall ms | --fix CPU ms |",
    );
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    console.log(
      `| ${files} | ${result.models} | ${uses} | ${show(result.tsc.wallMs)} | ${show(result.usages.wallMs)} | ${ratio(result.usages.wallMs, result.tsc.wallMs)} | ` +
        `${show(result.tsc.cpuMs)} | ${show(result.usages.cpuMs)} | ${ratio(result.usages.cpuMs, result.tsc.cpuMs)} | ${show(result.fix.wallMs)} | ${show(result.fix.cpuMs)} |`,
    );
    console.log(JSON.stringify(result));
  } finally {
    if (process.argv.includes("--keep")) console.log(`project kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** `--fix-uses`: one file with `count` typed uses of gpt-4, which --fix rewrites to gpt-4o; per count, the median wall time. */
function benchFixInOneFile(counts: readonly number[], reps: number): void {
  const fixture = join(ROOT, "test/fixtures/usages/basic/project");
  console.log("| uses in one file | usages --fix wall ms | ms per 1,000 uses |");
  console.log("| --- | --- | --- |");
  for (const count of counts) {
    const walls: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      const dir = mkdtempSync(join(tmpdir(), "model-registry-bench-fix-"));
      try {
        cpSync(fixture, dir, { recursive: true });
        const lines = Array.from({ length: count }, (_, index) => `export const use${index}: ModelId = "gpt-4";`);
        writeFileSync(join(dir, "src", "many.ts"), `import type { ModelId } from "../generated/models.generated";\n${lines.join("\n")}\n`);
        walls.push(timed([...BIN, "usages", "--project", "tsconfig.json", "--as-of", AS_OF, "--fix", "--json"], dir).wallMs);
        if (!readFileSync(join(dir, "src", "many.ts"), "utf8").includes(`use${count - 1}: ModelId = "gpt-4o"`))
          throw new Error("--fix did not rewrite the last use");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    console.log(`| ${count} | ${median(walls)} | ${Math.round((median(walls) * 1000) / count)} |`);
  }
}

const fixUses = process.argv.includes("--fix-uses") ? option("fix-uses", "2000,4000,8000").split(",").map(Number) : undefined;
if (fixUses !== undefined) benchFixInOneFile(fixUses, Number(option("reps", "1")));
else main();
