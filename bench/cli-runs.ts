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
    const median = (args: string[]) => medianMs(() => timed(process.execPath, args, dir), reps);
    let edits = 0;
    // A comment changes the registry's bytes (so the no-op record does not apply) but not what is derived from it.
    const afterEdit = (args: string[]) => {
      timed(process.execPath, args, dir); // warm-up: fills the derived cache of this code tree
      return medianMs(() => {
        appendFileSync(join(dir, "registry.yaml"), `# edit ${++edits}\n`);
        return timed(process.execPath, args, dir);
      }, reps);
    };
    const tsxArgs = [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/model-registry.ts"), ...generateArgs];
    const floorScript = `require(${JSON.stringify(require.resolve("yaml", { paths: [root] }))}).parse(require("node:fs").readFileSync("registry.yaml", "utf8"))`;
    const nodeStartMs = median(["-e", "0"]);
    const floorProcessMs = median(["-e", floorScript]);
    const binColdMs = median([bin, ...generateArgs, "--force"]);
    const binGenerateMs = afterEdit([bin, ...generateArgs]);
    const binNoopMs = median([bin, ...generateArgs]);
    const binVersionMs = median([bin, "--version"]);
    const tsxGenerateMs = afterEdit(tsxArgs);
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

function medianMs(run: () => number, reps: number): number {
  const values = Array.from({ length: Math.max(reps, 1) }, run).sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  return Math.round(median * 10) / 10;
}
