import { hasOwnKey, type AnyModelRecord, type AnyProviderRecord } from "./data";
import { BASE_URL_PLACEHOLDER } from "../shared/base-url-template";

/** An environment: `process.env` or any plain record of variable names to values. */
export type EnvLike = { readonly [name: string]: string | undefined };

/** Whether a provider's required environment variables are set. Holds names only, never values. */
export interface ProviderReadiness {
  readonly ready: boolean;
  /**
   * The unmet requirements, in the registry's order: a variable name, or for an any-of requirement its
   * names joined by `" | "` (e.g. `"AWS_ACCESS_KEY_ID | AWS_PROFILE"`).
   */
  readonly missing: readonly string[];
}

/** A provider's base URL with its placeholders filled, or the placeholders that could not be. */
export type BaseUrlResolution =
  | { readonly ok: true; readonly url: string; readonly missing: readonly [] }
  | {
      readonly ok: false;
      /** Variable names (or `api_name` when no model was given) that have no value. */
      readonly missing: readonly string[];
    };

/** A variable counts as set when it holds something other than whitespace (`KEY=` in a .env file is not a key). */
function isVariableSet(env: EnvLike, name: string): boolean {
  const value = env[name];
  return typeof value === "string" && value.trim() !== "";
}

export function providerReadiness(provider: AnyProviderRecord, env: EnvLike): ProviderReadiness {
  const missing = provider.env.required.flatMap((requirement) => {
    const anyOf: readonly string[] = typeof requirement === "string" ? [requirement] : requirement;
    return anyOf.some((name) => isVariableSet(env, name)) ? [] : [anyOf.join(" | ")];
  });
  return { ready: missing.length === 0, missing };
}

const API_NAME_PLACEHOLDER = "api_name";

/**
 * Fills `{VARIABLE}` placeholders from `env`, then from the provider's `env.defaults`, and `{api_name}` from
 * `model` (its `api_name`, else its ID; URL-encoded as it is a path segment). A placeholder naming one
 * member of an any-of requirement takes the first set member of that group, so `{AWS_REGION}` is filled
 * from `AWS_DEFAULT_REGION` when only that is set. Values are inserted once: a value that itself contains
 * `{...}` is not expanded again. A trailing `/` on a value followed by `/` in the template is dropped.
 */
export function resolveProviderBaseUrl(provider: AnyProviderRecord, env: EnvLike, model: AnyModelRecord | undefined): BaseUrlResolution {
  const template = provider.base_url;
  const missing = new Set<string>();
  const url = template.replace(BASE_URL_PLACEHOLDER, (placeholder: string, name: string, offset: number) => {
    const value = name === API_NAME_PLACEHOLDER ? apiNameSegment(model) : variableValue(provider, env, name);
    if (value === undefined) {
      missing.add(name);
      return placeholder;
    }
    const followedBySlash = template.charAt(offset + placeholder.length) === "/";
    return followedBySlash ? value.replace(/\/+$/, "") : value;
  });
  return missing.size === 0 ? { ok: true, url, missing: [] } : { ok: false, missing: [...missing] };
}

function apiNameSegment(model: AnyModelRecord | undefined): string | undefined {
  return model === undefined ? undefined : encodeURIComponent(model.api_name ?? model.id);
}

function variableValue(provider: AnyProviderRecord, env: EnvLike, name: string): string | undefined {
  const candidates = [name, ...alternativesOf(provider, name)];
  const setName = candidates.find((candidate) => isVariableSet(env, candidate));
  if (setName !== undefined) return env[setName];
  const defaults = provider.env.defaults ?? {};
  return hasOwnKey(defaults, name) ? defaults[name] : undefined;
}

function alternativesOf(provider: AnyProviderRecord, name: string): string[] {
  return provider.env.required.flatMap((requirement) =>
    typeof requirement !== "string" && requirement.includes(name) ? requirement.filter((other) => other !== name) : [],
  );
}
