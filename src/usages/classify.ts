import type { Modality, ModelEntry } from "../shared/registry-file";
import { constantName } from "../shared/naming";
import { daysBetween } from "../shared/dates";
import type { UsageRegistry } from "./registry";
import type { ModelUse } from "./use";
import { kindOf, kindPhrase } from "../shared/model-kind";

/** Most urgent first; the order of the groups in the report. */
export const URGENCIES = ["shut-down", "within-30-days", "within-90-days", "deprecated", "current"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_TITLES: Record<Urgency, string> = {
  "shut-down": "Shut down",
  "within-30-days": "Shuts down within 30 days",
  "within-90-days": "Shuts down within 90 days",
  deprecated: "Deprecated or shutdown scheduled later",
  current: "Current",
};

/**
 * What `--fix` would do with a use: nothing (current model), rewrite it, or leave it and say why.
 * `lost`: the capabilities the replacement lacks that `--allow-loss` accepted.
 */
export type FixPlan = { kind: "none" } | { kind: "rewrite"; replacement: string; text: string; lost?: CapabilityLoss[] } | { kind: "unsafe"; reason: string };

const MODALITIES = ["text", "image", "audio", "video", "pdf"] as const satisfies readonly Modality[];
const FLAGS = ["tool_calling", "structured_output", "reasoning"] as const;

/** A capability a replacement can lack, as `--allow-loss` names it: `pdf-input`, `audio-output`, `tool-calling`… */
export type CapabilityLoss = string;

export const CAPABILITY_LOSSES: readonly CapabilityLoss[] = [
  ...(["input", "output"] as const).flatMap((direction) => MODALITIES.map((modality) => `${modality}-${direction}`)),
  ...FLAGS.map((flag) => flag.replace("_", "-")),
];

/** `pdf-input` → `pdf input`, as the report says it. */
export function lossText(loss: CapabilityLoss): string {
  return loss.replace("-", " ");
}

export interface ClassifiedUse extends ModelUse {
  provider: string;
  status: ModelEntry["status"];
  deprecationDate?: string;
  shutdownDate?: string;
  /** Days from the as-of date to the shutdown (negative: already shut down). */
  daysLeft?: number;
  /** The end of the `replaced_by` chain. */
  replacement?: string;
  urgency: Urgency;
  fix: FixPlan;
}

export interface ClassifyOptions {
  asOf: string;
  /** Capability losses a rewrite may cause (`--allow-loss`). */
  allowLoss?: ReadonlySet<CapabilityLoss>;
}

export function classifyUses(uses: readonly ModelUse[], registry: UsageRegistry, options: ClassifyOptions): ClassifiedUse[] {
  return uses.map((use) => classifyUse(use, registry, options)).sort(compareUses);
}

function classifyUse(use: ModelUse, registry: UsageRegistry, { asOf, allowLoss = new Set() }: ClassifyOptions): ClassifiedUse {
  const model = registry.models.get(use.modelId)!;
  const daysLeft = model.shutdown_date === undefined ? undefined : daysBetween(asOf, model.shutdown_date);
  const urgency = urgencyOf(model, daysLeft);
  const replacement = registry.finalReplacement(model.id);
  return {
    ...use,
    provider: model.provider,
    status: model.status,
    ...(model.deprecation_date === undefined ? {} : { deprecationDate: model.deprecation_date }),
    ...(model.shutdown_date === undefined ? {} : { shutdownDate: model.shutdown_date }),
    ...(daysLeft === undefined ? {} : { daysLeft }),
    ...(replacement === undefined ? {} : { replacement: replacement.id }),
    urgency,
    fix: urgency === "current" ? { kind: "none" } : planFix(use, model, replacement, asOf, allowLoss),
  };
}

function urgencyOf(model: ModelEntry, daysLeft: number | undefined): Urgency {
  if (daysLeft !== undefined && daysLeft <= 0) return "shut-down";
  if (daysLeft !== undefined && daysLeft <= 30) return "within-30-days";
  if (daysLeft !== undefined && daysLeft <= 90) return "within-90-days";
  if (model.status === "deprecated" || daysLeft !== undefined) return "deprecated";
  return "current";
}

function planFix(use: ModelUse, model: ModelEntry, replacement: ModelEntry | undefined, asOf: string, allowLoss: ReadonlySet<CapabilityLoss>): FixPlan {
  if (use.kind === "computed") return { kind: "unsafe", reason: "computed string: the model name is only part of the value" };
  if (replacement === undefined) return { kind: "unsafe", reason: "no replacement is named" };
  const reason = unsafeReplacementReason(model, replacement, asOf);
  if (reason !== undefined) return { kind: "unsafe", reason };
  const lost = lostCapabilities(model, replacement);
  const refused = lost.filter((loss) => !allowLoss.has(loss));
  if (refused.length > 0) {
    return { kind: "unsafe", reason: `lost capability: ${refused.map(lossText).join(", ")} (accept with --allow-loss ${refused.join(",")})` };
  }
  const rewrite = { kind: "rewrite" as const, replacement: replacement.id, text: replacementText(use, replacement) };
  return lost.length === 0 ? rewrite : { ...rewrite, lost };
}

/** Why moving from `model` to `replacement` could break the caller whatever it accepts, or undefined when it cannot. */
function unsafeReplacementReason(model: ModelEntry, replacement: ModelEntry, asOf: string): string | undefined {
  if (replacement.provider !== model.provider) return `cross-provider replacement (${model.provider} → ${replacement.provider})`;
  if (replacement.shutdown_date !== undefined && replacement.shutdown_date <= asOf)
    return `the replacement ${replacement.id} is shut down too (${replacement.shutdown_date})`;
  if (kindOf(replacement) !== kindOf(model)) return `${kindPhrase(kindOf(replacement))} replaces ${kindPhrase(kindOf(model))}`;
  if (replacement.context_window !== undefined && model.context_window !== undefined && replacement.context_window < model.context_window) {
    return `smaller context window (${model.context_window} → ${replacement.context_window} tokens)`;
  }
  return undefined;
}

/** What `model` can do that `replacement` cannot, in `--allow-loss` names. */
export function lostCapabilities(model: ModelEntry, replacement: ModelEntry): CapabilityLoss[] {
  const before = model.capabilities;
  const after = replacement.capabilities;
  const missing = (direction: "input" | "output") =>
    before[direction].filter((modality: Modality) => !after[direction].includes(modality)).map((modality) => `${modality}-${direction}`);
  const flags = FLAGS.filter((flag) => before[flag] === true && after[flag] !== true).map((flag) => flag.replace("_", "-"));
  return [...missing("input"), ...missing("output"), ...flags];
}

/** The new text for the use, in the same naming scheme (an API name stays an API name, a constant a constant). */
function replacementText(use: ModelUse, replacement: ModelEntry): string {
  if (use.via === "constant") return constantName(replacement.id);
  const name = use.via === "api_name" ? (replacement.api_name ?? replacement.id) : replacement.id;
  return use.quote === undefined ? name : escapeForQuote(name, use.quote);
}

function escapeForQuote(value: string, quote: string): string {
  return value.replace(/\\/g, "\\\\").split(quote).join(`\\${quote}`);
}

function compareUses(a: ModelUse, b: ModelUse): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}
