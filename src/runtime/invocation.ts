import { hasOwnKey, type AnyModelRecord } from "./data";
import { InvalidArgumentError } from "./errors";

/** The profile used when a model needs one and the caller names none: it routes anywhere. */
const DEFAULT_INFERENCE_PROFILE = "global";

/**
 * The model ID to send to the provider: the `api_name` (else the registry ID), or, for a model that can only be
 * invoked through a cross-region inference profile (Bedrock), the profile's ID: the one asked for, else `global`,
 * else the model's only profile.
 */
export function invocationIdOf(model: AnyModelRecord, profile?: string): string {
  if (profile !== undefined && typeof profile !== "string") {
    throw new InvalidArgumentError(`profile must be a string such as "us" or "global", got ${typeof profile}`);
  }
  const profiles = model.inference_profiles ?? {};
  const offered = Object.keys(profiles).sort();
  const fallback = hasOwnKey(profiles, DEFAULT_INFERENCE_PROFILE) || offered.length !== 1 ? DEFAULT_INFERENCE_PROFILE : offered[0];
  const wanted = profile ?? (model.requires_inference_profile === true ? fallback : undefined);
  if (wanted === undefined) return model.api_name ?? model.id;
  if (hasOwnKey(profiles, wanted)) return profiles[wanted]!;
  const why = profile === undefined ? `needs an inference profile and offers no "${DEFAULT_INFERENCE_PROFILE}" one` : `has no "${wanted}" inference profile`;
  throw new InvalidArgumentError(`model "${model.id}" ${why}; ${offered.length === 0 ? "it has none" : `it offers: ${offered.join(", ")}`}`);
}
