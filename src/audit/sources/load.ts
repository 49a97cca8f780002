import { existsSync, statSync } from "node:fs";
import { readBoundedText } from "../../io/read-input";
import { basename, join } from "node:path";
import type { AuditSource, SourceName } from "../types";
import { installedGenaiPricesSource } from "./genai-prices";
import { liteLlmSource } from "./litellm";
import { modelsDevSource, readModelsDevTree } from "./models-dev";

export interface SourceSpec {
  name: SourceName;
  path?: string;
}

const NAMES = new Set<string>(["litellm", "genai-prices", "models-dev"]);

/** `--source` values: `litellm=PATH`, `genai-prices` (the installed package), `models-dev=PATH` (api.json or a checkout). */
export function parseSourceSpec(text: string): SourceSpec {
  const separator = text.indexOf("=");
  const name = separator < 0 ? text : text.slice(0, separator);
  const path = separator < 0 ? undefined : text.slice(separator + 1);
  if (!NAMES.has(name)) throw new Error(`unknown source "${name}": expected litellm=PATH, genai-prices or models-dev=PATH`);
  if (name !== "genai-prices" && !path) throw new Error(`source "${name}" needs a path: ${name}=PATH`);
  return path ? { name: name as SourceName, path } : { name: name as SourceName };
}

export function loadAuditSource(spec: SourceSpec): AuditSource {
  switch (spec.name) {
    case "genai-prices":
      return installedGenaiPricesSource();
    case "litellm":
      return liteLlmSource(JSON.parse(readBoundedText(requirePath(spec))));
    case "models-dev":
      return loadModelsDev(requirePath(spec));
  }
}

/** A directory is a checkout (`providers/…/*.toml`); a file is `api.json`. */
function loadModelsDev(path: string): AuditSource {
  if (statSync(path).isDirectory()) return modelsDevSource(readModelsDevTree(path), modelsDevTreeLabel(path));
  return modelsDevSource(JSON.parse(readBoundedText(path)), `models.dev (${basename(path)})`);
}

/** A pinned copy carries a `VERSION` file, "<commit> <date>" (data/sources/README.md); a plain checkout does not. */
function modelsDevTreeLabel(root: string): string {
  const versionFile = join(root, "VERSION");
  if (!existsSync(versionFile)) return `models.dev (${basename(root)})`;
  const [commit = "", date] = readBoundedText(versionFile).trim().split(/\s+/);
  return `models.dev@${commit.slice(0, 7)}${date ? ` (${date})` : ""}`;
}

function requirePath(spec: SourceSpec): string {
  if (spec.path === undefined) throw new Error(`source "${spec.name}" needs a path`);
  return spec.path;
}
