import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics";
import { emitModuleParts } from "./emit-module";
import { emitSchemaTypes } from "./emit-types";
import { formatModule, formatSource, type ModuleParts } from "./format";
import { loadRegistryFile } from "./load";
import { normalizeRegistry, type NormalizedRegistry } from "./normalize";
import { bundledSchemaPath, portableRelative } from "./paths";
import type { ModelRegistryFile } from "./registry-file";
import { StageTimer, type StageTimings } from "./stage-timer";
import { validateRules } from "./validate-rules";
import { validateAgainstSchema, type JsonSchema } from "./validate-schema";
import { fileState, writeFilesAtomically, type FileState, type OutputFile } from "./write";

export type GenerateMode = "write" | "check" | "validate";

export interface GenerateOptions {
  /** The registry YAML. Default: `models/model_registry.yaml` under `cwd`. */
  registryPath?: string;
  /** Directory for `models.generated.ts`. Default: `generated` under `cwd`. */
  outDir?: string;
  /** JSON Schema to validate against. Default: the one shipped with this package. */
  schemaPath?: string;
  /** `write` (default) writes changed outputs; `check` compares them; `validate` emits nothing. */
  mode?: GenerateMode;
  /** Command shown in the generated banner. Default: `npm run generate`. */
  command?: string;
  cwd?: string;
}

export interface GenerateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Every output, as it should be on disk (empty when validation failed or in validate mode). */
  files: OutputFile[];
  /** Outputs written by this run (write mode). */
  written: string[];
  /** Outputs that differ from what is on disk (check mode). */
  stale: Array<{ path: string; state: Exclude<FileState, "unchanged"> }>;
  timings: StageTimings;
}

export const GENERATED_MODULE_NAME = "models.generated.ts";

/** load → validate → transform → emit → format → write. Never exits the process; never throws on bad input. */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const registryPath = resolve(cwd, options.registryPath ?? "models/model_registry.yaml");
  const outDir = resolve(cwd, options.outDir ?? "generated");
  const schemaPath = resolve(cwd, options.schemaPath ?? bundledSchemaPath());
  const mode = options.mode ?? "write";
  const timer = new StageTimer();
  const result = (diagnostics: Diagnostic[], files: OutputFile[] = [], extra: Partial<GenerateResult> = {}): GenerateResult => ({
    ok: !hasErrors(diagnostics) && (extra.stale?.length ?? 0) === 0,
    diagnostics: sortDiagnostics(diagnostics.map((d) => ({ ...d, file: portableRelative(cwd, d.file) }))),
    files,
    written: [],
    stale: [],
    timings: timer.timings,
    ...extra,
  });

  const schema = timer.time("load", () => JSON.parse(readFileSync(schemaPath, "utf8")) as JsonSchema);
  const loaded = timer.time("load", () => loadRegistryFile(registryPath));
  const diagnostics = [...loaded.diagnostics];
  if (!hasErrors(diagnostics)) diagnostics.push(...timer.time("validate", () => validateAgainstSchema(loaded, schema)));
  if (!hasErrors(diagnostics)) diagnostics.push(...timer.time("validate", () => validateRules(loaded)));
  if (hasErrors(diagnostics) || mode === "validate") return result(diagnostics);

  const registry = timer.time("transform", () =>
    normalizeRegistry(loaded.data as ModelRegistryFile, schema, portableRelative(outDir, registryPath)),
  );
  const modulePath = join(outDir, GENERATED_MODULE_NAME);
  const emitted = await timer.timeAsync("emit", () =>
    emitOutputs(registry, schema, {
      modulePath,
      schemaPathForBanner: portableRelative(outDir, schemaPath),
      command: options.command ?? "npm run generate",
    }),
  );
  const files = await timer.timeAsync("format", () =>
    Promise.all(
      emitted.map(async (file) => ({
        path: file.path,
        contents: file.parts ? await formatModule(file.parts, file.path) : await formatSource(file.contents, file.path),
      })),
    ),
  );

  if (mode === "check") {
    const stale = timer.time("write", () =>
      files.flatMap((file) => {
        const state = fileState(file);
        return state === "unchanged" ? [] : [{ path: portableRelative(cwd, file.path), state }];
      }),
    );
    return result(diagnostics, files, { stale });
  }
  const written = timer.time("write", () => writeFilesAtomically(files)).map((path) => portableRelative(cwd, path));
  return result(diagnostics, files, { written });
}

interface EmitContext {
  modulePath: string;
  schemaPathForBanner: string;
  command: string;
}

/** An output before formatting: the generated module also comes as skeleton + blocks for the fast formatter. */
type EmittedFile = OutputFile & { parts?: ModuleParts };

async function emitOutputs(registry: NormalizedRegistry, schema: JsonSchema, context: EmitContext): Promise<EmittedFile[]> {
  const schemaTypes = await emitSchemaTypes(schema);
  const parts = emitModuleParts(registry, schemaTypes, { command: context.command, schemaPath: context.schemaPathForBanner });
  return [{ path: context.modulePath, contents: "", parts }];
}

