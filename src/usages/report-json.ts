import type { UsageReport } from "./report";
import { reportPath } from "./report";

/** `--json`: one object per use, with the fix outcome when `--fix` ran. Stable key order. */
export function formatJsonReport(report: UsageReport): string {
  const uses = report.uses.map((use, index) => {
    const outcome = report.fix?.outcomes[index];
    return {
      file: reportPath(use.file, report.cwd),
      line: use.line,
      column: use.column,
      text: use.name,
      as: use.via,
      kind: use.kind,
      model: use.modelId,
      provider: use.provider,
      status: use.status,
      deprecationDate: use.deprecationDate ?? null,
      shutdownDate: use.shutdownDate ?? null,
      daysLeft: use.daysLeft ?? null,
      replacement: use.replacement ?? null,
      urgency: use.urgency,
      fix:
        use.fix.kind === "none"
          ? null
          : use.fix.kind === "unsafe"
            ? { safe: false, reason: use.fix.reason }
            : { safe: true, text: use.fix.text, ...(use.fix.lost ? { lost: use.fix.lost } : {}) },
      ...(report.fix === undefined ? {} : { outcome: outcome ?? null }),
    };
  });
  const unknown = report.unknown.map((name) => ({
    file: reportPath(name.file, report.cwd),
    line: name.line,
    column: name.column,
    text: name.name,
    suggestion: name.suggestion ?? null,
  }));
  return JSON.stringify({ asOf: report.asOf, registry: report.registry, ...(report.fix ? { dryRun: report.fix.dryRun } : {}), uses, unknown }, null, 2) + "\n";
}
