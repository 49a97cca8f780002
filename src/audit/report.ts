import type { AuditReport, MissingModel, ModelAudit, SourceAudit } from "./compare";
import type { FieldValue } from "./fields";
import { terminalText } from "../shared/terminal-text";

/** The report as JSON for machines: the structure of `AuditReport`, two-space indented. */
export function renderAuditJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The report for people: a summary table with one row per source, then per source the unexplained differences,
 * the explained ones, the registry models the source marks deprecated, and the models the registry lacks.
 */
export function renderAuditTable(report: AuditReport, options: { missingLimit?: number } = {}): string {
  const lines = [`Audit as of ${report.asOf}: ${report.registryModels} registry models`, "", ...summaryTable(report)];
  for (const source of report.sources) lines.push("", ...sourceSection(source, options.missingLimit ?? 20));
  return `${lines.join("\n")}\n`;
}

function summaryTable(report: AuditReport): string[] {
  const header = ["source", "matched", "agree", "explained", "unexplained", "missing", "deprecated", "not listed"];
  const rows = report.sources.map(({ label, summary }) => [
    label,
    String(summary.matched),
    String(summary.agree),
    `${summary.explained} (${summary.explainedDifferences})`,
    `${summary.unexplained} (${summary.unexplainedDifferences})`,
    String(summary.missing),
    String(summary.deprecated),
    String(summary.notListed),
  ]);
  return [...alignedTable(header, rows), "(explained / unexplained: models (differences))"];
}

function sourceSection(source: SourceAudit, missingLimit: number): string[] {
  const lines = [`== ${terminalText(source.label)}`];
  const withVerdict = (verdict: ModelAudit["verdict"]) => source.models.filter((model) => model.verdict === verdict);
  lines.push(...differenceGroup("Unexplained differences", withVerdict("unexplained"), false));
  lines.push(...differenceGroup("Explained differences", [...withVerdict("unexplained"), ...withVerdict("explained")], true));
  if (source.deprecated.length > 0)
    lines.push("", `Marked deprecated or gone by the source (${source.deprecated.length}): ${source.deprecated.map(terminalText).join(", ")}`);
  if (source.missing.length > 0) {
    lines.push("", `Listed by the source, not in the registry (${source.missing.length}, newest first):`);
    const shown = source.missing.slice(0, missingLimit);
    const released = (model: MissingModel) => `${model.release_date ?? "-"}${model.release_date_from === undefined ? "" : ` (${model.release_date_from})`}`;
    lines.push(
      ...alignedTable(
        ["provider", "model", "released", "retired", "source key"],
        shown.map((model) => [model.provider, model.id, released(model), model.retired ?? "-", model.key]),
      ).map((line) => `  ${line}`),
    );
    if (source.missing.length > shown.length) lines.push(`  … and ${source.missing.length - shown.length} more (--json lists all)`);
  }
  return lines;
}

/**
 * Rows grouped by provider, then model; `explained` picks which differences of those models are shown. An
 * explained difference is followed by the sentence of the entry's notes that explains it, quoted whole.
 */
function differenceGroup(title: string, models: readonly ModelAudit[], explained: boolean): string[] {
  const differences = [...models]
    .sort((a, b) => a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id))
    .flatMap((model) =>
      model.differences.filter((difference) => (difference.explanation !== undefined) === explained).map((difference) => ({ model, difference })),
    );
  if (differences.length === 0) return [];
  const rows = differences.map(({ model, difference }) => [
    model.provider,
    model.id,
    difference.field,
    formatValue(difference.registry),
    formatValue(difference.source),
  ]);
  const [header, rule, ...body] = alignedTable(["provider", "model", "field", "registry", "source"], blankRepeats(rows));
  const quoted = (index: number) => (explained ? [`      notes: "${differences[index]!.difference.explanation}"`] : []);
  return ["", `${title} (${rows.length}):`, `  ${header}`, `  ${rule}`, ...body.flatMap((line, index) => [`  ${line}`, ...quoted(index)])];
}

/** Provider and model are printed once per group of consecutive rows, which makes the grouping visible. */
function blankRepeats(rows: string[][]): string[][] {
  return rows.map((row, index) => {
    const previous = rows[index - 1];
    if (previous === undefined) return row;
    const sameModel = previous[0] === row[0] && previous[1] === row[1];
    return [previous[0] === row[0] ? "" : row[0]!, sameModel ? "" : row[1]!, ...row.slice(2)];
  });
}

/** Every cell (keys, names, values and notes from the registry and the sources) escaped for the terminal. */
function alignedTable(header: readonly string[], unescaped: readonly (readonly string[])[]): string[] {
  const rows = unescaped.map((row) => row.map(terminalText));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}

export function formatValue(value: FieldValue): string {
  if (value === null) return "—";
  if (Array.isArray(value)) return `[${value.join(", ")}]`;
  return String(value);
}
