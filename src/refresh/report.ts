import { formatValue } from "../audit/report";
import { plainText } from "../shared/escape";
import type { Proposal, ProposalKind, RefreshPlan } from "./propose";

export interface SourceStatus {
  name: string;
  /** The source's label when read; the located reason when not. */
  label?: string;
  models?: number;
  /** For a benchmark board: the runs it lists. */
  runs?: number;
  error?: string;
  /** Not read, and why (no key in the environment, package not installed). */
  skipped?: string;
}

export interface RefreshReport {
  asOf: string;
  registryModels: number;
  sources: SourceStatus[];
  plan: RefreshPlan;
  /** Updates written (with --write), and those that could not be. */
  applied: Proposal[];
  skipped: { proposal: Proposal; reason: string }[];
}

const KINDS: readonly ProposalKind[] = ["update", "addition", "review", "disagreement", "absent"];
const TITLES: Record<ProposalKind, string> = {
  update: "updates",
  addition: "additions",
  review: "need a person",
  disagreement: "disagreements",
  absent: "not in the provider's list",
};

/** Proposals that neither `--write` applied nor notes explain: what `--check` fails on (absences are reports only). */
export function pendingChanges(report: RefreshReport): Proposal[] {
  const applied = new Set(report.applied);
  return report.plan.proposals.filter((proposal) => proposal.kind !== "absent" && !applied.has(proposal));
}

export function renderRefreshJson(report: RefreshReport): string {
  return `${JSON.stringify({ ...report, applied: report.applied.map(identify), skipped: report.skipped.map(({ proposal, reason }) => ({ ...identify(proposal), reason })), pending: pendingChanges(report).length }, null, 2)}\n`;
}

function identify(proposal: Proposal): { model: string; field: string } {
  return { model: proposal.model, field: proposal.field };
}

/**
 * The review report, for a terminal and as a pull request's body (plain markdown): the sources read, counts per
 * provider and kind, then per provider every proposal — model, field, old → new, which sources, why.
 */
export function renderRefreshReport(report: RefreshReport): string {
  const lines = [
    `# Registry refresh, ${report.asOf}`,
    "",
    `${report.registryModels} registry models; ${report.plan.explained} differences are explained by the entries' notes and stay quiet.`,
    "",
    "## Sources",
    "",
  ];
  for (const source of report.sources) lines.push(`- ${clean(source.name)}: ${clean(sourceLine(source))}`);
  const providers = [...new Set(report.plan.proposals.map((proposal) => proposal.provider))].sort();
  lines.push("", "## Summary", "");
  if (providers.length === 0) lines.push("Nothing proposed: every figure the sources state agrees with the registry or is explained in its notes.");
  else lines.push(`| provider | ${KINDS.map((kind) => TITLES[kind]).join(" | ")} |`, `|---|${KINDS.map(() => "---:").join("|")}|`);
  for (const provider of providers) {
    const count = (kind: ProposalKind) => report.plan.proposals.filter((proposal) => proposal.provider === provider && proposal.kind === kind).length;
    lines.push(`| ${clean(provider)} | ${KINDS.map((kind) => String(count(kind))).join(" | ")} |`);
  }
  if (report.plan.curated.length > 0) lines.push("", "Curated providers (their new models are not proposed; `--json` lists them):", "");
  for (const { provider, reason, models } of report.plan.curated)
    lines.push(
      `- ${clean(provider)}: ${models.length} ${models.length === 1 ? "model" : "models"} of its list not in the registry: curated provider (${clean(reason)})`,
    );
  if (report.applied.length > 0) {
    const added = report.applied.filter((proposal) => proposal.kind === "addition").length;
    lines.push("", `Applied ${report.applied.length - added} update(s) and ${added} addition(s) to the registry.`);
  }
  for (const { proposal, reason } of report.skipped) lines.push(`Not applied: ${clean(proposal.model)} ${clean(proposal.field)}: ${clean(reason)}`);
  for (const provider of providers) {
    lines.push("", `## ${clean(provider)}`);
    for (const kind of KINDS) {
      const proposals = report.plan.proposals.filter((proposal) => proposal.provider === provider && proposal.kind === kind);
      if (proposals.length === 0) continue;
      lines.push("", `### ${TITLES[kind]} (${proposals.length})`, "", "| model | field | old → new | sources | why |", "|---|---|---|---|---|");
      for (const proposal of proposals)
        lines.push(`| ${cell(proposal.model)} | ${cell(proposal.field)} | ${cell(change(proposal))} | ${cell(claims(proposal))} | ${cell(proposal.why)} |`);
    }
  }
  const skipped = report.plan.skippedAdditions;
  if (skipped.length > 0) {
    lines.push("", `## Listed, not proposed (${skipped.length})`, "", "| provider | model | why |", "|---|---|---|");
    for (const candidate of skipped) lines.push(`| ${cell(candidate.provider)} | ${cell(candidate.model)} | ${cell(candidate.reason)} |`);
  }
  return `${lines.join("\n")}\n`;
}

function sourceLine(source: SourceStatus): string {
  if (source.error !== undefined) return `NOT READ — ${source.error}`;
  if (source.skipped !== undefined) return `skipped — ${source.skipped}`;
  return source.runs === undefined ? `${source.label} (${source.models} models)` : `${source.label} (${source.runs} runs of registry providers' models)`;
}

function change(proposal: Proposal): string {
  if (proposal.kind === "addition")
    return `new: ${
      Object.entries(proposal.figures ?? {})
        .map(([field, value]) => `${field} ${formatValue(value)}`)
        .join(", ") || "no figure the sources agree on"
    }`;
  if (proposal.kind === "absent") return "listed → not listed";
  const since = proposal.changeDate === undefined ? "" : ` from ${proposal.changeDate}`;
  return `${formatValue(proposal.old)} → ${formatValue(proposal.new)}${since}`;
}

function claims(proposal: Proposal): string {
  return proposal.claims.map((claim) => `${claim.source}${claim.firstParty ? " (first-party)" : ""}: ${formatValue(claim.value)}`).join("; ");
}

/** Text from a source may hold anything: control characters are neutralised for the terminal, `|` for the table. */
function clean(text: string): string {
  return plainText(text);
}

function cell(text: string): string {
  return clean(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
}
