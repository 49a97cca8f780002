import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Document, parse } from "yaml";
import { resolveBase } from "../generator/input/resolve-base";
import { quoteDates } from "../migrate/yaml-out";
import { bundledSchemaPath, nearestPackageDirectory, packageRoot, packageVersion } from "../io/paths";
import type { OutputFile } from "../io/write";
import type { Colors } from "./colors";
import { CONFIG_FILE_NAME } from "./config";
import { EXIT_INVALID, EXIT_OK, runCommand, writeOrExplain, type CliIO } from "./args";

const CATALOGUE_PACKAGE = "@lattice-lock/model-registry";

const USAGE = `Usage: model-registry init [--extends] [--force]

Starts a registry in this project (the nearest directory with a package.json, else this directory):
  models/model_registry.yaml   two providers and four of their models, copied from the shipped catalogue,
                               with a $schema header so editors complete and validate it
  ${CONFIG_FILE_NAME}   registry path, output directory and the regenerate command
  package.json                 a "generate" script (npm run generate)

Options:
  --extends  the registry extends the whole shipped catalogue (extends: "${CATALOGUE_PACKAGE}") instead of
             copying four models: it lists only this project's additions, overrides and removals, and follows
             the catalogue on every upgrade of the package (which must be installed in the project)
  --force    overwrite files that exist (package.json is always edited, never replaced)
  --help     show this help

Exit codes: 0 written, 1 a file exists or cannot be written, or --extends without the package installed
(nothing written), 2 bad usage, 3 internal error.`;

/** The starter's models: current models of two providers, copied with their figures and sources. */
const STARTER_MODELS = ["gpt-6.2-sol", "gpt-6-luna", "claude-sonnet-5-5", "claude-haiku-5-5"];

const SPEC = { name: "model-registry init", usage: USAGE, options: { force: { type: "boolean" }, extends: { type: "boolean" } } } as const;

export function runInit(argv: readonly string[], io: CliIO, c: Colors): Promise<number> {
  return runCommand(argv, io, c, SPEC, ({ values }) => initProject({ force: values.force === true, extendsCatalogue: values.extends === true }, io, c));
}

function initProject({ force, extendsCatalogue }: { force: boolean; extendsCatalogue: boolean }, io: CliIO, c: Colors): number {
  const projectDir = nearestPackageDirectory(io.cwd) ?? io.cwd;
  const registryPath = join(projectDir, "models", "model_registry.yaml");
  const configPath = join(projectDir, CONFIG_FILE_NAME);
  const existing = [registryPath, configPath].filter((path) => existsSync(path));
  if (existing.length > 0 && !force) {
    io.stderr.write(
      `${c.red("error")}: ${existing.map((path) => relative(io.cwd, path) || path).join(" and ")} already exist; nothing was written (use --force to overwrite)\n`,
    );
    return EXIT_INVALID;
  }
  const base = extendsCatalogue ? resolveBase(CATALOGUE_PACKAGE, registryPath) : undefined;
  if (base !== undefined && !base.ok) {
    io.stderr.write(
      `${c.red("error")}: --extends: the registry would extend ${CATALOGUE_PACKAGE}, but no package ${CATALOGUE_PACKAGE} is installed in this project's node_modules or above it; nothing was written\n` +
        `  hint: npm install --save-dev ${CATALOGUE_PACKAGE}, then run init --extends again\n`,
    );
    return EXIT_INVALID;
  }
  const registry = base === undefined ? starterRegistry(registryPath, projectDir) : extendingRegistry(registryPath, projectDir);
  const files: OutputFile[] = [
    { path: registryPath, contents: registry },
    { path: configPath, contents: JSON.stringify({ registry: "models/model_registry.yaml", outDir: "src/generated", command: "npm run generate" }, null, 2) + "\n" },
    { path: join(projectDir, "package.json"), contents: withGenerateScript(join(projectDir, "package.json"), projectDir) },
  ];
  writeOrExplain(files);
  for (const file of files) io.stdout.write(`${c.green("✓")} wrote ${relative(io.cwd, file.path) || file.path}\n`);
  io.stdout.write(
    [
      "",
      "Next steps:",
      "  1. npm run generate          validates models/model_registry.yaml and writes src/generated/",
      '  2. import { getModel, Models } from "./generated/models.generated.js";',
      "  3. add models: see the README of @lattice-lock/model-registry (every rule a new entry must satisfy)",
      "",
    ].join("\n"),
  );
  return EXIT_OK;
}

/** A registry that is the shipped catalogue plus this project's changes, with commented examples of each kind. */
function extendingRegistry(registryPath: string, projectDir: string): string {
  return [
    `# yaml-language-server: $schema=${schemaReference(registryPath, projectDir)}`,
    `# The project's model registry: the catalogue of ${CATALOGUE_PACKAGE}, plus what this file adds, overrides`,
    "# and removes. Regenerate the typed module with: npm run generate",
    "version: 2",
    `extends: "${CATALOGUE_PACKAGE}"`,
    "",
    "# New providers and models go under `providers:` and `models:`, written in full as in the catalogue.",
    "",
    "# Changes to catalogue entries: name the entry, give only what differs (a JSON Merge Patch; null removes a field).",
    "# overrides:",
    "#   models:",
    "#     - id: gpt-6-luna",
    "#       pricing: { input: 0.05, output: 0.4 }",
    "",
    "# Catalogue entries this project must not route to.",
    "# remove:",
    "#   models: [gpt-6.2-sol]",
    "",
  ].join("\n");
}

function starterRegistry(registryPath: string, projectDir: string): string {
  const shipped = parse(readFileSync(join(packageRoot(), "models", "model_registry.yaml"), "utf8")) as {
    providers: Record<string, unknown>;
    models: CatalogueModel[];
  };
  const models = STARTER_MODELS.map((id) => shipped.models.find((model) => model.id === id))
    .filter((model) => model !== undefined)
    .map(inPlainWords);
  const providers = Object.fromEntries([...new Set(models.map((model) => model.provider))].map((id) => [id, shipped.providers[id]]));
  const document = new Document({ version: 2, providers, models });
  quoteDates(document);
  return [
    `# yaml-language-server: $schema=${schemaReference(registryPath, projectDir)}`,
    "# The project's model registry. Regenerate the typed module with: npm run generate",
    document.toString({ lineWidth: 0 }),
  ].join("\n");
}

type CatalogueModel = { id: string; provider: string; notes?: string; sources?: Record<string, string> };

/**
 * A catalogue entry as a starter shows it to an app developer: the maintainers' notes (which source
 * was followed where they disagree, in their working vocabulary) become one plain sentence saying where
 * the entry came from, and source citations lose the maintainers' remarks on how a page was read.
 */
function inPlainWords<M extends CatalogueModel>(model: M): M {
  const sources = model.sources === undefined ? undefined : Object.fromEntries(Object.entries(model.sources).map(([field, source]) => [field, withoutReadingRemarks(source)]));
  return {
    ...model,
    notes: `Copied from the catalogue of ${CATALOGUE_PACKAGE} ${packageVersion()}, where its entry explains each figure and its source. Edit it freely: this file is yours.`,
    ...(sources === undefined ? {} : { sources }),
  };
}

/** `page.md (docs corpus, read 2026-12-01)` → `page.md (read 2026-12-01)`; `page.md (docs corpus)` → `page.md`. */
function withoutReadingRemarks(source: string): string {
  return source
    .replace(/ \(docs corpus\)/g, "")
    .replace(/\(docs corpus[,;] /g, "(");
}

/** The schema as installed in the project (node_modules/@lattice-lock/model-registry/...), relative to the registry. */
function schemaReference(registryPath: string, projectDir: string): string {
  const installed = join(projectDir, "node_modules", "@lattice-lock", "model-registry", "schema", "model_registry.schema.json");
  const target = existsSync(installed) ? installed : bundledSchemaPath();
  return relative(join(registryPath, ".."), target).split("\\").join("/");
}

function withGenerateScript(manifestPath: string, projectDir: string): string {
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>)
    : { name: projectDir.split(/[\\/]/).pop() ?? "app", private: true };
  const scripts = (manifest.scripts ?? {}) as Record<string, string>;
  manifest.scripts = { ...scripts, generate: scripts.generate ?? "model-registry generate" };
  return JSON.stringify(manifest, null, 2) + "\n";
}
