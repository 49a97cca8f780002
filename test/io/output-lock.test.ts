// Two generators on the same outputs take turns (a lock file holding the owner's pid; a dead owner's lock is taken
// over), and a generate killed at any moment leaves a set the next run completes: the module and every doc from
// one registry, no temporaries. Real processes, real SIGKILLs.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireOutputLock, outputLockPath } from "../../src/io/output-lock";
import { removeStaleTemporaries, repairInterruptedWrite } from "../../src/io/write";
import { REPO_ROOT } from "../cli/helpers";
import { binScript, NODE_WITH_TSX } from "../helpers/run-cli";

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

function startGenerate(config: string): { done: Promise<number | null>; kill: () => void } {
  const [node, ...nodeArgs] = NODE_WITH_TSX;
  const child = spawn(node, [...nodeArgs, binScript("model-registry"), "generate", "--config", config, "--force", "--as-of", "2026-12-01"], {
    cwd: dir,
    stdio: "ignore",
  });
  return { done: new Promise((resolve) => child.on("close", (code) => resolve(code))), kill: () => child.kill("SIGKILL") };
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
  for (let round = 0; round < 4; round++) {
    const [first, second] = round % 2 === 0 ? ["a.json", "b.json"] : ["b.json", "a.json"];
    const runs = [startGenerate(first), startGenerate(second)];
    expect(await Promise.all(runs.map((run) => run.done))).toEqual([0, 0]);
    expect(new Set(origins()).size).toBe(1);
    expect(leftovers()).toEqual([]);
  }
}, 120_000);

test("SIGKILL at any moment of generate --docs: after the next run's repair, one registry's outputs and no temporaries", async () => {
  expect(await startGenerate("b.json").done).toBe(0);
  for (let round = 0; round < 6; round++) {
    const run = startGenerate(round % 2 === 0 ? "a.json" : "b.json");
    await new Promise((resolve) => setTimeout(resolve, 1200 + round * 150));
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
    const waited = await acquireOutputLock(outDir, { timeoutMs: 300 });
    expect(waited).toEqual({ ok: false, reason: "timeout", owner: live.pid });
  } finally {
    live.kill();
    await liveClosed;
  }
  if (taken.ok) taken.lock.release();
  expect(existsSync(outputLockPath(outDir))).toBe(true); // not ours any more: left to its owner
});

test("generate waits while another live process holds the lock, and writes once it is gone", async () => {
  const holder = spawn("sleep", ["10"]);
  const released = new Promise((resolve) => holder.on("close", resolve));
  writeFileSync(outputLockPath(join(dir, "out")), `${holder.pid}\n`);
  const run = startGenerate("a.json");
  let exited = false;
  void run.done.then(() => (exited = true));
  await released;
  // While the holder ran, nothing was written (a run that does not wait finishes well within 10 s).
  expect(existsSync(join(dir, "out/models.generated.js"))).toBe(false);
  expect(exited).toBe(false);
  expect(await run.done).toBe(0);
  expect(origins()).toEqual(["a", "a", "a"]);
}, 60_000);
