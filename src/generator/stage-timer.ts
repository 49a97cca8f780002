export type Stage = "load" | "validate" | "transform" | "emit" | "format" | "write";
export type StageTimings = Record<Stage, number>;

/** Milliseconds spent per pipeline stage (for `--timings` and the benchmark). */
export class StageTimer {
  readonly timings: StageTimings = { load: 0, validate: 0, transform: 0, emit: 0, format: 0, write: 0 };

  time<T>(stage: Stage, run: () => T): T {
    const start = performance.now();
    try {
      return run();
    } finally {
      this.timings[stage] += performance.now() - start;
    }
  }

  async timeAsync<T>(stage: Stage, run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      this.timings[stage] += performance.now() - start;
    }
  }
}
