import { GENERATED_BANNER } from "../emit/banner";
import { formatDecimalUsd, formatTokens } from "../../shared/format-number";
import { MODEL_STATUSES } from "../../shared/model-statuses";
import type { ModelStatus } from "../../shared/registry-entry.generated";
import { markdownCell, markdownCode, markdownUrl } from "../../shared/escape";
import { modelsByShutdown } from "./emit-timeline";
import { evidenceSection } from "./emit-evidence";
import { extensionDocs, type ChangeColumn, type FileLabel } from "./emit-provenance";
import type { NormalizedModel, NormalizedProvider, NormalizedRegistry } from "../model/normalize";
import type { ModelEntry, ProviderConfig } from "../../shared/registry-file";
import { kindOf, unitPriceSummary } from "../../shared/model-kind";

export interface MarkdownEmitOptions {
  /** How to regenerate, shown in the banner. */
  command: string;
  /** The chart, relative to the markdown file (e.g. `../docs/model-map.svg`). */
  chartLink: string;
  /** The registry YAML as named in the banner (relative to the project root). */
  sourcePath: string;
  /** The shutdown timeline SVG, relative to the markdown file; without it the lifecycle section has no picture. */
  timelineLink?: string;
  /** How the docs name a file of an extends chain (a path relative to the markdown file). Default: the path as it is. */
  fileLabel?: FileLabel;
}

/** What each status means and how the runtime treats it. Part of the generator, not of the data. */
const STATUS_LEGEND: Record<ModelStatus, { meaning: string; policy: string }> = {
  production: { meaning: "Fully supported.", policy: "Selectable by default." },
  beta: { meaning: "Works, may have issues.", policy: "Selectable; flagged in selection results." },
  experimental: { meaning: "Use at your own risk.", policy: "Selected only with an explicit opt-in." },
  deprecated: {
    meaning: "Announced for shutdown, or shut down; has a replacement.",
    policy: "Never selected automatically; resolving it by ID warns (once per ID) naming the replacement; fails from its shutdown date on.",
  },
};

/** `models/model_registry.md`: every figure a human reads, computed from the registry. */
export function emitMarkdown(registry: NormalizedRegistry, options: MarkdownEmitOptions): string {
  const extension = registry.provenance === undefined ? undefined : extensionDocs(registry.provenance, options.fileLabel);
  const changes = extension?.changes;
  const sections = [
    banner(options),
    "# Model registry",
    `${summaryLine(registry)}. ${activeLine(registry)}`,
    `![Blended price per 1M tokens (log scale) against coding score, one point per active model](${markdownUrl(options.chartLink)})`,
    ...(extension === undefined ? [] : ["## Extends", ...extension.section]),
    "## Counts",
    countsTable(registry),
    "## Status legend",
    legendTable(),
    "## Models by provider",
    "Prices are USD per 1M tokens at the standard rate; † marks models with long-context tiers or dated price changes (see the registry). Context is the total of input and output tokens; Max in is stated only where the provider states it apart.",
    ...registry.providers.filter((p) => p.modelIds.length > 0).flatMap((p) => providerSection(registry, p, changes)),
    "## Scores and evidence",
    ...evidenceSection(registry),
    "## Deprecated models",
    "Replaced by names the end of the replacement chain: the model to move to.",
    deprecatedTable(registry),
    "## Lifecycle",
    ...lifecycleSection(registry, options.timelineLink),
    "## Aliases",
    aliasTable(registry, changes),
    "## Provider configuration",
    "Environment variables are named here, never their values. `A or B` means either variable will do.",
    providerConfigTable(registry, changes),
  ];
  return sections.join("\n\n") + "\n";
}

/** "N models from M providers" (providers that have at least one model). */
export function summaryLine(registry: NormalizedRegistry): string {
  const providers = registry.providers.filter((p) => p.modelIds.length > 0).length;
  return `${plural(registry.models.length, "model")} from ${plural(providers, "provider")}`;
}

function activeLine(registry: NormalizedRegistry): string {
  const counts = statusCounts(registry.models);
  return MODEL_STATUSES.map((status) => `${counts[status]} ${status}`).join(", ") + ".";
}

/** The README block: the same computed summary, with a link to the full tables. */
export function emitReadmeSummary(registry: NormalizedRegistry, markdownLink: string): string {
  const perProvider = registry.providers
    .filter((p) => p.modelIds.length > 0)
    .map((p) => `${markdownCell(p.config.display_name)} ${p.modelIds.length}`)
    .join(", ");
  return [
    `**${summaryLine(registry)}** (${activeLine(registry).replace(/\.$/, "")}): ${perProvider}.`,
    `Full tables, status legend, provider configuration and price chart: [${markdownCode(markdownLink)}](${markdownUrl(markdownLink)}).`,
  ].join("\n");
}

function banner(options: MarkdownEmitOptions): string {
  const source = options.sourcePath.replace(/-->/g, "--&gt;");
  const command = options.command.replace(/-->/g, "--&gt;");
  return `<!-- ${GENERATED_BANNER}. Source: ${source}. Regenerate: ${command} -->`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("l" | "r")[]): string {
  const separator = header.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  return [header, separator, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function statusCounts(models: readonly NormalizedModel[]): Record<ModelStatus, number> {
  const counts = Object.fromEntries(MODEL_STATUSES.map((status) => [status, 0])) as Record<ModelStatus, number>;
  for (const model of models) counts[model.entry.status]++;
  return counts;
}

function countsTable(registry: NormalizedRegistry): string {
  const byId = new Map(registry.models.map((m) => [m.id, m]));
  const rows = registry.providers.map((p) => {
    const counts = statusCounts(p.modelIds.map((id) => byId.get(id)!));
    return [providerLabel(p), ...MODEL_STATUSES.map((s) => String(counts[s])), String(p.modelIds.length)];
  });
  const totals = statusCounts(registry.models);
  rows.push(["**Total**", ...MODEL_STATUSES.map((s) => `**${totals[s]}**`), `**${registry.models.length}**`]);
  return table(["Provider", ...MODEL_STATUSES, "total"], rows, ["l", "r", "r", "r", "r", "r"]);
}

function legendTable(): string {
  return table(
    ["Status", "Meaning", "Runtime policy"],
    MODEL_STATUSES.map((s) => [`\`${s}\``, STATUS_LEGEND[s].meaning, STATUS_LEGEND[s].policy]),
  );
}

function providerLabel(provider: NormalizedProvider): string {
  return `${markdownCell(provider.config.display_name)} (${markdownCode(provider.id)})`;
}

function providerSection(registry: NormalizedRegistry, provider: NormalizedProvider, changes: ChangeColumn | undefined): string[] {
  const byId = new Map(registry.models.map((m) => [m.id, m]));
  const models = provider.modelIds.map((id) => byId.get(id)!.entry);
  const chat = models.filter((entry) => kindOf(entry) === "chat");
  const others = models.filter((entry) => kindOf(entry) !== "chat");
  const rows = chat.map((entry) => withChange(modelRow(entry), changes, "models", entry.id));
  const header = withChangeHeader(
    ["ID", "Name", "Context", "Max in", "Max out", "Input", "Output", "Cached input", "Input modalities", "Tools", "Status"],
    changes,
  );
  const otherRows = others.map((entry) => withChange(otherKindRow(entry), changes, "models", entry.id));
  return [
    `### ${markdownCell(provider.config.display_name)} (${markdownCode(provider.id)})`,
    ...(chat.length === 0 ? [] : [table(header, rows, ["l", "l", "r", "r", "r", "r", "r", "r", "l", "l", "l", "l"])]),
    ...(others.length === 0
      ? []
      : [
          `Embedding, image, speech, transcription, moderation and rerank models of ${markdownCell(provider.config.display_name)}, priced in the units the provider bills:`,
          table(withChangeHeader(["ID", "Name", "Kind", "Max in", "Dimensions", "Prices", "Status"], changes), otherRows, [
            "l",
            "l",
            "l",
            "r",
            "r",
            "l",
            "l",
            "l",
          ]),
        ]),
  ];
}

/** A model that is not a chat model: its kind and its prices in their own units. */
function otherKindRow(entry: ModelEntry): string[] {
  return [
    markdownCode(entry.id),
    markdownCell(entry.display_name),
    kindOf(entry),
    entry.max_input_tokens === undefined ? "–" : formatTokens(entry.max_input_tokens),
    entry.dimensions === undefined ? "–" : formatTokens(entry.dimensions),
    markdownCell(unitPriceSummary(entry.pricing).join("; ")),
    entry.status,
  ];
}

/** A registry that extends another has a Change column in its tables; any other has none. */
function withChangeHeader(header: string[], changes: ChangeColumn | undefined): string[] {
  return changes === undefined ? header : [...header, "Change"];
}

function withChange(row: string[], changes: ChangeColumn | undefined, section: "models" | "providers" | "aliases", id: string): string[] {
  return changes === undefined ? row : [...row, changes.cell(section, id)];
}

function optionalTokens(tokens: number | undefined): string {
  return tokens === undefined ? "–" : formatTokens(tokens);
}

function optionalUsd(usd: number | undefined): string {
  return usd === undefined ? "–" : formatDecimalUsd(usd);
}

function modelRow(entry: ModelEntry): string[] {
  const pricing = entry.pricing;
  const scheduled = pricing.tiers !== undefined || pricing.periods !== undefined ? " †" : "";
  return [
    markdownCode(entry.id),
    markdownCell(entry.display_name),
    optionalTokens(entry.context_window),
    optionalTokens(entry.max_input_tokens),
    optionalTokens(entry.max_output_tokens),
    optionalUsd(pricing.input) + scheduled,
    optionalUsd(pricing.output) + scheduled,
    optionalUsd(pricing.cached_input),
    entry.capabilities.input.join(", "),
    yesNo(entry.capabilities.tool_calling),
    entry.status,
  ];
}

function deprecatedTable(registry: NormalizedRegistry): string {
  const deprecated = registry.models.filter((m) => m.entry.status === "deprecated");
  if (deprecated.length === 0) return "None.";
  return table(
    ["ID", "Name", "Replaced by", "Deprecated", "Shutdown"],
    deprecated.map(({ entry, finalReplacement }) => [
      markdownCode(entry.id),
      markdownCell(entry.display_name),
      markdownCode(finalReplacement ?? entry.replaced_by!),
      entry.deprecation_date === undefined ? "not published" : markdownCell(entry.deprecation_date),
      entry.shutdown_date === undefined ? "not announced" : markdownCell(entry.shutdown_date),
    ]),
  );
}

/**
 * Every model with a shutdown date, in date order, then the deprecated ones with none. Dates only, no
 * "past" or "days left": the page must come out byte-identical whatever day it is generated.
 */
function lifecycleSection(registry: NormalizedRegistry, timelineLink: string | undefined): string[] {
  const scheduled = modelsByShutdown(registry);
  const undated = registry.models.filter((m) => m.entry.status === "deprecated" && m.entry.shutdown_date === undefined);
  const intro =
    "Shutdowns in date order, each with its deprecation date and the model to move to (the end of the replacement chain). " +
    "Compare the dates with today: this page does not change with the day it is generated. `model-registry usages` finds these models in a codebase.";
  return [
    intro,
    ...(timelineLink === undefined || scheduled.length === 0
      ? []
      : [`![Shutdown timeline, one bar per model from deprecation to shutdown](${markdownUrl(timelineLink)})`]),
    scheduled.length === 0
      ? "No model has a shutdown date."
      : table(
          ["Shutdown", "Model", "Provider", "Status", "Deprecated", "Move to"],
          scheduled.map(({ entry, finalReplacement }) => [
            markdownCell(entry.shutdown_date!),
            markdownCode(entry.id),
            markdownCode(entry.provider),
            entry.status,
            entry.deprecation_date === undefined ? "not published" : markdownCell(entry.deprecation_date),
            finalReplacement === undefined ? "–" : markdownCode(finalReplacement),
          ]),
        ),
    ...(undated.length === 0
      ? []
      : [
          `Deprecated with no shutdown date announced: ${undated
            .map(({ entry, finalReplacement }) => `${markdownCode(entry.id)}${finalReplacement === undefined ? "" : ` → ${markdownCode(finalReplacement)}`}`)
            .join(", ")}.`,
        ]),
  ];
}

function aliasTable(registry: NormalizedRegistry, changes: ChangeColumn | undefined): string {
  if (registry.aliases.length === 0) return "None.";
  return table(
    withChangeHeader(["Alias", "Resolves to", "Note"], changes),
    registry.aliases.map((a) =>
      withChange(
        [markdownCode(a.alias), markdownCode(a.target), a.targetDeprecated ? "deprecated: the target is deprecated" : "–"],
        changes,
        "aliases",
        a.alias,
      ),
    ),
  );
}

function providerConfigTable(registry: NormalizedRegistry, changes: ChangeColumn | undefined): string {
  return table(
    withChangeHeader(["Provider", "Base URL", "Auth", "Required env", "Optional env (default)", "Docs"], changes),
    registry.providers.map((p) =>
      withChange(
        [
          providerLabel(p),
          markdownCode(p.config.base_url),
          authLabel(p.config),
          requiredEnv(p.config),
          optionalEnv(p.config),
          `[docs](${markdownUrl(p.config.docs_url)})`,
        ],
        changes,
        "providers",
        p.id,
      ),
    ),
  );
}

function authLabel(config: ProviderConfig): string {
  const auth = config.auth;
  if (auth.type === "api-key-header" && auth.header) return `API key in header ${markdownCode(auth.header)}`;
  if (auth.type === "query-key" && auth.query_param) return `API key in query parameter ${markdownCode(auth.query_param)}`;
  if (auth.type === "bearer") return "Bearer token";
  if (auth.type === "aws-sigv4") return "AWS SigV4";
  if (auth.type === "none") return config.local ? "none (local)" : "none";
  return markdownCode(auth.type);
}

function requiredEnv(config: ProviderConfig): string {
  const items = config.env.required.map((item) => (Array.isArray(item) ? item.map(markdownCode).join(" or ") : markdownCode(item)));
  return items.length === 0 ? "none" : items.join(", ");
}

function optionalEnv(config: ProviderConfig): string {
  const defaults = config.env.defaults ?? {};
  const items = (config.env.optional ?? []).map((name) => {
    const fallback = defaults[name];
    return fallback === undefined ? markdownCode(name) : `${markdownCode(name)} (${markdownCode(fallback)})`;
  });
  return items.length === 0 ? "–" : items.join(", ");
}

function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
