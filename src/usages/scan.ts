import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { writeFilesAtomically } from "../io/write";
import { compareStrings } from "../shared/diagnostics";
import { classifyUses, type CapabilityLoss, type ClassifiedUse } from "./classify";
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
  /**
   * The registry YAML files to read when neither `registry` nor `module` is given and the program
   * imports no generated module, first existing one wins: the project's configured registry, then
   * the shipped catalogue. `shownPath` says which in the report.
   */
  fallbackRegistries?: ReadonlyArray<{ path: string; shownPath: string }>;
  asOf: string;
  fix?: boolean;
  dryRun?: boolean;
  /** Capability losses `--fix` may cause (`--allow-loss pdf-input,…`). */
  allowLoss?: ReadonlySet<CapabilityLoss>;
}

export interface UsagesOutcome {
  report: UsageReport;
  /** After `--fix`: the files that change (written unless `dryRun`). */
  changes: FixResult["changes"];
}

/** Scan → classify → (fix). Throws ProjectInputError or RegistryInputError for bad input. */
export function runUsages(options: UsagesOptions): UsagesOutcome {
  const target = loadScanTarget(options);
  const generatedModule = findGeneratedModule(target, options);
  const registry = loadRegistry(options, generatedModule);
  const findings = [findSourceUses(target.project, registry, generatedModule), ...target.configFiles.map((file) => findConfigUses(file.path, file.language, registry))];
  const uses = classifyUses(findings.flatMap((found) => found.uses), registry, { asOf: options.asOf, ...(options.allowLoss ? { allowLoss: options.allowLoss } : {}) });
  const unknown = findings.flatMap((found) => found.unknown).sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
  const report: UsageReport = { asOf: options.asOf, registry: registry.source, cwd: options.cwd, uses, unknown };
  if (!options.fix) return { report, changes: [] };
  const fixed = planFixes(uses, target.project);
  if (!options.dryRun) writeFilesAtomically(fixed.changes.map((change) => ({ path: change.path, contents: change.after })));
  return { report: { ...report, fix: { dryRun: options.dryRun === true, outcomes: fixed.outcomes } }, changes: fixed.changes };
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
function dataModuleOf(declarations: string): string {
  return declarations.replace(/\.d\.([mc]?)ts$/, ".$1js");
}

/** The generated declarations the program holds: listed by the tsconfig, or imported by a scanned file. */
function findGeneratedModule(target: ScanTarget, options: UsagesOptions): string | undefined {
  if (options.module !== undefined) return resolve(options.cwd, options.module).split("\\").join("/");
  // Only config files to scan: no program to build (it would parse the lib declarations for nothing).
  if (target.project.getSourceFiles().length === 0) return undefined;
  const files = target.project.getProgram().compilerObject.getSourceFiles();
  const candidates = files.filter((file) => GENERATED_DECLARATIONS.test(basename(file.fileName)) && !file.fileName.includes("/node_modules/"));
  return candidates.map((file) => file.fileName).sort()[0];
}

function loadRegistry(options: UsagesOptions, generatedModule: string | undefined): UsageRegistry {
  if (options.registry !== undefined) return loadRegistryYaml(resolve(options.cwd, options.registry), options.registry);
  if (generatedModule === undefined) {
    const fallback = options.fallbackRegistries?.find((candidate) => existsSync(candidate.path));
    if (fallback !== undefined) return loadRegistryYaml(fallback.path, fallback.shownPath);
    throw new ProjectInputError("no registry: the project has no models.generated.d.ts; pass --registry <yaml> or --module <generated module>");
  }
  const dataModule = dataModuleOf(generatedModule);
  return loadRegistryFromModule(readFileSync(dataModule, "utf8"), reportPath(dataModule, options.cwd));
}
