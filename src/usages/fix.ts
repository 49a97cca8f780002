import { readFileSync } from "node:fs";
import { ts, type Project } from "ts-morph";
import type { ClassifiedUse } from "./classify";

export type FixOutcome =
  | { kind: "rewritten"; replacement: string }
  | { kind: "skipped"; reason: string };

export interface FixResult {
  /** Per use (same index as the input); undefined for uses that needed no fix. */
  outcomes: Array<FixOutcome | undefined>;
  /** Every file whose text changes: before and after. */
  changes: Array<{ path: string; before: string; after: string }>;
}

/**
 * Plans the rewrite of every fixable use. TS/JS edits are kept only if the program has no diagnostic
 * it did not have before: first all edits of a file together, then, if that fails, one edit at a time.
 * Config files have no type checker, so their edits stand as planned. Nothing is written to disk here.
 */
export function planFixes(uses: readonly ClassifiedUse[], project: Project): FixResult {
  const outcomes: Array<FixOutcome | undefined> = uses.map((use) =>
    use.fix.kind === "unsafe" ? { kind: "skipped", reason: use.fix.reason } : undefined,
  );
  const changes: FixResult["changes"] = [];
  const byFile = groupRewritesByFile(uses);
  let baseline: Map<string, number> | undefined;
  for (const [path, indexes] of byFile) {
    const sourceFile = project.getSourceFile(path);
    const before = sourceFile?.getFullText() ?? readFileSync(path, "utf8");
    let accepted = indexes;
    if (sourceFile !== undefined) {
      baseline ??= diagnosticCounts(project);
      accepted = typeCheckedEdits(before, indexes, uses, project, path, baseline, outcomes);
    }
    for (const index of accepted) outcomes[index] = { kind: "rewritten", replacement: (uses[index]!.fix as { replacement: string }).replacement };
    if (accepted.length > 0) changes.push({ path, before, after: applyEdits(before, accepted.map((index) => uses[index]!)) });
  }
  return { outcomes, changes };
}

function groupRewritesByFile(uses: readonly ClassifiedUse[]): Map<string, number[]> {
  const byFile = new Map<string, number[]>();
  uses.forEach((use, index) => {
    if (use.fix.kind !== "rewrite") return;
    byFile.set(use.file, [...(byFile.get(use.file) ?? []), index]);
  });
  return byFile;
}

function typeCheckedEdits(
  before: string,
  indexes: number[],
  uses: readonly ClassifiedUse[],
  project: Project,
  path: string,
  baseline: Map<string, number>,
  outcomes: Array<FixOutcome | undefined>,
): number[] {
  const sourceFile = project.getSourceFileOrThrow(path);
  const tryEdits = (candidate: number[]): string | undefined => {
    sourceFile.replaceWithText(applyEdits(before, candidate.map((index) => uses[index]!)));
    return firstNewDiagnostic(project, baseline);
  };
  if (tryEdits(indexes) === undefined) return indexes;
  const accepted: number[] = [];
  for (const index of indexes) {
    const problem = tryEdits([...accepted, index]);
    if (problem === undefined) accepted.push(index);
    else outcomes[index] = { kind: "skipped", reason: `the replacement does not type-check: ${problem}` };
  }
  sourceFile.replaceWithText(applyEdits(before, accepted.map((index) => uses[index]!)));
  return accepted;
}

function applyEdits(text: string, uses: readonly ClassifiedUse[]): string {
  let result = text;
  for (const use of [...uses].sort((a, b) => b.start - a.start)) {
    if (use.fix.kind !== "rewrite") continue;
    result = result.slice(0, use.start) + use.fix.text + result.slice(use.end);
  }
  return result;
}

/** Diagnostics keyed without positions (edits move them), counted, so only new ones stand out. */
function diagnosticCounts(project: Project): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of diagnosticKeys(project)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function firstNewDiagnostic(project: Project, baseline: Map<string, number>): string | undefined {
  const remaining = new Map(baseline);
  for (const key of diagnosticKeys(project)) {
    const left = remaining.get(key) ?? 0;
    if (left === 0) return key.split("\u0000").slice(1).join(": ");
    remaining.set(key, left - 1);
  }
  return undefined;
}

function diagnosticKeys(project: Project): string[] {
  const program = project.getProgram().compilerObject;
  const diagnostics = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  return diagnostics.map((d) => `${d.file?.fileName ?? ""}\u0000TS${d.code}\u0000${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}
