import { existsSync, realpathSync } from "node:fs";
import { hasErrors, type Diagnostic } from "../../shared/diagnostics";
import { emptyProvenance, type RegistryProvenance } from "./provenance";
import { describeValue } from "../../shared/describe-value";
import { extendRegistry, singleFileRegistry, type MergedRegistry } from "./extend";
import { loadRegistryFile, type LoadedRegistry } from "./load";
import { isRecord } from "../../shared/records";
import { locateValue, singleFileSource, sourceFileOf, type RegistrySource } from "./registry-source";
import { resolveBase } from "./resolve-base";

export interface RegistryChain {
  /** The registry file, then each base it extends, as parsed. */
  files: LoadedRegistry[];
  /** The registry with its bases merged in; undefined when a file of the chain could not be read, parsed or found. */
  source: RegistrySource | undefined;
  /** What each file of the chain changed; undefined for a registry that extends nothing. */
  provenance: RegistryProvenance | undefined;
  /** Absolute paths of every file the load read or looked for: the files of the chain and the package manifests that named a base. */
  inputs: string[];
  diagnostics: Diagnostic[];
}

export interface ChainOptions {
  maxInputBytes?: number;
  /** How messages name a file (e.g. relative to the working directory). Default: its absolute path. */
  shownPath?: (path: string) => string;
}

/** Reads the registry and, through `extends`, each base it builds on; then merges them, the last base first. */
/** A project's own registry that does not exist yet: how to start one. */
const START_HINT =
  "no registry yet? `npx model-registry init` writes a starter one here (`init --extends` one that builds on the shipped catalogue); or name yours with --registry";

export function loadRegistryChain(registryPath: string, options: ChainOptions = {}): RegistryChain {
  const shownPath = options.shownPath ?? ((path: string) => path);
  const chain: RegistryChain = { files: [], source: undefined, provenance: undefined, inputs: [], diagnostics: [] };
  const specifiers: Array<string | undefined> = [undefined];
  const visited: string[] = [];
  let path = registryPath;
  for (;;) {
    chain.inputs.push(path);
    visited.push(realPath(path));
    const loaded = loadRegistryFile(path, options.maxInputBytes);
    const extending = chain.files[chain.files.length - 1];
    if (extending !== undefined && loaded.unreadable !== undefined) {
      chain.diagnostics.push(
        extendsProblem(extending, shownPath, "extends/unreadable", `cannot read the base registry ${shownPath(path)}: ${loaded.unreadable}`),
      );
      return chain;
    }
    const notARegistry = extending === undefined ? undefined : notARegistryReason(loaded);
    if (extending !== undefined && notARegistry !== undefined) {
      // A mistyped `extends` can name any file (a .env, /proc/self/environ): say what is wrong at the `extends` line,
      // never with the base's lines or a parser message that quotes them.
      chain.diagnostics.push(
        extendsProblem(
          extending,
          shownPath,
          "extends/not-a-registry",
          `the base ${shownPath(path)} is not a YAML registry: ${notARegistry}; its content is not shown`,
          "`extends` must name a registry file: a YAML mapping with `version: 2`, `providers` and `models`",
        ),
      );
      return chain;
    }
    chain.files.push(loaded);
    chain.diagnostics.push(
      ...(loaded.unreadable !== undefined && !existsSync(path) ? loaded.diagnostics.map((d) => ({ ...d, hint: START_HINT })) : loaded.diagnostics),
    );
    if (hasErrors(loaded.diagnostics)) return chain;
    const specifier = isRecord(loaded.data) && Object.hasOwn(loaded.data, "extends") ? loaded.data.extends : undefined;
    if (specifier === undefined) break;
    if (typeof specifier !== "string" || specifier.length === 0) {
      chain.diagnostics.push(
        extendsProblem(
          loaded,
          shownPath,
          "extends/invalid",
          `\`extends\` must name the base registry by a path (./base.yaml) or a package name, got ${describeValue(specifier)}`,
        ),
      );
      return chain;
    }
    const base = resolveBase(specifier, path);
    chain.inputs.push(...base.consulted);
    if (!base.ok) {
      chain.diagnostics.push(
        extendsProblem(loaded, shownPath, "extends/not-found", `cannot find the base ${JSON.stringify(specifier)}: ${base.reason}`, base.hint),
      );
      return chain;
    }
    const cycleStart = visited.indexOf(realPath(base.path));
    if (cycleStart !== -1) {
      const steps = [...chain.files.slice(cycleStart).map((file) => shownPath(file.file)), shownPath(base.path)].join(" → ");
      chain.diagnostics.push(
        extendsProblem(
          loaded,
          shownPath,
          "extends/cycle",
          `the extends chain runs in a cycle: ${steps}`,
          "a base must not extend, directly or through others, a file that extends it",
        ),
      );
      return chain;
    }
    specifiers.push(specifier);
    path = base.path;
  }
  const merged = mergeChain(chain.files, specifiers, shownPath);
  chain.diagnostics.push(...merged.diagnostics);
  chain.provenance = merged.provenance;
  chain.source = merged.source;
  return chain;
}

function mergeChain(files: readonly LoadedRegistry[], specifiers: ReadonlyArray<string | undefined>, shownPath: (path: string) => string) {
  const top = files[0]!;
  if (files.length === 1) return { source: singleFileSource(top, shownPath(top.file)), provenance: undefined, diagnostics: [] };
  const provenance = emptyProvenance(
    files.map((file, index) => ({ path: file.file, ...(specifiers[index] === undefined ? {} : { specifier: specifiers[index] }) })),
  );
  const diagnostics: Diagnostic[] = [];
  const last = files[files.length - 1]!;
  let registry: MergedRegistry = singleFileRegistry(last.data, sourceFileOf(last, shownPath(last.file)));
  for (const file of [...files].reverse().slice(1)) {
    const extended = extendRegistry(registry, file.data as Record<string, unknown>, sourceFileOf(file, shownPath(file.file)), provenance);
    registry = extended.registry;
    diagnostics.push(...extended.diagnostics);
  }
  const origins = registry.origins;
  const source: RegistrySource = { file: top.file, data: registry.data, originOf: (path) => origins.originOf(path) };
  return { source, provenance, diagnostics };
}

function extendsProblem(file: LoadedRegistry, shownPath: (path: string) => string, code: string, message: string, hint?: string): Diagnostic {
  const { file: located, line, column } = locateValue(singleFileSource(file, shownPath(file.file)), ["extends"]);
  return { severity: "error", code, message, file: located, line, column, path: "/extends", ...(hint ? { hint } : {}) };
}

/** Why a base is not a registry (it does not parse as YAML, or is not a mapping with `version`), or undefined when it is one. */
function notARegistryReason(loaded: LoadedRegistry): string | undefined {
  const firstError = loaded.diagnostics.find((d) => d.severity === "error");
  if (firstError !== undefined) return `it does not parse as YAML (${firstError.code} at line ${firstError.line}, column ${firstError.column})`;
  if (!isRecord(loaded.data))
    return `its top level is ${Array.isArray(loaded.data) ? "a list" : `a ${loaded.data === null ? "null" : typeof loaded.data}`}, not a mapping`;
  if (!Object.hasOwn(loaded.data, "version")) return "it is a mapping without `version`";
  return undefined;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
