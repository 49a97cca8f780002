/**
 * Whole-process timings of the CLI as a user runs it, in a temporary project: the compiled bin
 * (dist/scripts/model-registry.js, built by `npm run build`) generating after an edit of the registry (the
 * schema compiled and the skeleton formatted by an earlier run, as in everyday use), the same from scratch
 * (`--force`: nothing reused), the run repeated with nothing changed (the recorded no-op), `--version`, and this
 * repository's `npm run generate` path (tsx) after an edit, beside a bare `node -e 0` and a process that only
 * reads and parses the YAML (the floor).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CliRuns {
  nodeStartMs: number;
  floorProcessMs: number;
  binGenerateMs: number;
  binColdMs: number;
  binNoopMs: number;
  binVersionMs: number;
  tsxGenerateMs: number;
  binToFloor: number;
  binColdToFloor: number;
  tsxToFloor: number;
  noopToNodeStart: number;
}

export function measureCliRuns(root: string, registryYaml: string, reps: number): CliRuns | { skipped: string } {
  const bin = join(root, "dist/scripts/model-registry.js");
  if (!existsSync(bin)) return { skipped: "dist/ not built (npm run build)" };
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  try {
    writeFileSync(join(dir, "registry.yaml"), registryYaml);
    writeFileSync(join(dir, "package.json"), "{}\n");
    mkdirSync(join(dir, "node_modules"));
    const generateArgs = ["generate", "--registry", "registry.yaml", "--out", "out", "--quiet"];
    const run = (args: readonly string[]) => () => timed(process.execPath, [...args], dir);
    let edits = 0;
    // A comment changes the registry's bytes (so the no-op record does not apply) but not what is derived from it.
    const afterEdit = (args: readonly string[]) => () => {
      appendFileSync(join(dir, "registry.yaml"), `# edit ${++edits}\n`);
      return timed(process.execPath, [...args], dir);
    };
    const tsxArgs = [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/model-registry.ts"), ...generateArgs];
    const floorScript = `require(${JSON.stringify(require.resolve("yaml", { paths: [root] }))}).parse(require("node:fs").readFileSync("registry.yaml", "utf8"))`;
    // Warm-up: fills the derived cache of each code tree (dist/ for the bin, src/ for tsx) and tsx's own cache.
    run([bin, ...generateArgs])();
    run(tsxArgs)();
    // Each round runs every variant once, so a ratio compares runs from the same moments of a machine whose speed drifts.
    const [floorProcessMs, binColdMs, binGenerateMs, tsxGenerateMs] = alternatedMedians(
      [run(["-e", floorScript]), run([bin, ...generateArgs, "--force"]), afterEdit([bin, ...generateArgs]), afterEdit(tsxArgs)],
      reps,
    );
    // Runs of ~0.1 s vary by tens of ms: three rounds are not enough for a stable ratio of two of them.
    run([bin, ...generateArgs])();
    const [nodeStartMs, binNoopMs, binVersionMs] = alternatedMedians(
      [run(["-e", "0"]), run([bin, ...generateArgs]), run([bin, "--version"])],
      Math.max(reps, 11),
    );
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return {
      nodeStartMs,
      floorProcessMs,
      binGenerateMs,
      binColdMs,
      binNoopMs,
      binVersionMs,
      tsxGenerateMs,
      binToFloor: ratio(binGenerateMs, floorProcessMs),
      binColdToFloor: ratio(binColdMs, floorProcessMs),
      tsxToFloor: ratio(tsxGenerateMs, floorProcessMs),
      noopToNodeStart: ratio(binNoopMs, nodeStartMs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timed(command: string, args: string[], cwd: string): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${[command, ...args].join(" ")} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

/** The median time of each variant over `rounds` rounds that run every variant once, in order. */
function alternatedMedians<const Variants extends ReadonlyArray<() => number>>(variants: Variants, rounds: number): { [K in keyof Variants]: number } {
  const times = variants.map((): number[] => []);
  for (let round = 0; round < Math.max(rounds, 1); round++) variants.forEach((variant, index) => times[index]!.push(variant()));
  return times.map(medianOf) as { [K in keyof Variants]: number };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(median * 10) / 10;
}
