// Each bin once as a real process: the rest of the CLI tests call the same entry points in-process.
// What only a process shows: the exit code set through process.exitCode, and output on the real streams.
import { join } from "node:path";
import { runBinProcess } from "../helpers/run-cli";
import { FIXTURES as MIGRATE_FIXTURES, ROOT } from "../migrate/helpers";
import { tempProject } from "./helpers";

test("model-registry: a stale check exits 1 and says so on stderr", async () => {
  const project = tempProject("small");
  try {
    const run = await runBinProcess("model-registry", ["check", "--registry", "model_registry.yaml", "--out", "generated"], { cwd: project.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/missing\s+generated\/models\.generated\.d\.ts/);
  } finally {
    project.cleanup();
  }
});

test("migrate: entries on stdout, the report on stderr, exit 0", async () => {
  const run = await runBinProcess("migrate", [join(MIGRATE_FIXTURES, "small-table/legacy.md")], { cwd: ROOT });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("id: gpt-new");
  expect(run.stderr).toContain("migrate ");
});

test("import-litellm: a usage error exits 2", async () => {
  const run = await runBinProcess("import-litellm", ["--bogus"], { cwd: ROOT });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("unknown option --bogus");
});
