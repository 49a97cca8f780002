/**
 * Watch mode keeps watching through what editors, git and build tools do to files: the registry
 * deleted and re-created, its directory deleted and re-created, and a registry that is a symlink
 * whose target is edited in place. Each case must trigger a run (and a later edit another one).
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { watchLoop } from "../../src/cli/watch";
import { tempProject } from "./helpers";
import { waitFor } from "../helpers/wait-for";

/** Starts watchLoop on `file`, recording each run; returns the runs and a stop function. */
function watching(file: string) {
  const runs: string[][] = [];
  const stop = new AbortController();
  const loop = watchLoop({ files: [file], signal: stop.signal, debounceMs: 20, pollMs: 50, run: async (changed) => void runs.push([...changed]) });
  return {
    runs,
    stop: async () => {
      stop.abort();
      await loop;
    },
  };
}

test("the registry deleted and re-created: a run for the deletion, one for the new file, one for a later edit", async () => {
  const project = tempProject("small");
  const registry = join(project.dir, "model_registry.yaml");
  const contents = readFileSync(registry, "utf8");
  const watch = watching(registry);
  try {
    await waitFor("the first run", () => watch.runs.length === 1);
    rmSync(registry);
    await waitFor("a run after the deletion", () => watch.runs.length >= 2);
    writeFileSync(registry, contents);
    await waitFor("a run for the re-created file", () => watch.runs.length >= 3);
    const count = watch.runs.length;
    writeFileSync(registry, contents + "\n# edited\n");
    await waitFor("a run for the later edit", () => watch.runs.length > count);
  } finally {
    await watch.stop();
    project.cleanup();
  }
});

test("the registry's directory deleted and re-created: later saves still regenerate", async () => {
  const project = tempProject("small");
  const directory = join(project.dir, "models");
  const registry = join(directory, "model_registry.yaml");
  mkdirSync(directory);
  const contents = readFileSync(join(project.dir, "model_registry.yaml"), "utf8");
  writeFileSync(registry, contents);
  const watch = watching(registry);
  try {
    await waitFor("the first run", () => watch.runs.length === 1);
    rmSync(directory, { recursive: true });
    await waitFor("a run after the deletion", () => watch.runs.length >= 2);
    mkdirSync(directory);
    writeFileSync(registry, contents);
    await waitFor("a run for the re-created directory", () => watch.runs.length >= 3);
    for (const edit of ["# one\n", "# two\n"]) {
      const count = watch.runs.length;
      writeFileSync(registry, contents + edit);
      await waitFor(`a run for the edit ${edit.trim()}`, () => watch.runs.length > count);
    }
    expect(watch.runs.slice(1).every((changed) => changed.length === 1 && changed[0] === registry)).toBe(true);
  } finally {
    await watch.stop();
    project.cleanup();
  }
});

test("a symlinked registry: edits of the target, elsewhere, regenerate", async () => {
  const project = tempProject("small");
  const targetDirectory = join(project.dir, "elsewhere");
  mkdirSync(targetDirectory);
  const target = join(targetDirectory, "real.yaml");
  const contents = readFileSync(join(project.dir, "model_registry.yaml"), "utf8");
  writeFileSync(target, contents);
  const link = join(project.dir, "linked.yaml");
  symlinkSync(target, link);
  const watch = watching(link);
  try {
    await waitFor("the first run", () => watch.runs.length === 1);
    for (const edit of ["# one\n", "# two\n"]) {
      const count = watch.runs.length;
      writeFileSync(target, contents + edit);
      await waitFor(`a run for the target edit ${edit.trim()}`, () => watch.runs.length > count);
    }
    expect(watch.runs[1]).toEqual([link]);
  } finally {
    await watch.stop();
    project.cleanup();
  }
});
