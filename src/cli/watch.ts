import { watch as watchDirectory, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

export interface WatchLoopOptions {
  /** Files whose changes trigger a run (the registry and the schema). */
  files: readonly string[];
  /** Called once at start and again after each (debounced) change; never concurrently. */
  run: (changed: readonly string[]) => Promise<void>;
  /** Stops the loop; the returned promise then resolves. */
  signal: AbortSignal;
  debounceMs?: number;
  /** Called when a directory watcher fails (e.g. the directory was deleted). */
  onWatchError?: (error: Error) => void;
}

export const DEFAULT_DEBOUNCE_MS = 100;

/**
 * Runs `run` now and after every change to `files`, until `signal` aborts.
 *
 * Watches the *directories*, not the files: editors save by writing a temporary file and renaming it
 * over the original, which silently detaches a watcher on the file itself. Only events naming one of
 * `files` count, so the generator's own outputs (and their temporary siblings) never trigger a run.
 */
export async function watchLoop(options: WatchLoopOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const watched = new Map<string, Set<string>>();
  for (const file of options.files.map((f) => resolve(f))) {
    const names = watched.get(dirname(file)) ?? new Set<string>();
    names.add(basename(file));
    watched.set(dirname(file), names);
  }

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (file: string) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending].sort();
      pending.clear();
      running = running.then(() => (options.signal.aborted ? undefined : options.run(changed)));
    }, debounceMs);
  };

  const watchers: FSWatcher[] = [];
  running = options.run([]);
  for (const [directory, names] of watched) {
    const watcher = watchDirectory(directory, { persistent: true }, (_event, filename) => {
      const name = filename === null ? undefined : String(filename);
      if (name !== undefined && names.has(name)) schedule(resolve(directory, name));
    });
    watcher.on("error", (error) => options.onWatchError?.(error));
    watchers.push(watcher);
  }

  await new Promise<void>((done) => {
    if (options.signal.aborted) return done();
    options.signal.addEventListener("abort", () => done(), { once: true });
  });
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
}
