import { realpathSync, statSync, unwatchFile, watch as watchDirectory, watchFile, type FSWatcher, type Stats } from "node:fs";
import { basename, dirname, resolve } from "node:path";

export interface WatchLoopOptions {
  /** Files whose changes trigger a run (the registry and the schema). */
  files: readonly string[];
  /**
   * Called once at start and again after each (debounced) change; never concurrently. It may resolve with the
   * files to watch from then on (a registry's bases change as its `extends` does); otherwise the set stays.
   */
  run: (changed: readonly string[]) => Promise<readonly string[] | undefined>;
  /** Stops the loop; the returned promise then resolves. */
  signal: AbortSignal;
  debounceMs?: number;
  /** How often each file is also stat-polled (the net under the directory watchers). */
  pollMs?: number;
  /** Called when a directory watcher fails (e.g. the directory was deleted); watching goes on by polling. */
  onWatchError?: (error: Error) => void;
}

const DEFAULT_DEBOUNCE_MS = 100;
const DEFAULT_POLL_MS = 300;

/**
 * Runs `run` now and after every change to `files`, until `signal` aborts.
 *
 * Two mechanisms, because each alone goes deaf in some case:
 * - directory watchers (fast): editors save by writing a temporary file and renaming it over the
 *   original, which silently detaches a watcher on the file itself. The registry's directory is
 *   watched, and for a symlinked registry the directory of its target too. Only events naming one of
 *   the files count, so the generator's own outputs never trigger a run.
 * - stat polling of each path (follows symlinks): sees an edit of a symlink's target, a deleted and
 *   re-created file, and a deleted and re-created directory, after which a directory watcher hears
 *   nothing. Every change it sees also re-arms the directory watchers on the directories as they are now.
 */
export async function watchLoop(options: WatchLoopOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  let files: string[] = [];
  const seen = new Map<string, string>();
  const remember = () => files.forEach((file) => seen.set(file, signatureOf(file)));

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (file: string) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending].sort();
      pending.clear();
      running = running.then(async () => {
        if (options.signal.aborted) return undefined;
        remember();
        return watch(await options.run(changed));
      });
    }, debounceMs);
  };

  const directories = new DirectoryWatchers(() => files, schedule, options.onWatchError);
  const poll = (file: string) => () => {
    directories.rearm();
    if (signatureOf(file) !== seen.get(file)) schedule(file);
  };
  const firstChecks = new Set<NodeJS.Timeout>();
  /** Watches `next` from now on (files that leave the set stop being polled; new ones start). */
  const watch = (next: readonly string[] | undefined) => {
    if (next === undefined || options.signal.aborted) return;
    const wanted = [...new Set(next.map((file) => resolve(file)))];
    for (const file of files) if (!wanted.includes(file)) unwatchFile(file);
    for (const file of wanted) {
      if (files.includes(file)) continue;
      seen.set(file, signatureOf(file));
      watchFile(file, { interval: pollMs, persistent: true }, poll(file));
      // The poller takes its first stat in the background: an edit made before that stat becomes its baseline and
      // is never reported. One comparison with the signature taken here closes that window.
      const check = setTimeout(() => {
        firstChecks.delete(check);
        poll(file)();
      }, pollMs);
      firstChecks.add(check);
    }
    files = wanted;
    directories.rearm();
  };

  watch(options.files);
  running = options.run([]).then(watch);

  await new Promise<void>((done) => {
    if (options.signal.aborted) return done();
    options.signal.addEventListener("abort", () => done(), { once: true });
  });
  clearTimeout(timer);
  firstChecks.forEach(clearTimeout);
  for (const file of files) unwatchFile(file);
  directories.close();
  await running;
}

/** What identifies a version of a file: inode, size, modification time (through symlinks), or "missing". */
function signatureOf(file: string): string {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    return "missing";
  }
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

/** One watcher per directory that holds a watched file or (for a symlink) its target; re-created as directories come and go. */
class DirectoryWatchers {
  private readonly watchers = new Map<string, FSWatcher>();
  /** Per watched directory, the file each watched name stands for; renewed on every rearm, as the set of files changes. */
  private names = new Map<string, Map<string, string>>();

  constructor(
    private readonly files: () => readonly string[],
    private readonly onChange: (file: string) => void,
    private readonly onError: ((error: Error) => void) | undefined,
  ) {}

  rearm(): void {
    const wanted = this.wantedDirectories();
    this.names = new Map([...wanted].map(([key, { names }]) => [key, names]));
    for (const [key, watcher] of this.watchers) {
      if (!wanted.has(key)) {
        watcher.close();
        this.watchers.delete(key);
      }
    }
    for (const [key, { directory }] of wanted) {
      if (this.watchers.has(key)) continue;
      try {
        const watcher = watchDirectory(directory, { persistent: true }, (_event, filename) => {
          const file = filename === null ? undefined : this.names.get(key)?.get(String(filename));
          if (file !== undefined) this.onChange(file);
        });
        watcher.on("error", (error) => {
          watcher.close();
          this.watchers.delete(key);
          this.onError?.(error);
        });
        this.watchers.set(key, watcher);
      } catch {
        // The directory does not exist (yet): polling notices when it comes back, and re-arms then.
      }
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  /**
   * Keyed by directory and its inode, so a deleted and re-created directory gets a new watcher (the
   * old one watches an inode that is gone).
   */
  private wantedDirectories(): Map<string, { directory: string; names: Map<string, string> }> {
    const wanted = new Map<string, { directory: string; names: Map<string, string> }>();
    for (const file of this.files()) {
      for (const path of new Set([file, realTarget(file)])) {
        const directory = dirname(path);
        const key = `${directory}#${inodeOf(directory)}`;
        const entry = wanted.get(key) ?? { directory, names: new Map<string, string>() };
        entry.names.set(basename(path), file);
        wanted.set(key, entry);
      }
    }
    return wanted;
  }
}

function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function inodeOf(directory: string): string {
  try {
    return String(statSync(directory).ino);
  } catch {
    return "missing";
  }
}
