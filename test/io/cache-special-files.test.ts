// A run record that is not a regular file (a FIFO left by anyone who can write node_modules/.cache) is ignored and
// rebuilt, never waited on: a blocked read would also keep signals from working. (A project's run keeps no derived
// entries since the module is printed without cached text: test/io/derived-cache.test.ts.)
import { execFileSync } from "node:child_process";
import { appendFileSync, lstatSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tempPackage } from "../cli/helpers";
import { runBinProcess } from "../helpers/run-cli";

const RECORDS = "node_modules/.cache/model-registry";

function replaceWithFifos(directory: string, pattern: RegExp): string[] {
  const names = readdirSync(directory).filter((name) => pattern.test(name));
  for (const name of names) {
    rmSync(join(directory, name));
    execFileSync("mkfifo", [join(directory, name)]);
  }
  return names.map((name) => join(directory, name));
}

describe.each([["the run record", RECORDS, /\.json$/]])("%s replaced by FIFOs", (_what, directory, pattern) => {
  test.each(["generate", "validate"])(
    "%s finishes promptly (exit 0) and the entries are regular files again",
    async (command) => {
      const project = tempPackage("small");
      try {
        const args = [command, "--registry", "model_registry.yaml", ...(command === "generate" ? ["--out", "out"] : [])];
        // The same code writes the record and reads it back: a record's name depends on the code that wrote it.
        expect((await runBinProcess("model-registry", ["generate", "--registry", "model_registry.yaml", "--out", "out"], { cwd: project.dir })).code).toBe(0);
        const fifos = replaceWithFifos(join(project.dir, directory), pattern);
        appendFileSync(join(project.dir, "model_registry.yaml"), "# edited: the run cannot be skipped\n");
        expect(fifos.length).toBeGreaterThan(0);
        const run = await runBinProcess("model-registry", args, { cwd: project.dir, deadlineMs: 90_000 });
        expect([run.code, run.stderr]).toEqual([0, expect.not.stringMatching(/internal error/)]);
        if (command === "generate") for (const path of fifos) expect(lstatSync(path, { throwIfNoEntry: false })?.isFIFO() ?? false).toBe(false);
      } finally {
        project.cleanup();
      }
    },
    120_000,
  );
});
