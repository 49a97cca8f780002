// `usages` reads the registry YAML a generated module was written from (its banner names it), never the data
// printed into the module: the app's registry as `generate` judges it, even when the module is stale or edited.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { registrySourceOfModule } from "../../src/usages/registry";
import { BASE_ARGS, cli, projectCopy } from "./helpers";

const MODULE = "generated/models.generated.d.ts";
const REGISTRY = "registry/model_registry.yaml";

function withProject(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const project = projectCopy();
    try {
      await run(project.dir);
    } finally {
      project.cleanup();
    }
  };
}

const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, "utf8")));

test.each([
  ["../models/model_registry.yaml", "/app/generated/models.generated.d.ts", "/app/models/model_registry.yaml"],
  ["../node_modules/&#64;acme/models/registry.yaml", "/app/src/models.generated.ts", "/app/node_modules/@acme/models/registry.yaml"],
  ["odd*\\/name/\\*.yaml", "/app/models.generated.d.ts", "/app/odd*/name/*.yaml"],
])("the banner's Source %s, of %s, is %s", (source, modulePath, registry) => {
  const text = `/**\n * GENERATED FILE - DO NOT EDIT.\n * Source: ${source} (validated against ../schema.json)\n * Regenerate: x\n */\n`;
  expect(registrySourceOfModule(text, modulePath)).toBe(registry);
});

test("a banner without a Source line names no registry", () => {
  expect(registrySourceOfModule("/**\n * GENERATED FILE - DO NOT EDIT.\n */\nexport {};\n", "/app/models.generated.d.ts")).toBeUndefined();
});

test(
  "the registry is read as it is now: a shutdown date moved after generate shows, and the report names the YAML",
  withProject(async (dir) => {
    edit(join(dir, REGISTRY), (text) => text.replace('shutdown_date: "2026-06-06"', 'shutdown_date: "2027-06-06"'));
    const run = await cli([...BASE_ARGS, "--json"], dir);
    const report = JSON.parse(run.stdout) as { registry: string; uses: Array<{ model: string; shutdownDate: string }> };
    expect(report.registry).toBe(REGISTRY);
    expect(new Set(report.uses.filter((use) => use.model === "gpt-4").map((use) => use.shutdownDate))).toEqual(new Set(["2027-06-06"]));
  }),
  60_000,
);

test.each([
  ["the registry it names is gone", (dir: string) => rmSync(join(dir, REGISTRY)), "was generated from registry/model_registry.yaml, which is not there"],
  ["its banner names no registry", (dir: string) => edit(join(dir, MODULE), (text) => text.replace(/^ \* Source: .*\n/m, "")), "names no source registry"],
  [
    "the registry it names is invalid",
    (dir: string) => edit(join(dir, REGISTRY), (text) => text.replace("context_window: 8192", "context_window: big")),
    "registry/model_registry.yaml:",
  ],
])(
  "%s: exit 1 naming the file, no stack trace",
  (_case, breakIt, says) =>
    withProject(async (dir) => {
      breakIt(dir);
      const run = await cli([...BASE_ARGS], dir);
      expect([run.code, run.stderr]).toEqual([1, expect.stringContaining(says)]);
      expect(run.stderr).not.toMatch(/internal error| {4}at /);
    })(),
  60_000,
);
