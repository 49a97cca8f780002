import { spawn } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, type CliIO } from "../../src/cli/main";
import { watchLoop } from "../../src/cli/watch";
import { binCommand, tempProject } from "./helpers";
import { waitFor } from "../helpers/wait-for";

/** Saves like an editor does: write a temporary sibling, then rename it over the file. */
function saveLikeAnEditor(path: string, contents: string): void {
  writeFileSync(`${path}.swp`, contents);
  renameSync(`${path}.swp`, path);
}

test("--watch: edit → regenerated; bad edit → errors and last good output kept; fix → recovered; SIGINT stops it", async () => {
  const project = tempProject("small");
  const registry = join(project.dir, "model_registry.yaml");
  const output = join(project.dir, "src/generated/models.generated.d.ts");
  const dataModule = join(project.dir, "src/generated/models.generated.js");
  const [node, script] = binCommand("model-registry");
  const child = spawn(node, [script, "generate", "--watch", "--registry", "model_registry.yaml", "--out", "src/generated"], {
    cwd: project.dir,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const readFile = (path: string) => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return "";
    }
  };
  const read = () => readFile(output);
  try {
    await waitFor("the first generation", () => log.includes("Watching model_registry.yaml"));
    expect(read()).toContain("GPT-4o");
    expect(readFile(dataModule)).toContain("GPT-4o");

    const original = readFileSync(registry, "utf8");
    saveLikeAnEditor(registry, original.replace("display_name: GPT-4o\n", "display_name: GPT-4o Omni\n"));
    await waitFor("the edit to be regenerated", () => read().includes("GPT-4o Omni") && readFile(dataModule).includes("GPT-4o Omni"));
    const lastGood = [read(), readFile(dataModule)];

    const logBeforeBadEdit = log.length;
    writeFileSync(registry, original.replace("context_window: 8192", "context_window: big"));
    await waitFor("the error report", () => log.includes("Kept the last good output", logBeforeBadEdit));
    expect(log.slice(logBeforeBadEdit)).toContain("model_registry.yaml:37:21 - error schema/type");
    expect([read(), readFile(dataModule)]).toEqual(lastGood);

    writeFileSync(registry, original.replace("display_name: GPT-4o\n", "display_name: GPT-4o Recovered\n"));
    // The child writes the files before it reports them: wait for the report too, or the log may lag the disk.
    const reportedWrites = () => log.match(/wrote src\/generated\/models\.generated\.js/g)?.length ?? 0;
    await waitFor("recovery", () => read().includes("GPT-4o Recovered") && readFile(dataModule).includes("GPT-4o Recovered") && reportedWrites() >= 3);
    expect(log.match(/wrote src\/generated\/models\.generated\.d\.ts/g)?.length).toBeGreaterThanOrEqual(3);
    expect(log.match(/wrote src\/generated\/models\.generated\.js/g)?.length).toBeGreaterThanOrEqual(3);

    child.kill("SIGINT");
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    child.stdout.destroy();
    child.stderr.destroy();
    project.cleanup();
  }
}, 240_000);

test("watchLoop ignores other files in the directory (its own outputs) and stops on abort", async () => {
  const project = tempProject("small");
  const registry = join(project.dir, "model_registry.yaml");
  const runs: string[][] = [];
  const stop = new AbortController();
  try {
    const loop = watchLoop({ files: [registry], signal: stop.signal, debounceMs: 20, run: async (changed) => void runs.push([...changed]) });
    for (const name of ["models.generated.d.ts", "models.generated.js", "model-registry-runtime.d.ts", "model-registry-runtime.js"]) {
      writeFileSync(join(project.dir, name), "// an output beside the registry\n");
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toEqual([[]]);

    writeFileSync(registry, readFileSync(registry, "utf8") + "\n");
    writeFileSync(registry, readFileSync(registry, "utf8") + "\n");
    await waitFor("one debounced run", () => runs.length === 2);
    expect(runs[1]).toEqual([registry]);

    stop.abort();
    await loop;
  } finally {
    project.cleanup();
  }
});

test("watchLoop watches the files a run resolves with: a file joins the set, and a dropped one stops counting", async () => {
  const project = tempProject("small");
  const [registry, base, other] = ["model_registry.yaml", "base.yaml", "other.yaml"].map((name) => join(project.dir, name));
  for (const file of [base!, other!]) writeFileSync(file, "version: 2\n");
  const runs: string[][] = [];
  let next = [registry!, base!];
  const stop = new AbortController();
  try {
    const loop = watchLoop({
      files: [registry!],
      signal: stop.signal,
      debounceMs: 20,
      pollMs: 50,
      run: async (changed) => {
        runs.push([...changed]);
        return next;
      },
    });
    await waitFor("the first run", () => runs.length === 1);
    writeFileSync(base!, "version: 2\n# edited\n");
    await waitFor("a run for the base", () => runs.length === 2);
    expect(runs[1]).toEqual([base]);

    next = [registry!, other!];
    writeFileSync(registry!, readFileSync(registry!, "utf8") + "\n");
    await waitFor("a run for the registry", () => runs.length === 3);
    writeFileSync(base!, "version: 2\n# edited again\n");
    writeFileSync(other!, "version: 2\n# edited\n");
    await waitFor("a run for the new file", () => runs.length === 4);
    expect(runs[3]).toEqual([other]);

    stop.abort();
    await loop;
  } finally {
    project.cleanup();
  }
});

test("generate --watch on a registry that extends a base regenerates when the base changes", async () => {
  const project = tempProject("small");
  const base = join(project.dir, "model_registry.yaml");
  const registry = join(project.dir, "company.yaml");
  writeFileSync(registry, "version: 2\nextends: ./model_registry.yaml\noverrides:\n  models:\n    - id: gpt-4o\n      pricing: { input: 2, output: 8 }\n");
  const output = join(project.dir, "out/models.generated.js");
  const stop = new AbortController();
  let stdout = "";
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    env: {},
    cwd: project.dir,
    signal: stop.signal,
  };
  const read = () => {
    try {
      return readFileSync(output, "utf8");
    } catch {
      return "";
    }
  };
  try {
    const exited = runCli(["generate", "--watch", "--registry", "company.yaml", "--out", "out"], io);
    await waitFor("the first generation", () => /Watching company.yaml, .*model_registry.yaml/.test(stdout));
    expect(read()).toContain('"input":2,');
    saveLikeAnEditor(base, readFileSync(base, "utf8").replace("display_name: GPT-4o\n", "display_name: GPT-4o Omni\n"));
    await waitFor("the base's edit to be regenerated", () => read().includes("GPT-4o Omni"));
    stop.abort();
    expect(await exited).toBe(0);
  } finally {
    stop.abort();
    project.cleanup();
  }
}, 240_000);
