/** Base class of every error the runtime API throws on purpose; `code` is stable and machine-readable. */
export class ModelRegistryError extends Error {
  constructor(
    readonly code: "UNKNOWN_MODEL" | "UNKNOWN_PROVIDER" | "MODEL_DEPRECATED" | "MODEL_REMOVED" | "INVALID_ARGUMENT" | "UNSERVABLE_USAGE" | "UNPRICED_USAGE",
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The string is neither a model ID nor an alias of the registry. */
export class UnknownModelError extends ModelRegistryError {
  /** The input, cut to at most 100 characters (it may come from an untrusted source). */
  readonly input: string;

  constructor(
    input: string,
    /** The closest registered ID or alias, when the input looks like a typo of one. */
    readonly suggestion: string | undefined,
  ) {
    super("UNKNOWN_MODEL", `unknown model ${quoteInput(input)}${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`);
    this.input = capInput(input);
  }
}

export class UnknownProviderError extends ModelRegistryError {
  /** The input, cut to at most 100 characters. */
  readonly input: string;

  constructor(input: string) {
    super("UNKNOWN_PROVIDER", `unknown provider ${quoteInput(input)}`);
    this.input = capInput(input);
  }
}

/** Thrown by `resolveModel(id, { strict: true })` for a deprecated model that has not been shut down yet. */
export class DeprecatedModelError extends ModelRegistryError {
  constructor(
    readonly modelId: string,
    readonly replacement: string | undefined,
    readonly shutdownDate: string | undefined,
    message: string,
  ) {
    super("MODEL_DEPRECATED", message);
  }
}

/** The model's shutdown date has come: the provider no longer serves it. */
export class ModelRemovedError extends ModelRegistryError {
  constructor(
    readonly modelId: string,
    readonly replacement: string | undefined,
    readonly shutdownDate: string,
  ) {
    const instead = replacement === undefined ? "" : `; use "${replacement}" instead`;
    super("MODEL_REMOVED", `model "${modelId}" was shut down on ${shutdownDate}${instead}`);
  }
}

/** A malformed argument, e.g. a negative token count or a legacy 0-100 score where 0..1 is expected. */
export class InvalidArgumentError extends ModelRegistryError {
  constructor(message: string) {
    super("INVALID_ARGUMENT", message);
  }
}

export type UnservableReason = "input-limit" | "output-limit" | "context-window" | "service-tier";

/** Usage the model could not have served: more tokens than its limits, or a service tier it does not offer. */
export class UnservableUsageError extends ModelRegistryError {
  constructor(
    readonly modelId: string,
    message: string,
    readonly reason: UnservableReason,
  ) {
    super("UNSERVABLE_USAGE", message);
  }
}

/** Usage the model can serve but the registry has no price for (e.g. a long prompt at a priority table's rates). */
export class UnpricedUsageError extends ModelRegistryError {
  constructor(
    readonly modelId: string,
    message: string,
  ) {
    super("UNPRICED_USAGE", message);
  }
}

const MAX_QUOTED_LENGTH = 100;

/** A JSON-quoted, length-capped rendering of an untrusted string for an error message. */
function quoteInput(input: string): string {
  return JSON.stringify(input.length > MAX_QUOTED_LENGTH ? `${input.slice(0, MAX_QUOTED_LENGTH)}…` : input);
}

/** Shortens untrusted input kept on an error object. */
function capInput(input: string): string {
  return input.length > MAX_QUOTED_LENGTH ? input.slice(0, MAX_QUOTED_LENGTH) : input;
}
