import { readBoundedText } from "../io/read-input";
import { dirname, resolve } from "node:path";
import { isInterrupted } from "../io/abort";
import { replaceInPlace } from "../io/edit-in-place";
import { nearestPackageDirectory } from "../io/paths";
import { removeStaleTemporaries } from "../io/write";
import { classifyUses, type ClassifiedUse } from "./classify";
import { findConfigUses } from "./find-config";
import { findSourceUses } from "./find-source";
import { planFixes, type FixResult } from "./fix";
import { loadScanTarget, ProjectInputError, type ProjectSpec, type ScanTarget } from "./project";
import { GENERATED_DECLARATIONS, loadRegistryFromModule, loadRegistryYaml, type UsageRegistry } from "./registry";
import { reportPath, type UsageReport } from "./report";

export interface UsagesOptions extends ProjectSpec {
  /** A registry YAML; default: the generated module found in the project. */
  registry?: string;
  /** The generated module's declaration file (default: the project's `models.generated.d.ts`). */
  module?: string;
  asOf: string;
  fix?: boolean;
  dryRun?: boolean;
  /** Aborted on SIGINT/SIGTERM: `--fix` stops before its next write. */
  signal?: AbortSignal;
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
  const found = [
    ...findSourceUses(target.project, registry, generatedModule),
    ...target.configFiles.flatMap((file) => findConfigUses(file.path, file.language, registry)),
  ];
  const uses = classifyUses(found, registry, options.asOf);
  const report: UsageReport = { asOf: options.asOf, registry: registry.source, cwd: options.cwd, uses };
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
  const sources = target.project.getSourceFiles().filter((file) => !file.isInNodeModules() && !file.isFromExternalLibrary());
  return [...sources.map((file) => dirname(file.getFilePath())), ...target.configFiles.map((file) => dirname(file.path))];
}

/** The uses whose model shuts down within `days` of the as-of date, or already has, and that --fix did not rewrite. */
export function usesOverGate(outcome: UsagesOutcome, days: number): ClassifiedUse[] {
  const { uses, fix } = outcome.report;
  return uses.filter((use, index) => {
    const rewritten = fix !== undefined && !fix.dryRun && fix.outcomes[index]?.kind === "rewritten";
    return !rewritten && use.daysLeft !== undefined && use.daysLeft <= days;
  });
}

/** The data module beside a generated declaration file (`.d.ts` → `.js`, `.d.mts` → `.mjs`, `.d.cts` → `.cjs`). */
/** The file that holds the data: a TypeScript module itself, or the JavaScript module beside a declaration file. */
function dataModuleOf(generatedModule: string): string {
  return generatedModule.replace(/\.d\.([mc]?)ts$/, ".$1js");
}

function findGeneratedModule(target: ScanTarget, options: UsagesOptions): string | undefined {
  if (options.module !== undefined) return resolve(options.cwd, options.module).split("\\").join("/");
  const candidates = target.project.getSourceFiles().filter((file) => GENERATED_DECLARATIONS.test(file.getBaseName()) && !file.isInNodeModules());
  return candidates[0]?.getFilePath();
}

function loadRegistry(options: UsagesOptions, generatedModule: string | undefined): UsageRegistry {
  if (options.registry !== undefined) return loadRegistryYaml(resolve(options.cwd, options.registry), options.registry);
  if (generatedModule === undefined) {
    throw new ProjectInputError("no registry: the project has no models.generated.ts or models.generated.d.ts; pass --registry <yaml> or --module <generated module>");
  }
  const dataModule = dataModuleOf(generatedModule);
  return loadRegistryFromModule(readBoundedText(dataModule), reportPath(dataModule, options.cwd));
}
