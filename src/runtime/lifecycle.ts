import { ownValue } from "../shared/records";
import { startOfDayUtc } from "../shared/dates";
import { replacementChain } from "../shared/replacement-chain";
import { hasOwnKey, type AnyModelRecord, type Registry } from "./data";
import { optionalBoolean, optionsArgument } from "./arguments";
import { DeprecatedModelError, InvalidArgumentError, ModelRemovedError } from "./errors";

/** What a warning about a deprecated model says, as data and as one sentence. */
export interface DeprecationNotice {
  readonly modelId: string;
  /** The model to use instead: the end of the replacement chain (the generator requires one). */
  readonly replacement: string | undefined;
  readonly deprecatedSince: string | undefined;
  /** When the provider stops serving it, if announced. */
  readonly shutdownDate: string | undefined;
  readonly message: string;
}

/** Receives each deprecation warning (once per model ID). */
export type WarnSink = (notice: DeprecationNotice) => void;

export interface ResolveModelOptions {
  /** Throw `DeprecatedModelError` instead of warning. */
  strict?: boolean;
  /** The clock for the shutdown-date check. Default: the current time. */
  now?: Date;
  /** Where the warning goes. Default: `process.emitWarning(message, { type: "DeprecationWarning", code })`. */
  warn?: WarnSink;
}

export const DEPRECATED_MODEL_WARNING_CODE = "LATTICE_MODEL_DEPRECATED";

const emitProcessWarning: WarnSink = (notice) => {
  process.emitWarning(notice.message, { type: "DeprecationWarning", code: DEPRECATED_MODEL_WARNING_CODE });
};

/** The registry's policy, created on first use: warnings are once per model ID for the life of the registry handle. */
export function policyOf(registry: Registry): DeprecationPolicy {
  const { data } = registry;
  return (registry.memo.policy ??= new DeprecationPolicy(registry.warn ?? emitProcessWarning, (id) =>
    hasOwnKey(data.models, id) ? data.models[id] : undefined,
  ));
}

/**
 * The status semantics for explicit resolution: a deprecated model resolves with a warning (once per ID for
 * the lifetime of this policy, i.e. per process for the package's default API), or throws under `strict`;
 * from 00:00 UTC on its shutdown date on it always throws.
 */
export class DeprecationPolicy {
  private readonly warned = new Set<string>();

  constructor(
    private readonly defaultSink: WarnSink,
    private readonly lookup: ModelLookup = () => undefined,
  ) {}

  enforce(model: AnyModelRecord, resolveOptions?: ResolveModelOptions): void {
    const options = readResolveOptions(resolveOptions);
    if (model.status !== "deprecated") return;
    const notice = deprecationNotice(model, this.lookup);
    const removal = notice.shutdownDate;
    if (removal !== undefined && isOnOrAfter(currentTime(options.now), removal)) {
      throw new ModelRemovedError(model.id, notice.replacement, removal);
    }
    if (options.strict === true) {
      throw new DeprecatedModelError(model.id, notice.replacement, removal, `${notice.message} (strict mode)`);
    }
    if (this.warned.has(model.id)) return;
    this.warned.add(model.id);
    (options.warn ?? this.defaultSink)(notice);
  }
}

/** The options as own properties, checked: a polluted Object.prototype.strict or .warn changes nothing. */
function readResolveOptions(value: ResolveModelOptions | undefined): { strict: boolean; now: Date | undefined; warn: WarnSink | undefined } {
  const given = optionsArgument(value, "options");
  const strict = optionalBoolean(given, "strict", "options");
  const now = ownValue(given, "now");
  if (now !== undefined && !(now instanceof Date)) throw new InvalidArgumentError("options.now must be a Date");
  const warn = ownValue(given, "warn");
  if (warn !== undefined && typeof warn !== "function") throw new InvalidArgumentError("options.warn must be a function");
  // Every key is set here, so reading the result can never fall through to Object.prototype either.
  return { strict: strict ?? false, now, warn: warn as WarnSink | undefined };
}

/** Finds a model by ID in the registry the policy serves. */
export type ModelLookup = (id: string) => AnyModelRecord | undefined;

function deprecationNotice(model: AnyModelRecord, lookup: ModelLookup = () => undefined): DeprecationNotice {
  const since = model.deprecation_date === undefined ? "" : ` since ${model.deprecation_date}`;
  const shutdown = model.shutdown_date === undefined ? "no shutdown date announced" : `shuts down on ${model.shutdown_date}`;
  const target = finalReplacementOf(model, lookup);
  const replacement = target === undefined ? "" : `; use "${target}" instead`;
  return {
    modelId: model.id,
    replacement: target,
    deprecatedSince: model.deprecation_date,
    shutdownDate: model.shutdown_date,
    message: `model "${model.id}" is deprecated${since} (${shutdown})${replacement}`,
  };
}

/** The model meant to be used now: the end of the `replaced_by` chain (the generator guarantees it resolves). */
function finalReplacementOf(model: AnyModelRecord, lookup: ModelLookup): string | undefined {
  if (model.replaced_by === undefined) return undefined;
  const chain = replacementChain(model, lookup);
  return chain.end?.id ?? chain.ids[chain.ids.length - 1];
}

function currentTime(now: Date | undefined): number {
  const time = (now ?? new Date()).getTime();
  if (Number.isNaN(time)) throw new InvalidArgumentError("options.now is an invalid Date");
  return time;
}

/** Whether `time` is at or past 00:00 UTC of the ISO date `date`. */
function isOnOrAfter(time: number, date: string): boolean {
  return time >= startOfDayUtc(date);
}
