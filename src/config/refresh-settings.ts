import { dirname, join } from "node:path";
import { nearestPackageDirectory } from "../io/paths";
import { readBoundedText } from "../io/read-input";
import { isRecord } from "../shared/records";
import { ConfigError } from "./project-config";

/** package.json `modelRegistry.refresh`: what a person decided about the refresh's candidates (docs/refresh.md). */
export interface RefreshSettings {
  /** `provider/id` → why: candidates decided against, listed with the reason and never proposed. */
  notAdded: Record<string, string>;
  /** provider → why: providers whose entries are a chosen subset of their list; their new models are not proposed. */
  curated: Record<string, string>;
}

const SETTINGS = ["notAdded", "curated"] as const;

/**
 * The refresh settings of the nearest package.json above the registry, checked: every wrong setting is named at
 * once, with the file, the key and what is expected (exit 1). `providers` are the registry's, which `curated` must name.
 */
export function loadRefreshSettings(registryPath: string, providers: readonly string[]): RefreshSettings {
  const directory = nearestPackageDirectory(dirname(registryPath));
  if (directory === undefined) return { notAdded: {}, curated: {} };
  const manifestPath = join(directory, "package.json");
  const manifest = JSON.parse(readBoundedText(manifestPath)) as { modelRegistry?: { refresh?: unknown } };
  const settings = isRecord(manifest) && isRecord(manifest.modelRegistry) ? manifest.modelRegistry.refresh : undefined;
  if (settings === undefined) return { notAdded: {}, curated: {} };
  const where = `${manifestPath} (modelRegistry.refresh)`;
  if (!isRecord(settings)) throw new ConfigError(`${where}: expected an object with ${SETTINGS.join(", ")}, got ${JSON.stringify(settings)}`);
  const problems = Object.keys(settings)
    .filter((key) => !(SETTINGS as readonly string[]).includes(key))
    .map((key) => `unknown setting "${key}" (expected one of ${SETTINGS.join(", ")})`);
  const notAdded = reasons(settings.notAdded, "notAdded", '"provider/id"', problems);
  const curated = reasons(settings.curated, "curated", "a provider", problems);
  for (const provider of Object.keys(curated).filter((name) => !providers.includes(name)))
    problems.push(`"curated.${provider}": no provider "${provider}" in the registry (its providers: ${[...providers].sort().join(", ")})`);
  if (problems.length > 0) throw new ConfigError(`${where}: ${problems.join("; ")}`);
  return { notAdded, curated };
}

/** A `{ key: "why" }` setting: each reason a non-empty string; prototype keys are refused. */
function reasons(value: unknown, name: string, keys: string, problems: string[]): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push(`"${name}" must map ${keys} to a reason (a string), got ${JSON.stringify(value)}`);
    return {};
  }
  const checked: Record<string, string> = {};
  for (const [key, why] of Object.entries(value)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") problems.push(`"${name}" may not hold the key "${key}"`);
    else if (typeof why !== "string" || why.trim() === "") problems.push(`"${name}.${key}" must be a reason (a non-empty string), got ${JSON.stringify(why)}`);
    else checked[key] = why;
  }
  return checked;
}
