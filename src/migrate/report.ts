export interface MigrationProblem {
  /** Where: `line 12`, `sonnet-x`, or a JSON key. */
  where: string;
  /** Cell or field name, when the problem is one value. */
  field?: string;
  value?: string;
  reason: string;
}

interface SectionCount {
  name: string;
  claimed?: number;
  actual: number;
}

export interface MigrationReport {
  problems: MigrationProblem[];
  sections: SectionCount[];
  converted: number;
  skipped: string[];
  /** Source provider names with no registry mapping, and how many entries each had (those entries are skipped). */
  unmappedProviders?: Map<string, number>;
}

export function emptyReport(): MigrationReport {
  return { problems: [], sections: [], converted: 0, skipped: [] };
}

export function formatReport(report: MigrationReport, title: string): string {
  const lines = [`${title}: ${report.converted} entr${report.converted === 1 ? "y" : "ies"} converted`];
  if (report.sections.length > 0) {
    const claimed = report.sections.reduce((sum, s) => sum + (s.claimed ?? 0), 0);
    const actual = report.sections.reduce((sum, s) => sum + s.actual, 0);
    lines.push(`sections (claimed by header vs rows present): total claimed ${claimed}, actual ${actual}`);
    for (const s of report.sections) {
      const claim = s.claimed === undefined ? "no claim" : `claims ${s.claimed}`;
      const flag = s.claimed !== undefined && s.claimed !== s.actual ? `  MISMATCH (${s.actual - s.claimed})` : "";
      lines.push(`  ${s.name}: ${claim}, has ${s.actual}${flag}`);
    }
  }
  if (report.skipped.length > 0) lines.push(`skipped (already in the registry or filtered): ${report.skipped.join(", ")}`);
  if (report.unmappedProviders !== undefined && report.unmappedProviders.size > 0) {
    const counts = [...report.unmappedProviders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, n]) => `${JSON.stringify(name)} (${n})`);
    lines.push(`skipped, provider not mapped to the registry: ${counts.join(", ")}`);
  }
  if (report.problems.length === 0) {
    lines.push("no unmapped rows or cells");
  } else {
    lines.push(`${report.problems.length} problem(s):`);
    for (const p of report.problems) {
      const field = p.field === undefined ? "" : ` [${p.field}${p.value === undefined ? "" : ` = ${JSON.stringify(p.value)}`}]`;
      lines.push(`  ${p.where}${field}: ${p.reason}`);
    }
  }
  return lines.join("\n") + "\n";
}
