import type { Log, ReportingDescriptor, Result } from "sarif";
import type { ClassifiedUse, Urgency } from "./classify";
import { daysLeftText, reportPath, type UsageReport } from "./report";
import type { UnknownName } from "./use";

const RULES: Record<Exclude<Urgency, "current">, { id: string; level: "error" | "warning" | "note"; description: string }> = {
  "shut-down": { id: "model-shut-down", level: "error", description: "The model has been shut down by its provider; calls to it fail." },
  "within-30-days": { id: "model-shutdown-within-30-days", level: "error", description: "The model shuts down within 30 days." },
  "within-90-days": { id: "model-shutdown-within-90-days", level: "warning", description: "The model shuts down within 90 days." },
  deprecated: { id: "model-deprecated", level: "note", description: "The model is deprecated or has a shutdown date further out." },
};

const UNKNOWN_RULE = {
  id: "model-unknown",
  level: "warning",
  description: "The string looks like a provider's model ID, but the registry has no such model.",
} as const;

/** SARIF 2.1.0, one result per use of a model that is not current and per unknown model ID, so CI shows them inline on a pull request. */
export function formatSarifReport(report: UsageReport, toolVersion: string): string {
  const findings = report.uses.filter((use) => use.urgency !== "current");
  const rules: ReportingDescriptor[] = [...Object.values(RULES), UNKNOWN_RULE].map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    defaultConfiguration: { level: rule.level },
  }));
  // Typed with @types/sarif, the SARIF 2.1.0 object model, so a misspelt or misplaced property does not compile.
  const sarif: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "model-registry usages", version: toolVersion, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileUri(report.cwd) } },
        results: [...findings.map((use) => result(use, report.cwd)), ...report.unknown.map((name) => unknownResult(name, report.cwd))],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

function result(use: ClassifiedUse, cwd: string): Result {
  const rule = RULES[use.urgency as Exclude<Urgency, "current">];
  return {
    ruleId: rule.id,
    ruleIndex: Object.values(RULES).indexOf(rule),
    level: rule.level,
    message: { text: message(use) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriPath(reportPath(use.file, cwd)), uriBaseId: "SRCROOT" },
          region: {
            startLine: use.line,
            startColumn: use.column,
            endLine: use.line,
            endColumn: use.column + use.end - use.start + (use.quote === undefined ? 0 : 2),
          },
        },
      },
    ],
  };
}

function unknownResult(name: UnknownName, cwd: string): Result {
  const hint = name.suggestion === undefined ? "" : ` Did you mean ${name.suggestion}?`;
  return {
    ruleId: UNKNOWN_RULE.id,
    ruleIndex: Object.values(RULES).length,
    level: UNKNOWN_RULE.level,
    message: { text: `${name.name} looks like a model ID but is not in the registry.${hint}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(reportPath(name.file, cwd)), uriBaseId: "SRCROOT" },
          region: { startLine: name.line, startColumn: name.column },
        },
      },
    ],
  };
}

function message(use: ClassifiedUse): string {
  const shutdown =
    use.shutdownDate === undefined
      ? "no shutdown date announced"
      : use.daysLeft! <= 0
        ? `shut down on ${use.shutdownDate} (${daysLeftText(use)})`
        : `shuts down on ${use.shutdownDate} (in ${daysLeftText(use)})`;
  const replacement = use.replacement === undefined ? "no replacement is named" : `move to ${use.replacement}`;
  return `${use.modelId} (${use.provider}, ${use.status}): ${shutdown}; ${replacement}.`;
}

function pathToFileUri(path: string): string {
  const forward = path.split("\\").join("/");
  return `file://${forward.startsWith("/") ? "" : "/"}${uriPath(forward)}${forward.endsWith("/") ? "" : "/"}`;
}

/** A path as a URI path: each segment percent-encoded, so `#` and `?` in a name stay part of it (encodeURI keeps them). */
function uriPath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
