import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, tempPackage } from "./helpers";

const AS_OF = "2026-12-01";
const ARGS = ["generate", "--registry", "model_registry.yaml", "--out", "src/generated", "--as-of", AS_OF];
const DECLARATIONS = "src/generated/models.generated.d.ts";
const CACHE_DIR = "node_modules/.cache/model-registry";

let project: ReturnType<typeof tempPackage>;
beforeEach(() => {
  project = tempPackage("small");
});
afterEach(() => project.cleanup());

const at = (path: string) => join(project.dir, path);

/** The run records (beside them, `derived/` may hold the compiled schema). */
const runRecords = () => readdirSync(at(CACHE_DIR)).filter((name) => name.endsWith(".json"));

function recordPath(): string {
  const records = runRecords();
  expect(records).toHaveLength(1);
  return at(join(CACHE_DIR, records[0]!));
}

/** Generates once, then ages the run's record: a later run that leaves it alone was skipped, one that rewrites it ran. */
async function generatedWithAgedRecord(): Promise<string> {
  expect((await cli(ARGS, { cwd: project.dir })).code).toBe(0);
  const record = recordPath();
  utimesSync(record, new Date(0), new Date(0));
  return record;
}

const wasSkipped = (record: string) => statSync(record).mtimeMs === 0;

test("an unchanged second run is skipped: it reports the outputs up to date from the record", async () => {
  const record = await generatedWithAgedRecord();
  const second = await cli(ARGS, { cwd: project.dir });
  expect(second).toMatchObject({ code: 0, stdout: expect.stringContaining("already up to date") });
  expect(wasSkipped(record)).toBe(true);
});

test("formatter settings appearing (.editorconfig, .prettierrc) leave the run skipped: the module is printed in one fixed style", async () => {
  const record = await generatedWithAgedRecord();
  writeFileSync(at(".editorconfig"), "root = true\n[*]\nindent_style = tab\n");
  writeFileSync(at("src/.prettierrc"), '{ "useTabs": true }\n');
  expect(await cli(ARGS, { cwd: project.dir })).toMatchObject({ code: 0, stdout: expect.stringContaining("already up to date") });
  expect(wasSkipped(record)).toBe(true);
});

test("a skipped run repeats the recorded run's warnings", async () => {
  const record = await generatedWithAgedRecord();
  const recorded = JSON.parse(readFileSync(record, "utf8")) as { diagnostics: unknown[] };
  recorded.diagnostics = [{ severity: "warning", code: "rule/shutdown-soon", message: "recorded warning", file: "model_registry.yaml", line: 1, column: 1 }];
  writeFileSync(record, JSON.stringify(recorded));
  utimesSync(record, new Date(0), new Date(0));
  const second = await cli(ARGS, { cwd: project.dir });
  expect(second.stderr).toContain("recorded warning");
  expect(wasSkipped(record)).toBe(true);
});

test.each<[string, (dir: string) => void, string[]]>([
  [
    "the registry changed",
    (dir) => writeFileSync(join(dir, "model_registry.yaml"), readFileSync(join(dir, "model_registry.yaml"), "utf8") + "\n# edited\n"),
    [],
  ],
  ["an output was edited by hand", (dir) => writeFileSync(join(dir, DECLARATIONS), readFileSync(join(dir, DECLARATIONS), "utf8") + "// hand edit\n"), []],
  ["an output was deleted", (dir) => rmSync(join(dir, DECLARATIONS)), []],
  ["the package.json deciding the module format changed", (dir) => writeFileSync(join(dir, "package.json"), '{ "name": "app" }\n'), []],
  ["a tsconfig.json appeared (the module becomes TypeScript)", (dir) => writeFileSync(join(dir, "tsconfig.json"), "{}\n"), []],
  ["another day judges the lifecycle rules", () => {}, ["--as-of", "2026-12-02"]],
  ["--force", () => {}, ["--force"]],
])("a run is not skipped when %s", async (_case, change, extraArgs) => {
  const record = await generatedWithAgedRecord();
  change(project.dir);
  const run = await cli([...ARGS, ...extraArgs], { cwd: project.dir });
  expect(run.code).toBe(0);
  expect(wasSkipped(record)).toBe(false);
});

test("other settings are another run, with a record of its own", async () => {
  await generatedWithAgedRecord();
  const run = await cli([...ARGS, "--format", "esm"], { cwd: project.dir });
  expect(run.stdout).toContain("wrote src/generated/models.generated.mjs");
  expect(runRecords()).toHaveLength(2);
});

test("check never takes the shortcut, so a stale output is still caught", async () => {
  await generatedWithAgedRecord();
  writeFileSync(at(DECLARATIONS), readFileSync(at(DECLARATIONS), "utf8") + "// hand edit\n");
  const check = await cli(["check", ...ARGS.slice(1)], { cwd: project.dir });
  expect(check.code).toBe(1);
  expect(check.stderr).toContain(`changed ${DECLARATIONS}`);
});

test("a failed run leaves the last good record, and the next good run is not skipped", async () => {
  const record = await generatedWithAgedRecord();
  const registry = readFileSync(at("model_registry.yaml"), "utf8");
  writeFileSync(at("model_registry.yaml"), registry + "unknown_top_level_key: 1\n");
  expect((await cli(ARGS, { cwd: project.dir })).code).toBe(1);
  expect(wasSkipped(record)).toBe(true);
  writeFileSync(at("model_registry.yaml"), registry);
  expect((await cli(ARGS, { cwd: project.dir })).stdout).toContain("already up to date");
});

test("without node_modules there is nowhere to keep a record, and every run runs", async () => {
  rmSync(at("node_modules"), { recursive: true });
  expect((await cli(ARGS, { cwd: project.dir })).code).toBe(0);
  expect((await cli(ARGS, { cwd: project.dir })).stdout).toContain("already up to date");
  expect(readdirSync(project.dir)).not.toContain("node_modules");
});

test("a registry's base is an input: editing it makes the next run run", async () => {
  writeFileSync(at("base.yaml"), readFileSync(at("model_registry.yaml")));
  writeFileSync(at("model_registry.yaml"), "version: 2\nextends: ./base.yaml\n");
  const record = await generatedWithAgedRecord();
  expect((await cli(ARGS, { cwd: project.dir })).stdout).toContain("already up to date");
  expect(wasSkipped(record)).toBe(true);
  writeFileSync(at("base.yaml"), readFileSync(at("base.yaml"), "utf8") + "\n# edited\n");
  expect((await cli(ARGS, { cwd: project.dir })).code).toBe(0);
  expect(wasSkipped(record)).toBe(false);
});

test("a same-size registry edit with its modification time restored (cp -p, rsync -a) is seen: the run is not skipped", async () => {
  const record = await generatedWithAgedRecord();
  const registry = at("model_registry.yaml");
  const { size } = statSync(registry);
  writeFileSync(registry, readFileSync(registry, "utf8").replace("context_window: 128000", "context_window: 128001"));
  expect(statSync(registry).size).toBe(size);
  // The time as recorded, to the nanosecond the record keeps (utimes cannot restore it that exactly).
  const recorded = JSON.parse(readFileSync(record, "utf8")) as { inputs: Record<string, { mtimeMs: number }> };
  recorded.inputs[registry]!.mtimeMs = statSync(registry).mtimeMs;
  writeFileSync(record, JSON.stringify(recorded));
  utimesSync(record, new Date(0), new Date(0));
  const second = await cli(ARGS, { cwd: project.dir });
  expect(second.code).toBe(0);
  expect(wasSkipped(record)).toBe(false);
  expect(readFileSync(at("src/generated/models.generated.js"), "utf8")).toContain("128001");
});

test("a skipped run says which checks it trusted", async () => {
  await generatedWithAgedRecord();
  const second = await cli(ARGS, { cwd: project.dir });
  expect(second.stdout).toContain("checked inputs by content hash, outputs by size and modification time");
});
