import { existsSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { isInterrupted } from "../io/abort";
import { replaceInPlace } from "../io/edit-in-place";
import { nearestPackageDirectory } from "../io/paths";
import { readBoundedText } from "../io/read-input";
import { removeStaleTemporaries } from "../io/write";
import { compareStrings } from "../shared/string-order";
import { classifyUses, type CapabilityLoss, type ClassifiedUse } from "./classify";
import { findConfigUses } from "./find-config";
import { findSourceUses } from "./find-source";
import { planFixes, type FixResult } from "./fix";
import { loadScanTarget, ProjectInputError, type ProjectSpec, type ScanTarget } from "./project";
import { GENERATED_DECLARATIONS, loadRegistryYaml, RegistryInputError, registrySourceOfModule, type UsageRegistry } from "./registry";
import { reportPath, type UsageReport } from "./report";

export interface UsagesOptions extends ProjectSpec {
  /** A registry YAML; default: the generated module found in the project. */
  registry?: string;
  /** The generated module's declaration file (default: the project's `models.generated.d.ts`). */
  module?: string;
  /**
   * The registry YAML files to read when neither `registry` nor `module` is given and the program
   * imports no generated module, first existing one wins: the project's configured registry, then
   * the shipped catalogue. `shownPath` says which in the report.
   */
  fallbackRegistries?: ReadonlyArray<{ path: string; shownPath: string }>;
  asOf: string;
  fix?: boolean;
  dryRun?: boolean;
  /** Aborted on SIGINT/SIGTERM: `--fix` stops before its next write. */
  signal?: AbortSignal;
  /** Capability losses `--fix` may cause (`--allow-loss pdf-input,…`). */
  allowLoss?: ReadonlySet<CapabilityLoss>;
}

export interface UsagesOutcome {
  report: UsageReport;
  /** After `--fix`: the files that change (written unless `dryRun`, and then only those written). */
  changes: FixResult["changes"];
  /** Set when a signal stopped `--fix` before it wrote every file. */
  interrupted?: true;
}

/** Scan → classify → (fix). Throws ProjectInputError or RegistryInputError for bad input. */
export async function runUsages(options: UsagesOptions): Promise<UsagesOutcome> {
  const target = loadScanTarget(options);
  const generatedModule = findGeneratedModule(target, options);
  const registry = loadRegistry(options, generatedModule);
  const findings = [
    findSourceUses(target.project, registry, generatedModule),
    ...target.configFiles.map((file) => findConfigUses(file.path, file.language, registry)),
  ];
  const uses = classifyUses(
    findings.flatMap((found) => found.uses),
    registry,
    { asOf: options.asOf, ...(options.allowLoss ? { allowLoss: options.allowLoss } : {}) },
  );
  const unknown = findings.flatMap((found) => found.unknown).sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
  const report: UsageReport = { asOf: options.asOf, registry: registry.source, cwd: options.cwd, uses, unknown };
  if (!options.fix) return { report, changes: [] };
  const fixed = planFixes(uses, target.project);
  const fixReport = () => ({ ...report, fix: { dryRun: options.dryRun === true, outcomes: fixed.outcomes } });
  if (options.dryRun) return { report: fixReport(), changes: fixed.changes };
  removeStaleTemporaries(scannedDirectories(target));
  const written: FixResult["changes"] = [];
  const root = nearestPackageDirectory(options.cwd) ?? options.cwd;
  for (const change of fixed.changes) {
    // The type checks above run without yielding: a signal that came during them is seen here, before any write.
    if (await isInterrupted(options.signal)) {
      skipUsesIn(change.path, uses, fixed.outcomes, "not written: interrupted by a signal");
      continue;
    }
    const outcome = replaceInPlace(change, root);
    if (outcome.kind === "written") written.push(change);
    else skipUsesIn(change.path, uses, fixed.outcomes, `${reportPath(change.path, options.cwd)} was not written: ${outcome.reason}`);
  }
  return { report: fixReport(), changes: written, ...(options.signal?.aborted ? { interrupted: true as const } : {}) };
}

/** The uses of a file that was not written are not rewritten, whatever the plan said. */
function skipUsesIn(path: string, uses: readonly ClassifiedUse[], outcomes: FixResult["outcomes"], reason: string): void {
  uses.forEach((use, index) => {
    if (use.file === path && outcomes[index]?.kind === "rewritten") outcomes[index] = { kind: "skipped", reason };
  });
}

/** The directories of the project's own files: where a killed `--fix` may have left temporaries. */
function scannedDirectories(target: ScanTarget): string[] {
  const sources = target.project.rootCount === 0 ? [] : target.project.ownSourceFiles();
  return [...sources.map((file) => dirname(file.fileName)), ...target.configFiles.map((file) => dirname(file.path))];
}

/** The uses whose model shuts down within `days` of the as-of date, or already has, and that --fix did not rewrite. */
export function usesOverGate(outcome: UsagesOutcome, days: number): ClassifiedUse[] {
  const { uses, fix } = outcome.report;
  return uses.filter((use, index) => {
    const rewritten = fix !== undefined && !fix.dryRun && fix.outcomes[index]?.kind === "rewritten";
    return !rewritten && use.daysLeft !== undefined && use.daysLeft <= days;
  });
}

/** The generated declarations the program holds: listed by the tsconfig, or imported by a scanned file. */
function findGeneratedModule(target: ScanTarget, options: UsagesOptions): string | undefined {
  if (options.module !== undefined) return resolve(options.cwd, options.module).split("\\").join("/");
  // Only config files to scan: no program to build (it would parse the lib declarations for nothing).
  if (target.project.rootCount === 0) return undefined;
  const files = target.project.program().getSourceFiles();
  const candidates = files.filter((file) => GENERATED_DECLARATIONS.test(basename(file.fileName)) && !file.fileName.includes("/node_modules/"));
  return candidates.map((file) => file.fileName).sort()[0];
}

function loadRegistry(options: UsagesOptions, generatedModule: string | undefined): UsageRegistry {
  if (options.registry !== undefined) return loadRegistryYaml(resolve(options.cwd, options.registry), options.registry);
  if (generatedModule === undefined) {
    const fallback = options.fallbackRegistries?.find((candidate) => existsSync(candidate.path));
    if (fallback !== undefined) return loadRegistryYaml(fallback.path, fallback.shownPath);
    throw new ProjectInputError(
      "no registry: the project has no models.generated.ts or models.generated.d.ts; pass --registry <yaml> or --module <generated module>",
    );
  }
  const registry = registryOfModule(generatedModule, options.cwd);
  return loadRegistryYaml(registry, reportPath(registry, options.cwd));
}

/**
 * The registry YAML the generated module was written from (its banner names it): the data the app's types came
 * from, read and judged as `generate` reads it, never parsed back out of the printed module.
 */
function registryOfModule(generatedModule: string, cwd: string): string {
  const shownModule = reportPath(generatedModule, cwd);
  if (!existsSync(generatedModule)) throw new ProjectInputError(`cannot read ${shownModule}: no such file`);
  const registry = registrySourceOfModule(readBoundedText(generatedModule), generatedModule);
  if (registry === undefined) {
    throw new RegistryInputError(`${shownModule} names no source registry; is it a module written by \`model-registry generate\`? Pass --registry <yaml>`);
  }
  if (!existsSync(registry)) {
    throw new RegistryInputError(
      `${shownModule} was generated from ${reportPath(registry, cwd)}, which is not there; pass --registry <yaml> (the registry it came from)`,
    );
  }
  return registry;
}
