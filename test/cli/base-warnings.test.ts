// In an app whose registry extends the shipped catalogue, the catalogue's warnings (its models shutting down soon)
// are one summary line per base, on every run including "already up to date"; a model the app's registry names
// keeps its warning in full; --verbose shows them all.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { cli, REPO_ROOT } from "./helpers";

/** A day five days before the first shutdown in the shipped catalogue, so some of its models warn "shuts down soon". */
const AS_OF = (() => {
  const { models } = parse(readFileSync(join(REPO_ROOT, "models/model_registry.yaml"), "utf8")) as { models: Array<{ shutdown_date?: string }> };
  const first = models
    .map((model) => model.shutdown_date)
    .filter((date): date is string => date !== undefined && date > "2026-12-06")
    .sort()[0]!;
  return new Date(Date.parse(first) - 5 * 86_400_000).toISOString().slice(0, 10);
})();
const SUMMARY =
  /^(\d+) warnings? in the base registry \S*models\/model_registry\.yaml \(rule\/shutdown-soon: ([^)]*)\), about models this registry does not name; --verbose shows them/m;
/** A code frame's location line pointing into the catalogue. */
const CATALOGUE_FRAME = /\S\/models\/model_registry\.yaml:\d+:\d+ - warning/; // the app's own file shows as models/…, relative

let app: string;
beforeEach(() => {
  app = mkdtempSync(join(tmpdir(), "model-registry-base-warnings-"));
  writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
  mkdirSync(join(app, "node_modules", "@lattice-lock"), { recursive: true });
  symlinkSync(REPO_ROOT, join(app, "node_modules", "@lattice-lock", "model-registry"), "dir");
  mkdirSync(join(app, "models"));
});
afterEach(() => rmSync(app, { recursive: true, force: true }));

function writeRegistry(extra = ""): void {
  writeFileSync(join(app, "models/model_registry.yaml"), `version: 2\nextends: "@lattice-lock/model-registry"\n${extra}`);
}

const generate = (...flags: string[]) => cli(["generate", "--out", "src/generated", "--as-of", AS_OF, ...flags], { cwd: app });

test("the catalogue's warnings are one line, also when the output is already up to date", async () => {
  writeRegistry();
  const first = await generate();
  expect(first.code).toBe(0);
  expect(first.stderr).toMatch(SUMMARY);
  expect(first.stderr).not.toMatch(CATALOGUE_FRAME);
  expect(first.stderr.trim().split("\n")).toHaveLength(1);

  const again = await generate();
  expect(again.stdout).toContain("already up to date");
  expect(again.stderr).toBe(first.stderr);
});

test("a catalogue model the app's registry overrides keeps its warning in full; --verbose shows every one", async () => {
  writeRegistry();
  const [, count, models] = SUMMARY.exec((await generate()).stderr)!;
  const named = models!.split(", ")[0]!;
  writeRegistry(`overrides:\n  models:\n    - id: ${named}\n      notes: "Kept for the batch jobs until the shutdown."\n`);
  const run = await generate();
  expect(run.stderr).toMatch(CATALOGUE_FRAME);
  expect(run.stderr).toContain(`model "${named}" shuts down on`);
  if (Number(count) > 1) expect(run.stderr).toMatch(SUMMARY);

  const verbose = await generate("--verbose", "--force");
  expect(verbose.stderr).not.toMatch(SUMMARY);
  expect(verbose.stderr.match(new RegExp(CATALOGUE_FRAME.source, "g"))).toHaveLength(Number(count));
});
