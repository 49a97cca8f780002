import { rmSync } from "node:fs";
import { DEFAULT_COMMAND } from "../shared/defaults";
import { todayUtc } from "../shared/dates";
import { dirname, join, resolve } from "node:path";
import { abortSignalName, isInterrupted } from "../io/abort";
import { readTextIfRegular } from "../io/read-input";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../shared/diagnostics";
import { emitChart } from "./docs/emit-chart";
import { emitTimeline } from "./docs/emit-timeline";
import { emitCatalogue } from "./docs/catalogue/emit-catalogue";
import { emitMarkdown, emitReadmeSummary } from "./docs/emit-markdown";
import { duplicateNames, printModule, type Declaration, type ModuleFormat } from "./emit/module-model";
import { registryModule } from "./emit/registry-module";
import {
  defaultLanguage,
  formerOutputs,
  mainModuleSpecifier,
  MissingRuntimeError,
  moduleFiles,
  providerModuleFiles,
  packageTypeIsModule,
  runtimeFiles,
  runtimeSpecifierFor,
  type OutputLanguage,
  type OutputLayout,
} from "./output/layout";
import { schemaTypes, UnsupportedSchemaError } from "./emit/schema-types";
import { providerModule } from "./emit/provider-module";
import { checkFormatVersion, isCurrentFormat } from "./input/format-version";
import { reservedIdentifierCollisions } from "./validate/identifiers";
import { loadRegistryChain } from "./input/load-chain";
import { loadSchemaFile } from "./input/load-schema";
import { secretPlaceholderProblems } from "./validate/secret-placeholders";
import { normalizeRegistry, type NormalizedRegistry } from "./model/normalize";
import { foreignOutputProblems } from "./output/ownership";
import { derivedCacheFor } from "../io/derived-cache";
import { bundledSchemaPath, nearestPackageDirectory, portableRelative, runPaths } from "../io/paths";
import { README_BLOCK_END, README_BLOCK_START, rewriteReadmeBlock } from "./docs/readme-block";
import type { ModelRegistryFile } from "../shared/registry-file";
import { StageTimer, type StageTimings } from "./stage-timer";
import { validateRules } from "./validate/validate-rules";
import { baseVersionProblems, extensionKeyProblems } from "./validate/validate-extension";
import { unusableSchema, validateAgainstSchema, type JsonSchema } from "./validate/validate-schema";
import {
  compareWithDisk,
  hasInterruptedWrite,
  NODE_WRITE_IO,
  OutputWriteError,
  removeStaleTemporaries,
  repairInterruptedWrite,
  writeFilesAtomically,
  type FileState,
  type OutputFile,
} from "../io/write";
import { acquireOutputLock } from "../io/output-lock";

export type GenerateMode = "write" | "check" | "validate";

export interface GenerateOptions {
  /** The registry YAML. Default: `models/model_registry.yaml` under `cwd`. */
  registryPath?: string;
  /** Directory for `models.generated.js` and its `.d.ts`. Default: `generated` under `cwd`. */
  outDir?: string;
  /**
   * `esm` or `cjs`. Default: `esm` when the package.json nearest the output directory says `"type": "module"`,
   * else `cjs`. A CommonJS module can be imported from ESM too (its exports are static).
   */
  moduleFormat?: ModuleFormat;
  /**
   * `ts`: `models.generated.ts` and the runtime as TypeScript, emitted by the app's own compiler or bundler (a plain
   * `tsc` build copies no `.js` files). `js`: `models.generated.js` with its `.d.ts`. Default: `ts` when a
   * tsconfig.json sits in the output directory or above it within its package, else `js`.
   */
  language?: OutputLanguage;
  /**
   * Where the generated module gets the runtime from. `bundled` (default): a copy of the runtime is written beside
   * it, so app code needs nothing from this package at run time. A path (starting with `.` or `/`, relative to
   * `cwd`): that module, imported relatively. Anything else: a package specifier, imported as written.
   */
  runtime?: string;
  /** JSON Schema to validate against. Default: the one shipped with this package. */
  schemaPath?: string;
  /** `write` (default) writes changed outputs; `check` compares them; `validate` emits nothing. */
  mode?: GenerateMode;
  /** Command shown in banners and hints: how to regenerate in this project. Default: `npx model-registry generate`. */
  command?: string;
  cwd?: string;
  /**
   * The day lifecycle rules are judged on (YYYY-MM-DD). Default: today (UTC). It only changes diagnostics, never
   * the generated output.
   */
  asOf?: string;
  /**
   * Also generate the docs: the markdown registry, the SVG chart and the README summary block; with
   * `cataloguePath`, the catalogue page (one static HTML file holding the data, the charts and its own script).
   */
  docs?: { markdownPath: string; chartPath: string; readmePath?: string; timelinePath?: string; cataloguePath?: string };
  /** Largest registry or schema file read, in bytes. Default: DEFAULT_MAX_INPUT_BYTES (64 MiB). */
  maxInputBytes?: number;
  /**
   * `false`: derive everything afresh. By default a run reads the validator the installed package's build derived
   * from the bundled schema (its `dist/derived`); naming that directory, relative to `cwd`, lets the build write it.
   * Entries are keyed by the content they were derived from, so the output never depends on this setting.
   */
  cache?: string | false;
  /** Aborting stops the run at the next stage boundary, before anything is written (SIGINT/SIGTERM in the CLI). */
  signal?: AbortSignal;
  /** Called once when another live process holds the output directory's lock (its pid): the run waits for it. */
  onWaitForLock?: (owner: number) => void;
}

export interface GenerateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Every output, as it should be on disk (empty when validation failed or in validate mode). */
  files: OutputFile[];
  /** Outputs written by this run (write mode). */
  written: string[];
  /** Outputs that differ from what is on disk (check mode). */
  stale: StaleOutput[];
  /** Files of another language or module format left by an earlier run: removed in write mode, stale in check mode. */
  removed?: string[];
  timings: StageTimings;
  /** The run was aborted through `options.signal` before it wrote anything. */
  interrupted?: boolean;
  /**
   * Absolute paths of every file the outputs depend on, in the order read: the registry, each base of its
   * `extends` chain (and the package.json that named a package's registry), the schema, the package.json that
   * decides the module format. Complete only when the run got as far as printing the outputs; the README, whose summary block is rewritten, is an output rather than an input.
   */
  inputs: string[];
  /**
   * The registry's data as loaded and judged (an extending registry with its bases merged in), once it could be
   * read: `audit` and `refresh` work on what validation just judged instead of reading the files again.
   */
  registry?: unknown;
}

/** An output that differs from what is on disk, with both versions, so a caller can show the difference. */
export interface StaleOutput {
  /** Relative to `cwd` when inside it. */
  path: string;
  /** `obsolete`: a file an earlier run wrote in another language or format, which this run removes. */
  state: Exclude<FileState, "unchanged"> | "obsolete";
  /** What generate would write. */
  expected: string;
  /** What the file holds now; undefined when it is missing or cannot be read. */
  current: string | undefined;
}

export const GENERATED_MODULE_BASENAME = "models.generated";
/** The declaration file of the generated module in a CommonJS package (the default layout). */
export const GENERATED_DECLARATIONS_NAME = "models.generated.d.ts";

/**
 * load → validate → transform → emit → format → write. Never exits the process; never throws on bad input.
 * A writing run holds the output directory's lock from the repair of a killed run to its last rename: two
 * generators on the same outputs take turns, so the module and the docs always come from one of them.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  if ((options.mode ?? "write") !== "write") return generateOutputs(options);
  const cwd = options.cwd ?? process.cwd();
  const { outDir, registryPath } = runPaths(options, cwd);
  const locked = await acquireOutputLock(outDir, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onWaitForLock ? { onWait: options.onWaitForLock } : {}),
  });
  if (!locked.ok) {
    const diagnostic =
      locked.reason === "aborted"
        ? interruptedDiagnostic(options.signal, registryPath)
        : {
            severity: "error" as const,
            code: "write/locked",
            message: `another generate (pid ${locked.owner}) has been writing these outputs for too long; nothing was written`,
            file: outDir,
            line: 0,
            column: 0,
          };
    const file = portableRelative(cwd, diagnostic.file);
    return {
      ok: false,
      diagnostics: [{ ...diagnostic, file }],
      files: [],
      written: [],
      stale: [],
      timings: new StageTimer().timings,
      inputs: [],
      ...(locked.reason === "aborted" ? { interrupted: true } : {}),
    };
  }
  try {
    return await generateOutputs(options);
  } finally {
    locked.lock.release();
  }
}

async function generateOutputs(options: GenerateOptions): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const { registryPath, outDir, schemaPath } = runPaths(options, cwd);
  const mode = options.mode ?? "write";
  const timer = new StageTimer();
  const inputs: string[] = [];
  let registryData: unknown;
  const result = (diagnostics: Diagnostic[], files: OutputFile[] = [], extra: Partial<GenerateResult> = {}): GenerateResult => ({
    ok: !hasErrors(diagnostics) && (extra.stale?.length ?? 0) === 0,
    diagnostics: sortDiagnostics(diagnostics.map((d) => ({ ...d, file: portableRelative(cwd, d.file) }))),
    files,
    written: [],
    stale: [],
    timings: timer.timings,
    inputs: [...new Set(inputs)],
    ...(registryData === undefined ? {} : { registry: registryData }),
    ...extra,
  });

  const outputState = settleOutputDirectories(mode, outDir, options, cwd);
  const cache = derivedCacheFor(options.cache, cwd);
  const loadedSchema = timer.time("load", () => loadSchemaFile(schemaPath, options.maxInputBytes));
  const schemaProblems = loadedSchema.schema === undefined ? loadedSchema.diagnostics : unusableSchema(loadedSchema.schema, schemaPath, cache);
  if (loadedSchema.schema === undefined || schemaProblems.length > 0) {
    inputs.push(schemaPath);
    return result(schemaProblems);
  }
  const schema = loadedSchema.schema;
  const shownPath = (path: string) => portableRelative(cwd, path);
  const chain = timer.time("load", () => loadRegistryChain(registryPath, { maxInputBytes: options.maxInputBytes, shownPath }));
  inputs.push(...chain.inputs, schemaPath);
  const diagnostics = [...outputState, ...chain.diagnostics];
  // Every check that can run, runs (one run reports every mistake); only a file that does not parse, or is not
  // this format version, stops here: the rules then have nothing they could judge.
  const source = chain.source;
  registryData = source?.data;
  const versionProblems =
    source === undefined
      ? []
      : [...chain.files.flatMap((file) => checkFormatVersion(file, shownPath(file.file))), ...baseVersionProblems(chain.files, shownPath)];
  diagnostics.push(...versionProblems);
  if (source !== undefined && versionProblems.length === 0) {
    diagnostics.push(...timer.time("validate", () => [...extensionKeyProblems(chain.files, schema), ...validateAgainstSchema(source, schema, cache)]));
  }
  const asOf = options.asOf ?? todayUtc();
  const judgeable = source !== undefined && chain.files.every(isCurrentFormat);
  if (judgeable) diagnostics.push(...timer.time("validate", () => validateRules(source, { asOf })));
  if (judgeable) diagnostics.push(...reservedIdentifierCollisions(source, schema), ...secretPlaceholderProblems(source));
  if (source === undefined || hasErrors(diagnostics) || mode === "validate") return result(diagnostics);
  const interrupted = (): GenerateResult => result([interruptedDiagnostic(options.signal, registryPath)], [], { interrupted: true });
  if (await isInterrupted(options.signal)) return interrupted();

  const registry = timer.time("transform", () =>
    normalizeRegistry(source.data as ModelRegistryFile, schema, portableRelative(outDir, registryPath), chain.provenance),
  );
  const command = options.command ?? DEFAULT_COMMAND;
  const language = options.language === undefined ? defaultLanguage(outDir) : { language: options.language, decidedBy: undefined };
  if (language.decidedBy !== undefined) inputs.push(language.decidedBy);
  const layout: OutputLayout = { outDir, format: options.moduleFormat ?? defaultModuleFormat(outDir), language: language.language };
  if (options.moduleFormat === undefined) inputs.push(...packageManifestAbove(outDir));
  const runtimeSpecifier = runtimeSpecifierFor(options.runtime ?? "bundled", layout, cwd);
  const names = moduleFiles(layout);
  const entryTypes = timer.time("emit", () => schemaTypesOf(schema, schemaPath));
  if (!Array.isArray(entryTypes)) return result([...diagnostics, entryTypes]);
  const typescript = layout.language === "ts";
  const moduleOptions = { command, schemaPath: portableRelative(outDir, schemaPath) };
  const typedModel = timer.time("emit", () => registryModule(registry, entryTypes, { ...moduleOptions, runtimeSpecifier: runtimeSpecifier.types }));
  const duplicated = duplicateNames(typedModel);
  if (duplicated.length > 0) return result([...diagnostics, duplicateDeclarationDiagnostic(duplicated, registryPath, schemaPath)]);
  if (await isInterrupted(options.signal)) return interrupted();
  const files: OutputFile[] = [
    { path: names.declarations ?? names.module, contents: timer.time("format", () => printModule(typedModel, typescript ? "typescript" : "declarations")) },
  ];
  if (!typescript) {
    const model = registryModule(registry, entryTypes, { ...moduleOptions, runtimeSpecifier: runtimeSpecifier.module });
    files.push({ path: names.module, contents: timer.time("format", () => printModule(model, layout.format)) });
  }
  files.push(...timer.time("format", () => providerModules(registry, layout, { runtimeSpecifier, command })));
  if (options.runtime === undefined || options.runtime === "bundled") {
    try {
      files.push(...runtimeFiles(layout));
    } catch (error) {
      if (!(error instanceof MissingRuntimeError)) throw error;
      return result([...diagnostics, { severity: "error", code: "output/runtime-missing", message: error.message, file: outDir, line: 0, column: 0 }]);
    }
  }
  if (options.docs) {
    // Docs are emitted in their final form, unformatted: prettier would reflow the hand-written rest of the README.
    const docs = timer.time("emit", () => emitDocs(registry, options.docs!, cwd, registryPath, command));
    files.push(...docs.files);
    diagnostics.push(...docs.diagnostics);
  }
  diagnostics.push(...foreignOutputProblems(files));
  if (hasErrors(diagnostics)) return result(diagnostics);

  if (await isInterrupted(options.signal)) return interrupted();
  const former = formerOutputs(
    layout,
    files.map((file) => file.path),
  ).filter(isGeneratedFile);
  if (mode === "check") {
    const stale = timer.time("write", () => [
      ...files.flatMap((file): StaleOutput[] => {
        const { state, current } = compareWithDisk(file);
        return state === "unchanged" ? [] : [{ path: portableRelative(cwd, file.path), state, expected: file.contents, current }];
      }),
      ...former.map((path): StaleOutput => ({ path: portableRelative(cwd, path), state: "obsolete", expected: "", current: readOptionalText(path) })),
    ]);
    return result(diagnostics, files, { stale });
  }
  try {
    // The journal lives in the output directory, where the next run looks for it, whichever file changed first.
    const written = timer.time("write", () => writeFilesAtomically(files, NODE_WRITE_IO, outDir)).map((path) => portableRelative(cwd, path));
    for (const path of former) rmSync(path, { force: true });
    return result(diagnostics, files, { written, removed: former.map((path) => portableRelative(cwd, path)) });
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    return result([...diagnostics, { severity: "error", code: "write/failed", message: error.message, file: error.path, line: 0, column: 0 }]);
  }
}

/**
 * Before a run reads anything: in write mode, finish the renames of a run that was killed half-way
 * (so the module and the docs are one set again) and remove temporaries of writers that no longer
 * run; in check mode, report such a half-renamed set. Validate mode touches nothing.
 */
function settleOutputDirectories(mode: GenerateMode, outDir: string, options: GenerateOptions, cwd: string): Diagnostic[] {
  if (mode === "validate") return [];
  if (mode === "check") {
    if (!hasInterruptedWrite(outDir)) return [];
    return [
      {
        severity: "error",
        code: "write/interrupted",
        message: "a previous generate was interrupted between renaming its outputs, so they may come from different registries; run generate to complete it",
        file: outDir,
        line: 0,
        column: 0,
      },
    ];
  }
  const repaired = repairInterruptedWrite(outDir);
  const docs = options.docs;
  const docDirectories =
    docs === undefined
      ? []
      : [docs.markdownPath, docs.chartPath, docs.timelinePath, docs.cataloguePath, docs.readmePath].filter((path): path is string => path !== undefined);
  removeStaleTemporaries([outDir, ...docDirectories.map((path) => dirname(resolve(cwd, path)))]);
  if (repaired.length === 0) return [];
  return [
    {
      severity: "warning",
      code: "write/repaired",
      message: `completed an interrupted write of a previous run (${repaired.map((path) => portableRelative(cwd, path)).join(", ")}), so the outputs form one set again`,
      file: outDir,
      line: 0,
      column: 0,
    },
  ];
}

function interruptedDiagnostic(signal: AbortSignal | undefined, registryPath: string): Diagnostic {
  const by = abortSignalName(signal);
  return {
    severity: "error",
    code: "run/interrupted",
    message: `interrupted${by === undefined ? "" : ` by ${by}`} before writing; every previous output was left as it was`,
    file: registryPath,
    line: 0,
    column: 0,
  };
}

/**
 * The schema's TypeScript types, or why they cannot be made: the converter accepts less than ajv (a boolean
 * subschema, for one), and a --schema it rejects is the user's input (exit 1). It failing on the shipped schema is
 * a bug, so that still throws.
 */
function schemaTypesOf(schema: JsonSchema, schemaPath: string): Declaration[] | Diagnostic {
  try {
    return schemaTypes(schema);
  } catch (error) {
    if (!(error instanceof UnsupportedSchemaError) || schemaPath === resolve(bundledSchemaPath())) throw error;
    const reason = error.message;
    return {
      severity: "error",
      code: "schema/unsupported",
      message: `no TypeScript types can be generated from the JSON Schema: ${reason}`,
      file: schemaPath,
      line: 1,
      column: 1,
      hint: "boolean subschemas (true/false) and keywords outside draft-07 are not supported; write them as objects",
    };
  }
}

/** Names that no rule caught but the module declares twice (e.g. a --schema whose definitions clash with generated names). */
function duplicateDeclarationDiagnostic(names: readonly string[], registryPath: string, schemaPath: string): Diagnostic {
  return {
    severity: "error",
    code: "emit/duplicate-identifier",
    message: `the generated module would declare ${names.join(", ")} more than once, which does not compile; nothing was written (registry ${registryPath}, schema ${schemaPath})`,
    file: registryPath,
    line: 0,
    column: 0,
    hint: "rename the provider, model or schema definition whose generated name clashes",
  };
}

/** ESM when the package that will hold the output says `"type": "module"`, else CommonJS (Node's own default). */
function defaultModuleFormat(outDir: string): ModuleFormat {
  return packageTypeIsModule(outDir) ? "esm" : "cjs";
}

function packageManifestAbove(outDir: string): string[] {
  const directory = nearestPackageDirectory(outDir);
  return directory === undefined ? [] : [join(directory, "package.json")];
}

function emitDocs(
  registry: NormalizedRegistry,
  docs: NonNullable<GenerateOptions["docs"]>,
  cwd: string,
  registryPath: string,
  command: string,
): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const markdownPath = resolve(cwd, docs.markdownPath);
  const chartPath = resolve(cwd, docs.chartPath);
  const timelinePath = docs.timelinePath === undefined ? undefined : resolve(cwd, docs.timelinePath);
  const chart = emitChart(registry);
  const timeline = timelinePath === undefined ? undefined : emitTimeline(registry);
  const files: OutputFile[] = [
    {
      path: markdownPath,
      contents: emitMarkdown(registry, {
        command,
        chartLink: portableRelative(dirname(markdownPath), chartPath),
        sourcePath: portableRelative(dirname(markdownPath), registryPath),
        fileLabel: (path) => portableRelative(dirname(markdownPath), path),
        ...(timelinePath === undefined ? {} : { timelineLink: portableRelative(dirname(markdownPath), timelinePath) }),
      }),
    },
    { path: chartPath, contents: chart, ownedBy: "chart" },
    ...(timelinePath === undefined || timeline === undefined ? [] : [{ path: timelinePath, contents: timeline, ownedBy: "chart" as const }]),
  ];
  if (docs.cataloguePath !== undefined) {
    const cataloguePath = resolve(cwd, docs.cataloguePath);
    files.push({
      path: cataloguePath,
      contents: emitCatalogue(registry, {
        command,
        sourcePath: portableRelative(dirname(cataloguePath), registryPath),
        chartSvg: chart,
        ...(timeline === undefined ? {} : { timelineSvg: timeline }),
      }),
    });
  }
  const diagnostics: Diagnostic[] = [];
  if (docs.readmePath !== undefined) {
    const readmePath = resolve(cwd, docs.readmePath);
    const readme = readOptionalText(readmePath);
    const summary = emitReadmeSummary(registry, portableRelative(dirname(readmePath), markdownPath));
    const rewritten = readme === undefined ? undefined : rewriteReadmeBlock(readme, summary);
    if (rewritten === undefined) {
      diagnostics.push({
        severity: "warning",
        code: "docs/readme-markers",
        message: `no readable README with a summary block, so it was left alone`,
        file: readmePath,
        line: 0,
        column: 0,
        hint: `add one line ${README_BLOCK_START} and one line ${README_BLOCK_END} where the registry summary should go`,
      });
    } else {
      files.push({ path: readmePath, contents: rewritten, ownedBy: "readme-markers" });
    }
  }
  return { files, diagnostics };
}

/** Each provider's module: a TypeScript one, or a JavaScript one with its declaration file. */
function providerModules(
  registry: NormalizedRegistry,
  layout: OutputLayout,
  options: { runtimeSpecifier: { module: string; types: string }; command: string },
): OutputFile[] {
  const mainSpecifier = mainModuleSpecifier(layout);
  return registry.providers.flatMap((provider) => {
    const names = providerModuleFiles(layout, provider.id);
    const model = (runtimeSpecifier: string) => providerModule(registry, provider, { mainSpecifier, runtimeSpecifier, command: options.command });
    if (names.declarations === undefined) return [{ path: names.module, contents: printModule(model(options.runtimeSpecifier.types), "typescript") }];
    return [
      { path: names.declarations, contents: printModule(model(options.runtimeSpecifier.types), "declarations") },
      { path: names.module, contents: printModule(model(options.runtimeSpecifier.module), layout.format) },
    ];
  });
}

/** Only a file that carries the generator's banner is its to remove. */
function isGeneratedFile(path: string): boolean {
  const head = readOptionalText(path)?.slice(0, 400) ?? "";
  return head.includes("GENERATED FILE - DO NOT EDIT.");
}

function readOptionalText(path: string): string | undefined {
  return readTextIfRegular(path);
}
