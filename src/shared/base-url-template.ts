/** A `{NAME}` placeholder in a provider's `base_url` template: an environment variable, or `{api_name}`. */
export const BASE_URL_PLACEHOLDER = /\{([^{}]*)\}/g;

/** The names a `base_url` template interpolates, in order (repeats included). */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(BASE_URL_PLACEHOLDER)].map((match) => match[1]!);
}
