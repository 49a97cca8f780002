import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * `refresh --check` on the shipped registry over every pinned file source and installed package source (no API):
 * the in-process time and peak RSS the child reports, and the whole process (node start and tsx included) timed
 * from outside. Goal (issue #23): ≤ 10 s and ≤ 400 MB on the 2-core bench machine.
 */
export function measureRefreshCheck(root: string, reps: number) {
  const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
  const runs: ({ wallMs: number; cpuMs: number; maxRssMb: number; processMs: number } & Record<string, unknown>)[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, [tsx, join(root, "bench/child-refresh.ts"), root], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
    const processMs = performance.now() - start;
    if (child.status !== 0) throw new Error(`refresh bench child failed: ${child.stderr}`);
    const figures = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as { wallMs: number; cpuMs: number; maxRssMb: number } & Record<string, unknown>;
    runs.push({ ...figures, processMs });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const round = (value: number) => Math.round(value);
  const last = runs.at(-1)!;
  return {
    reps,
    wallMs: round(median(runs.map((run) => run.wallMs))),
    cpuMs: round(median(runs.map((run) => run.cpuMs))),
    processMs: round(median(runs.map((run) => run.processMs))),
    peakRssMb: round(Math.max(...runs.map((run) => run.maxRssMb))),
    sources: last.sources,
    sourceModels: last.sourceModels,
    proposals: last.proposals,
    pending: last.pending,
  };
}
