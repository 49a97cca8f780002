import { dirname } from "node:path";
import type { GenerateOptions, GenerateResult } from "../generator/generate";
import type { StageTimings } from "../generator/stage-timer";
import { nearestPackageDirectory, runPaths } from "../io/paths";
import { recordRun, runCacheDirectory, runCachePath, runKey, upToDateRecord, type RunRecord } from "../io/run-cache";
import { todayUtc } from "../shared/dates";

/** Where a `generate` run with these settings is recorded, and under which key and day. */
export interface RunSlot {
  path: string;
  key: string;
  judgedOn: string;
  /** The settings file the options came from: an input like the registry. */
  configSource: string | undefined;
  outDir: string;
}

/** The slot of a write-mode run, or undefined when the project has no node_modules to keep records in. */
export function runSlotFor(options: GenerateOptions, cwd: string, configSource: string | undefined): RunSlot | undefined {
  const paths = runPaths(options, cwd);
  // Checked first: without a place for records, the key (a walk over the generator's code) is not worth computing.
  const directory = runCacheDirectory(nearestPackageDirectory(dirname(paths.registryPath)) ?? cwd);
  if (directory === undefined) return undefined;
  const { signal: _signal, onWaitForLock: _onWait, asOf: _asOf, mode: _mode, cache: _cache, ...settings } = options;
  const key = runKey({ ...settings, ...paths, cwd, configSource });
  return { path: runCachePath(directory, key), key, judgedOn: options.asOf ?? todayUtc(), configSource, outDir: paths.outDir };
}

/** The last run's record when it would be repeated byte for byte: same settings, code, inputs, outputs and day. */
export function previousIdenticalRun(slot: RunSlot): RunRecord | undefined {
  return upToDateRecord(slot.path, slot.key, slot.judgedOn);
}

/** Records a run that ended with every output on disk as generated; other runs leave the last record alone. */
export function rememberRun(slot: RunSlot, result: GenerateResult): void {
  if (!result.ok || result.files.length === 0) return;
  const inputs = slot.configSource === undefined ? result.inputs : [...result.inputs, slot.configSource];
  recordRun(slot.path, { key: slot.key, judgedOn: slot.judgedOn, inputs, outputs: result.files, diagnostics: result.diagnostics, outDir: slot.outDir });
}

/** A skipped run reported as the run it stands for: its warnings, then "already up to date". */
export function resultOfSkippedRun(record: RunRecord): GenerateResult {
  return {
    ok: true,
    diagnostics: record.diagnostics,
    files: Object.keys(record.outputs).map((path) => ({ path, contents: "" })),
    written: [],
    stale: [],
    // Nothing ran; the generator (and its timer) are not even loaded.
    timings: { load: 0, validate: 0, transform: 0, emit: 0, format: 0, write: 0 } satisfies StageTimings,
    inputs: Object.keys(record.inputs),
  };
}
