import { existsSync, realpathSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Document, parse } from "yaml";
import { resolveBase } from "../generator/input/resolve-base";
import { quoteDates } from "../migrate/yaml-out";
import { bundledSchemaPath, nearestPackageDirectory, packageRoot, packageVersion } from "../io/paths";
import { replaceAtomically } from "../io/edit-in-place";
import { readBoundedText, readRegularFile } from "../io/read-input";
import type { OutputFile } from "../io/write";
import { jsonErrorPosition, jsonLayout, stringifyInLayout, withoutBom } from "../shared/json-text";
import type { Colors } from "./colors";
import { CONFIG_FILE_NAME, DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { EXIT_INVALID, EXIT_OK, InputError, runCommand, writeOrExplain, type CliIO } from "./args";

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
  const registryPath = join(projectDir, DEFAULT_REGISTRY_PATH);
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
  const manifestPath = join(projectDir, "package.json");
  // Checked before anything is written (and before the catalogue is read): a package.json init cannot edit stops the whole run.
  const manifest = withGenerateScript(manifestPath, projectDir, io.cwd);
  const registry = base === undefined ? starterRegistry(registryPath, projectDir) : extendingRegistry(registryPath, projectDir);
  const files: OutputFile[] = [
    { path: registryPath, contents: registry },
    {
      path: configPath,
      contents: JSON.stringify({ registry: DEFAULT_REGISTRY_PATH, outDir: "src/generated", command: "npm run generate" }, null, 2) + "\n",
    },
  ];
  writeOrExplain(files);
  if (manifest !== undefined) writeManifest(manifestPath, manifest);
  for (const file of files) io.stdout.write(`${c.green("✓")} wrote ${relative(io.cwd, file.path) || file.path}\n`);
  const shownManifest = relative(io.cwd, manifestPath) || manifestPath;
  io.stdout.write(
    manifest === undefined ? `${c.green("✓")} kept ${shownManifest} (it already has a "generate" script)\n` : `${c.green("✓")} wrote ${shownManifest}\n`,
  );
  io.stdout.write(
    [
      "",
      "Next steps:",
      "  1. npm run generate          validates models/model_registry.yaml and writes src/generated/",
      '  2. import { getModel, Models } from "./generated/models.generated.js";',
      "  3. add models: docs/adding-a-model.md in the @lattice-lock/model-registry repository lists every rule an entry must satisfy",
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
  const shipped = parse(readBoundedText(join(packageRoot(), DEFAULT_REGISTRY_PATH))) as {
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
  const sources =
    model.sources === undefined
      ? undefined
      : Object.fromEntries(Object.entries(model.sources).map(([field, source]) => [field, withoutReadingRemarks(source)]));
  return {
    ...model,
    notes: `Copied from the catalogue of ${CATALOGUE_PACKAGE} ${packageVersion()}, where its entry explains each figure and its source. Edit it freely: this file is yours.`,
    ...(sources === undefined ? {} : { sources }),
  };
}

/** `page.md (docs corpus, read 2026-12-01)` → `page.md (read 2026-12-01)`; `page.md (docs corpus)` → `page.md`. */
function withoutReadingRemarks(source: string): string {
  return source.replace(/ \(docs corpus\)/g, "").replace(/\(docs corpus[,;] /g, "(");
}

/** The schema as installed in the project (node_modules/@lattice-lock/model-registry/...), relative to the registry. */
function schemaReference(registryPath: string, projectDir: string): string {
  const installed = join(projectDir, "node_modules", "@lattice-lock", "model-registry", "schema", "model_registry.schema.json");
  const target = existsSync(installed) ? installed : bundledSchemaPath();
  return relative(join(registryPath, ".."), target).split("\\").join("/");
}

/**
 * package.json with a "generate" script added, in the file's own layout (BOM, indentation, line endings); undefined
 * when it already has one (the file is not touched). A file init cannot edit is a located error (exit 1), and
 * nothing is written.
 */
function withGenerateScript(manifestPath: string, projectDir: string, cwd: string): string | undefined {
  const read = readRegularFile(manifestPath);
  if (!read.ok && read.code === "ENOENT")
    return JSON.stringify({ name: projectDir.split(/[\\/]/).pop() ?? "app", private: true, scripts: { generate: GENERATE_SCRIPT } }, null, 2) + "\n";
  const shown = relative(cwd, manifestPath) || manifestPath;
  if (!read.ok) throw new InputError(`cannot read ${shown}: ${read.reason}; nothing was written`);
  const text = read.bytes.toString("utf8");
  let manifest: unknown;
  try {
    manifest = JSON.parse(withoutBom(text));
  } catch (error) {
    const at = jsonErrorPosition(withoutBom(text), (error as Error).message);
    throw new InputError(`${shown}:${at.line}:${at.column}: not valid JSON (${(error as Error).message}); nothing was written`);
  }
  if (!isPlainObject(manifest)) throw new InputError(`${shown}:1:1: must be a JSON object, got ${describeJson(manifest)}; nothing was written`);
  const scripts = manifest.scripts;
  if (scripts !== undefined && !isPlainObject(scripts)) {
    throw new InputError(
      `${shown}:${keyPosition(text, "scripts")}: "scripts" must be an object of script names to commands, got ${describeJson(scripts)}; nothing was written`,
    );
  }
  if (scripts !== undefined && Object.hasOwn(scripts, "generate")) return undefined;
  manifest.scripts = { ...scripts, generate: GENERATE_SCRIPT };
  return stringifyInLayout(manifest, jsonLayout(text));
}

const GENERATE_SCRIPT = "model-registry generate";

/** package.json is edited in place: a symlink is written through to its target, the file's mode kept. */
function writeManifest(path: string, contents: string): void {
  const target = existsSync(path) ? realpathSync(path) : path;
  const mode = existsSync(target) ? statSync(target).mode & 0o7777 : 0o644;
  try {
    replaceAtomically(target, contents, mode);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value} (${JSON.stringify(value)})`;
}

/** `line:column` of the first `"key":` in the text (1:1 when not found). */
function keyPosition(text: string, key: string): string {
  const offset = text.search(new RegExp(`"${key}"\\s*:`));
  if (offset < 0) return "1:1";
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}
