// Each exit code means one thing for every command and bin: 0 ok, 1 invalid input, 2 bad usage, 3 a bug.
// One row per command and code; the bugs are simulated by making a module the command relies on throw.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as generator from "../../src/generator/generate";
import * as write from "../../src/io/write";
import * as legacyTable from "../../src/migrate/legacy-table";
import * as litellm from "../../src/migrate/litellm";
import * as upgrade from "../../src/migrate/upgrade-schema";
import * as usagesScan from "../../src/usages/scan";
import { runImportLitellmCli, runMigrateCli, runModelRegistry, type CliRun } from "../helpers/run-cli";
import { FIXTURES as MIGRATE_FIXTURES } from "../migrate/helpers";
import { FIXTURES, tempProject } from "./helpers";

type Entry = "model-registry" | "migrate" | "import-litellm";

interface Row {
  entry: Entry;
  argv: string[];
  code: 0 | 1 | 2 | 3;
  /** What stderr (or stdout, for 0) says. */
  says: string;
  /** Prepares the project directory (a copy of test/fixtures/cli/small, registry at model_registry.yaml). */
  setup?: (dir: string) => void;
  /** For code 3: the module function that throws. */
  bug?: () => jest.SpyInstance;
}

const LEGACY = join(MIGRATE_FIXTURES, "small-table/legacy.md");
const PRICES = join(MIGRATE_FIXTURES, "not-json/prices.json");
const REGISTRY = ["--registry", "model_registry.yaml"];
const simulated = () => new Error("simulated bug");
const generatorBug = () => jest.spyOn(generator, "generate").mockRejectedValue(simulated());
const invalidRegistry = (dir: string) => copyFileSync(join(FIXTURES, "wrong-type/model_registry.yaml"), join(dir, "model_registry.yaml"));

const ROWS: Row[] = [
  ...(["generate", "validate", "check"] as const).flatMap((command): Row[] => [
    { entry: "model-registry", argv: [command, "--help"], code: 0, says: `Usage: model-registry ${command}` },
    { entry: "model-registry", argv: [command, ...REGISTRY], code: 1, says: "schema/type", setup: invalidRegistry },
    {
      entry: "model-registry",
      argv: [command, ...REGISTRY, "--schema", "broken.json"],
      code: 1,
      says: "schema/json",
      setup: (dir) => writeFileSync(join(dir, "broken.json"), "{"),
    },
    { entry: "model-registry", argv: [command, "--registy", "model_registry.yaml"], code: 2, says: "unknown option --registy; did you mean --registry?" },
    { entry: "model-registry", argv: [command, "--as-of", "2026-02-30"], code: 2, says: "--as-of must be a calendar date" },
    { entry: "model-registry", argv: [command, "--schema", "missing.json"], code: 2, says: "cannot find missing.json (--schema)" },
    { entry: "model-registry", argv: [command, ...REGISTRY], code: 3, says: "this is a bug in model-registry", bug: generatorBug },
  ]),
  { entry: "model-registry", argv: ["check", ...REGISTRY, "--out", "generated"], code: 1, says: "Stale generated output" },
  {
    entry: "model-registry",
    argv: ["--config", "bad.json"],
    code: 1,
    says: 'unknown setting "registr"',
    setup: (dir) => writeFileSync(join(dir, "bad.json"), '{ "registr": "x" }'),
  },
  { entry: "model-registry", argv: ["genrate"], code: 2, says: 'unknown command "genrate"; did you mean `generate`?' },
  { entry: "model-registry", argv: ["--version"], code: 0, says: "." },

  { entry: "model-registry", argv: ["init", "--help"], code: 0, says: "Usage: model-registry init" },
  {
    entry: "model-registry",
    argv: ["init"],
    code: 1,
    says: "already exist; nothing was written",
    setup: (dir) => writeFileSync(join(dir, "model-registry.config.json"), "{}"),
  },
  { entry: "model-registry", argv: ["init", "--froce"], code: 2, says: "unknown option --froce; did you mean --force?" },
  {
    entry: "model-registry",
    argv: ["init", "--force"],
    code: 3,
    says: "simulated bug",
    bug: () =>
      jest.spyOn(write, "writeFilesAtomically").mockImplementation(() => {
        throw simulated();
      }),
  },

  { entry: "model-registry", argv: ["upgrade-schema", "--help"], code: 0, says: "Usage: model-registry upgrade-schema" },
  {
    entry: "model-registry",
    argv: ["upgrade-schema", "v1.yaml"],
    code: 1,
    says: "upgrade/failed",
    setup: (dir) => writeFileSync(join(dir, "v1.yaml"), "version: 1\nmodels:\n  - id: x\n    notes: *nothere\n"),
  },
  { entry: "model-registry", argv: ["upgrade-schema", "missing.yaml"], code: 2, says: "cannot find missing.yaml" },
  {
    entry: "model-registry",
    argv: ["upgrade-schema", "model_registry.yaml"],
    code: 3,
    says: "simulated bug",
    bug: () =>
      jest.spyOn(upgrade, "upgradeRegistryText").mockImplementation(() => {
        throw simulated();
      }),
  },

  { entry: "model-registry", argv: ["audit", "--help"], code: 0, says: "Usage: model-registry audit" },
  {
    entry: "model-registry",
    argv: ["audit", ...REGISTRY, "--source", "genai-prices"],
    code: 1,
    says: "must be valid before it can be audited",
    setup: invalidRegistry,
  },
  { entry: "model-registry", argv: ["audit", "--source", "openrouter=x.json"], code: 2, says: 'unknown source "openrouter"' },
  { entry: "model-registry", argv: ["audit", ...REGISTRY, "--source", "genai-prices"], code: 3, says: "simulated bug", bug: generatorBug },

  { entry: "model-registry", argv: ["usages", "--help"], code: 0, says: "Usage: model-registry usages" },
  { entry: "model-registry", argv: ["usages", "model_registry.yaml", ...REGISTRY], code: 1, says: "model_registry.yaml:", setup: invalidRegistry },
  { entry: "model-registry", argv: ["usages", "--fail-within", "soon"], code: 2, says: '--fail-within takes a whole number of days; got "soon"' },
  {
    entry: "model-registry",
    argv: ["usages", "model_registry.yaml", ...REGISTRY],
    code: 3,
    says: "simulated bug",
    bug: () =>
      jest.spyOn(usagesScan, "runUsages").mockImplementation(() => {
        throw simulated();
      }),
  },

  { entry: "migrate", argv: ["--help"], code: 0, says: "Usage: npm run migrate --" },
  { entry: "migrate", argv: [LEGACY, "--out", "model_registry.yaml"], code: 1, says: "already exists; refusing to overwrite it" },
  { entry: "migrate", argv: [LEGACY, "--verified", "2026-13-01"], code: 2, says: "--verified must be a real date" },
  {
    entry: "migrate",
    argv: [LEGACY],
    code: 3,
    says: "simulated bug",
    bug: () =>
      jest.spyOn(legacyTable, "convertLegacyMarkdown").mockImplementation(() => {
        throw simulated();
      }),
  },

  { entry: "import-litellm", argv: ["--help"], code: 0, says: "Usage: npm run import:litellm --" },
  { entry: "import-litellm", argv: [PRICES, "--verified", "2026-07-24"], code: 1, says: "is not valid JSON" },
  { entry: "import-litellm", argv: [PRICES, "--provider"], code: 2, says: "--provider needs a value" },
  {
    entry: "import-litellm",
    argv: ["prices-2026-07-24.json"],
    code: 3,
    says: "simulated bug",
    setup: (dir) => writeFileSync(join(dir, "prices-2026-07-24.json"), "{}"),
    bug: () =>
      jest.spyOn(litellm, "convertLiteLlm").mockImplementation(() => {
        throw simulated();
      }),
  },
];

const ENTRIES: Record<Entry, (argv: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<CliRun>> = {
  "model-registry": runModelRegistry,
  migrate: runMigrateCli,
  "import-litellm": runImportLitellmCli,
};

test.each(ROWS.map((row) => [row.entry, row.argv.join(" "), row.code, row] as const))("%s %s exits %d", async (_entry, _argv, _code, row) => {
  const project = tempProject("small");
  const spy = row.bug?.();
  try {
    row.setup?.(project.dir);
    const run = await ENTRIES[row.entry](row.argv, { cwd: project.dir, env: { NO_COLOR: "1" } });
    expect({ code: run.code, says: (row.code === 0 ? run.stdout : run.stderr).includes(row.says) }).toEqual({ code: row.code, says: true });
    if (row.code === 2) expect(run.stderr).toMatch(/Run `.+ --help` for usage\.\n$/);
    if (row.code !== 3) expect(run.stderr).not.toContain("bug");
  } finally {
    spy?.mockRestore();
    project.cleanup();
  }
});
