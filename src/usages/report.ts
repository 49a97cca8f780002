import { relative } from "node:path";
import { lossText, URGENCIES, URGENCY_TITLES, type ClassifiedUse, type FixPlan } from "./classify";
import type { FixOutcome } from "./fix";
import { terminalText } from "../shared/terminal-text";
import type { UnknownName } from "./use";

/** Everything a report shows, shared by the text, JSON and SARIF forms. */
export interface UsageReport {
  asOf: string;
  /** The registry, as the user named it. */
  registry: string;
  cwd: string;
  uses: readonly ClassifiedUse[];
  /** Strings that look like model IDs the registry does not have. */
  unknown: readonly UnknownName[];
  /** Present after `--fix`: per use, what happened. */
  fix?: { dryRun: boolean; outcomes: ReadonlyArray<FixOutcome | undefined> };
}

/** Forward-slash path relative to `cwd` (absolute when outside it), as editors and CI annotations want. */
export function reportPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path).split("\\").join("/");
  return fromCwd.startsWith("..") || fromCwd === "" ? path.split("\\").join("/") : fromCwd;
}

export function location(use: ClassifiedUse, cwd: string): string {
  return `${reportPath(use.file, cwd)}:${use.line}:${use.column}`;
}

export function daysLeftText(use: ClassifiedUse): string {
  if (use.daysLeft === undefined) return "-";
  if (use.daysLeft < 0) return `${-use.daysLeft} days ago`;
  if (use.daysLeft === 0) return "today";
  return `${use.daysLeft} day${use.daysLeft === 1 ? "" : "s"}`;
}

function modelCount(uses: readonly ClassifiedUse[]): number {
  return new Set(uses.map((use) => use.modelId)).size;
}

/** The human report: one table per urgency group, most urgent first, then what `--fix` did. */
export function formatTextReport(report: UsageReport): string {
  const { uses, cwd } = report;
  const lines = [`${plural(uses.length, "use")} of ${plural(modelCount(uses), "model")} as of ${report.asOf} (registry: ${terminalText(report.registry)})`];
  for (const urgency of URGENCIES) {
    const group = uses.filter((use) => use.urgency === urgency);
    if (group.length === 0) continue;
    lines.push("", `${URGENCY_TITLES[urgency]} (${plural(group.length, "use")})`);
    lines.push(...table([["location", "model", "status", "shutdown", "days left", "replacement", "written as"], ...group.map((use) => row(use, cwd))]));
  }
  if (report.unknown.length > 0) {
    lines.push("", `Not in the registry (${plural(report.unknown.length, "string")} that look${report.unknown.length === 1 ? "s" : ""} like a model ID)`);
    lines.push(
      ...table([
        ["location", "text", "closest registry name"],
        ...report.unknown.map((name) => [`${reportPath(name.file, cwd)}:${name.line}:${name.column}`, name.name, name.suggestion ?? "-"]),
      ]),
    );
  }
  if (report.fix !== undefined) lines.push("", ...fixLines(report, report.fix));
  return lines.join("\n") + "\n";
}

function row(use: ClassifiedUse, cwd: string): string[] {
  return [location(use, cwd), use.modelId, use.status, use.shutdownDate ?? "-", daysLeftText(use), use.replacement ?? "-", useDescription(use)];
}

function useDescription(use: ClassifiedUse): string {
  if (use.via === "constant") return `Models.${use.name}`;
  return use.via === "id" ? use.kind : `${use.kind}, ${use.via === "alias" ? "alias" : "API name"} "${use.name}"`;
}

function fixLines(report: UsageReport, fix: NonNullable<UsageReport["fix"]>): string[] {
  const rewritten: string[][] = [];
  const skipped: string[][] = [];
  report.uses.forEach((use, index) => {
    const outcome = fix.outcomes[index];
    if (outcome?.kind === "rewritten")
      rewritten.push([location(use, report.cwd), `${use.name} → ${(use.fix as RewritePlan).text}${lossNote(use.fix as RewritePlan)}`]);
    if (outcome?.kind === "skipped") skipped.push([location(use, report.cwd), use.modelId, outcome.reason]);
  });
  return [
    `${fix.dryRun ? "Would rewrite" : "Rewrote"} ${plural(rewritten.length, "use")}${rewritten.length > 0 ? ":" : ""}`,
    ...(rewritten.length > 0 ? table(rewritten) : []),
    ...(skipped.length > 0 ? ["", `Not rewritten (${plural(skipped.length, "use")}):`, ...table(skipped)] : []),
  ];
}

type RewritePlan = Extract<FixPlan, { kind: "rewrite" }>;

/** `  (loses pdf input: --allow-loss)`, or nothing when the rewrite loses no capability. */
export function lossNote(plan: RewritePlan): string {
  return plan.lost === undefined ? "" : `  (loses ${plan.lost.map(lossText).join(", ")}: --allow-loss)`;
}

/** Every cell (paths, names and reasons from the project) escaped for the terminal. */
function table(unescaped: readonly string[][]): string[] {
  const rows = unescaped.map((cells) => cells.map(terminalText));
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  return rows.map((cells) => ("  " + cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")).trimEnd());
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
