import { readBoundedText } from "../io/read-input";
import ts from "typescript";
import type { ScanProgram } from "./program";
import type { ClassifiedUse } from "./classify";
import { isGeneratedFile } from "./find-source";

export type FixOutcome = { kind: "rewritten"; replacement: string } | { kind: "skipped"; reason: string };

export interface FixResult {
  /** Per use (same index as the input); undefined for uses that needed no fix. */
  outcomes: Array<FixOutcome | undefined>;
  /** Every file whose text changes: before and after. */
  changes: Array<{ path: string; before: string; after: string }>;
}

interface NewDiagnostic {
  file: string;
  text: string;
}

/**
 * Plans the rewrite of every fixable use; nothing is written to disk here. TS/JS edits are kept only
 * if the program then has no diagnostic it did not have before. All edits are tried together first
 * (one type check in the common case); the files that gain diagnostics are then retried one edit at
 * a time. Config files have no type checker, so their edits stand as planned.
 */
export function planFixes(uses: readonly ClassifiedUse[], project: ScanProgram): FixResult {
  const outcomes: Array<FixOutcome | undefined> = uses.map((use) => (use.fix.kind === "unsafe" ? { kind: "skipped", reason: use.fix.reason } : undefined));
  const byFile = groupRewritesByFile(uses);
  const inProgram = (path: string) => project.rootCount > 0 && project.sourceFile(path) !== undefined;
  const originals = new Map([...byFile.keys()].map((path) => [path, (inProgram(path) ? project.sourceFile(path)?.text : undefined) ?? readBoundedText(path)]));
  const sourcePaths = [...byFile.keys()].filter(inProgram);
  if (sourcePaths.length > 0) {
    const checker = new EditChecker(project, uses, originals);
    const retry = checker.acceptTogether(new Map(sourcePaths.map((path) => [path, byFile.get(path)!])));
    for (const [path, indexes] of retry) byFile.set(path, checker.acceptOneByOne(path, indexes, outcomes));
  }
  const changes: FixResult["changes"] = [];
  for (const [path, accepted] of byFile) {
    for (const index of accepted) outcomes[index] = { kind: "rewritten", replacement: (uses[index]!.fix as { replacement: string }).replacement };
    const before = originals.get(path)!;
    if (accepted.length > 0)
      changes.push({
        path,
        before,
        after: applyEdits(
          before,
          accepted.map((index) => uses[index]!),
        ),
      });
  }
  return { outcomes, changes };
}

function groupRewritesByFile(uses: readonly ClassifiedUse[]): Map<string, number[]> {
  const byFile = new Map<string, number[]>();
  uses.forEach((use, index) => {
    if (use.fix.kind !== "rewrite") return;
    const indexes = byFile.get(use.file);
    if (indexes === undefined) byFile.set(use.file, [index]);
    else indexes.push(index);
  });
  return byFile;
}

/** Applies candidate edits to the in-memory program and compares its diagnostics with the unedited baseline. */
class EditChecker {
  private readonly baseline: Map<string, number>;

  constructor(
    private readonly project: ScanProgram,
    private readonly uses: readonly ClassifiedUse[],
    private readonly originals: ReadonlyMap<string, string>,
  ) {
    this.baseline = countKeys(diagnosticKeys(project));
  }

  /** Keeps the edits of every file that gains no diagnostic; returns the others (the program keeps only the kept edits). */
  acceptTogether(candidates: Map<string, number[]>): Map<string, number[]> {
    const retry = new Map<string, number[]>();
    for (;;) {
      for (const [path, indexes] of candidates) this.setEdits(path, indexes);
      const problems = this.newDiagnostics();
      if (problems.length === 0) return retry;
      const blamed = new Set(problems.map((problem) => problem.file).filter((file) => candidates.has(file)));
      // A diagnostic in a file without edits comes from an edit elsewhere: retry every file one edit at a time.
      const toRetry = blamed.size > 0 ? [...blamed] : [...candidates.keys()];
      for (const path of toRetry) {
        retry.set(path, candidates.get(path)!);
        candidates.delete(path);
        this.setEdits(path, []);
      }
    }
  }

  acceptOneByOne(path: string, indexes: readonly number[], outcomes: Array<FixOutcome | undefined>): number[] {
    const accepted: number[] = [];
    for (const index of indexes) {
      this.setEdits(path, [...accepted, index]);
      const problem = this.newDiagnostics()[0];
      if (problem === undefined) accepted.push(index);
      else outcomes[index] = { kind: "skipped", reason: `the replacement does not type-check: ${problem.text}` };
    }
    this.setEdits(path, accepted);
    return accepted;
  }

  private setEdits(path: string, indexes: readonly number[]): void {
    const text = applyEdits(
      this.originals.get(path)!,
      indexes.map((index) => this.uses[index]!),
    );
    this.project.setText(path, text);
  }

  private newDiagnostics(): NewDiagnostic[] {
    const remaining = new Map(this.baseline);
    const found: NewDiagnostic[] = [];
    for (const key of diagnosticKeys(this.project)) {
      const left = remaining.get(key) ?? 0;
      if (left > 0) remaining.set(key, left - 1);
      else found.push({ file: key.split("\u0000")[0]!, text: key.split("\u0000").slice(1).join(": ") });
    }
    return found;
  }
}

/** One pass over the text, edits in order of position: linear in the file's size plus the number of edits. */
function applyEdits(text: string, uses: readonly ClassifiedUse[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const use of [...uses].sort((a, b) => a.start - b.start)) {
    if (use.fix.kind !== "rewrite" || use.start < copied) continue;
    parts.push(text.slice(copied, use.start), use.fix.text);
    copied = use.end;
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

function countKeys(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Diagnostics keyed without positions (edits move them), so only new ones stand out. Only the
 * project's own source files are checked: an edit of a string in them cannot change the diagnostics
 * of a declaration file or of the generated module, and checking lib and node_modules declarations
 * (when skipLibCheck is off) was most of the time `--fix` took.
 */
function diagnosticKeys(project: ScanProgram): string[] {
  const program = project.program();
  const ownFiles = project.ownSourceFiles().filter((file) => !isGeneratedFile(file.fileName));
  const diagnostics = ownFiles.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]);
  return diagnostics.map((d) => `${d.file?.fileName ?? ""}\u0000TS${d.code}\u0000${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}
