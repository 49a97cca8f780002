// Two generators on the same outputs take turns (a lock file holding the owner's pid; a dead owner's lock is taken
// over), and a generate killed at any moment leaves a set the next run completes: the module and every doc from
// one registry, no temporaries. Real processes, real SIGKILLs.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireOutputLock, outputLockPath } from "../../src/io/output-lock";
import { removeStaleTemporaries, repairInterruptedWrite } from "../../src/io/write";
import { REPO_ROOT } from "../cli/helpers";
import { binCommand } from "../helpers/run-cli";

const SMALL = readFileSync(join(REPO_ROOT, "test/fixtures/cli/small/model_registry.yaml"), "utf8");
/** The outputs that show the model's display name (the charts do not). */
const OUTPUTS = ["out/models.generated.js", "out/models.generated.d.ts", "docs/registry.md"];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "output-lock-"));
  writeFileSync(join(dir, "package.json"), "{}\n");
  for (const name of ["a", "b"]) {
    writeFileSync(join(dir, `${name}.yaml`), SMALL.replace("display_name: GPT-4o\n", `display_name: GPT-4o registry-${name}\n`));
    const docs = { markdown: "docs/registry.md", chart: "docs/map.svg", timeline: "docs/timeline.svg" };
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ registry: `${name}.yaml`, outDir: "out", docs }));
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface GenerateRun {
  done: Promise<number | null>;
  kill: () => void;
  /** Resolves once the run's stderr holds `text`. */
  said: (text: string) => Promise<void>;
}

function startGenerate(config: string): GenerateRun {
  const [node, script] = binCommand("model-registry");
  const child = spawn(node, [script, "generate", "--config", config, "--force", "--as-of", "2026-12-01"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const done = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const said = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const look = () => stderr.includes(text) && resolve();
      child.stderr.on("data", look);
      look();
      void done.then(() => reject(new Error(`the run ended without saying ${JSON.stringify(text)}; stderr: ${stderr}`)));
    });
  return { done, kill: () => child.kill("SIGKILL"), said };
}

/** Which registry each output came from. */
function origins(): string[] {
  return OUTPUTS.map((path) => /registry-([ab])/.exec(readFileSync(join(dir, path), "utf8"))?.[1] ?? `none in ${path}`);
}

function leftovers(): string[] {
  return ["out", "docs", "."].flatMap((sub) =>
    readdirSync(join(dir, sub)).filter((name) => name.endsWith(".tmp") || name.includes("model-registry-write") || name.endsWith(".lock")),
  );
}

test("two concurrent generate --docs runs on one output set take turns: every round ends with one registry's outputs", async () => {
  // Both start orders once; each round's two runs overlap (each takes over a second to start).
  for (let round = 0; round < 2; round++) {
    const [first, second] = round % 2 === 0 ? ["a.json", "b.json"] : ["b.json", "a.json"];
    const runs = [startGenerate(first), startGenerate(second)];
    expect(await Promise.all(runs.map((run) => run.done))).toEqual([0, 0]);
    expect(new Set(origins()).size).toBe(1);
    expect(leftovers()).toEqual([]);
  }
}, 120_000);

/**
 * Resolves at the `count`-th change the run makes beside and in the outputs (the lock, temporaries, the journal,
 * renames: about 45 for one write of these outputs), or when the run ends first.
 */
function afterChanges(count: number, run: GenerateRun): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const finish = () => {
      for (const watcher of watchers) watcher.close();
      resolve();
    };
    const watchers = [dir, join(dir, "out"), join(dir, "docs")].map((path) => watch(path, () => ++seen === count && finish()));
    void run.done.then(finish);
  });
}

test("SIGKILL at any moment of generate --docs: after the next run's repair, one registry's outputs and no temporaries", async () => {
  expect(await startGenerate("b.json").done).toBe(0);
  // Killed at the nth change on disk, from just after the lock is taken to the last renames: each round lands in
  // the write (a fixed delay mostly landed before it or after it, the write lasting well under 100 ms).
  const killAt = [2, 5, 12, 20, 30, 44];
  for (const count of killAt) {
    // The registry the outputs do not come from, so that every round writes.
    const run = startGenerate(origins()[0] === "a" ? "b.json" : "a.json");
    await afterChanges(count, run);
    run.kill();
    await run.done;
    // What the next run does before it reads anything (generate.ts settleOutputDirectories).
    repairInterruptedWrite(join(dir, "out"));
    removeStaleTemporaries([join(dir, "out"), join(dir, "docs")]);
    expect(new Set(origins()).size).toBe(1);
    expect(leftovers().filter((name) => !name.endsWith(".lock"))).toEqual([]);
  }
}, 120_000);

test("a lock whose owner is dead is taken over; a live owner's lock is waited for", async () => {
  const outDir = join(dir, "out");
  const dead = spawn("true");
  await new Promise((resolve) => dead.on("close", resolve));
  writeFileSync(outputLockPath(outDir), `${dead.pid}\n`);
  const taken = await acquireOutputLock(outDir, { timeoutMs: 2_000 });
  expect(taken.ok).toBe(true);
  expect(readFileSync(outputLockPath(outDir), "utf8")).toBe(`${process.pid}\n`);
  const live = spawn("sleep", ["5"]);
  const liveClosed = new Promise((resolve) => live.on("close", resolve));
  try {
    writeFileSync(outputLockPath(outDir), `${live.pid}\n`);
    const announced: number[] = [];
    const waited = await acquireOutputLock(outDir, { timeoutMs: 300, onWait: (owner) => announced.push(owner) });
    expect(waited).toEqual({ ok: false, reason: "timeout", owner: live.pid });
    expect(announced).toEqual([live.pid]); // once, though it polled several times
  } finally {
    live.kill();
    await liveClosed;
  }
  if (taken.ok) taken.lock.release();
  expect(existsSync(outputLockPath(outDir))).toBe(true); // not ours any more: left to its owner
});

test("generate says it waits while another live process holds the lock, and writes once it is gone", async () => {
  const holder = spawn("sleep", ["60"]);
  const released = new Promise((resolve) => holder.on("close", resolve));
  try {
    writeFileSync(outputLockPath(join(dir, "out")), `${holder.pid}\n`);
    const run = startGenerate("a.json");
    let exited = false;
    void run.done.then(() => (exited = true));
    await run.said(`note: waiting for another generate (pid ${holder.pid}) to finish writing out\n`);
    // Still waiting a second later (20 polls): nothing written, not exited (a run that does not wait writes at once).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(existsSync(join(dir, "out/models.generated.js"))).toBe(false);
    expect(exited).toBe(false);
    holder.kill();
    await released;
    expect(await run.done).toBe(0);
    expect(origins()).toEqual(["a", "a", "a"]);
  } finally {
    holder.kill();
  }
}, 60_000);
