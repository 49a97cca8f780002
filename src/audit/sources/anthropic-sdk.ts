import { dropUndefined } from "../../shared/parsed-values";
import { SourceIndex } from "../source-index";
import type { AuditSource, SourceModel } from "../types";
import type { InstalledPackage } from "./installed-package";
import { objectLiteralNamed, parseScript, stringUnionNamed, typeAliasesMentioning } from "./literal";
import { SourceError } from "./source-error";

const ANTHROPIC_MODEL_TYPES = "resources/messages/messages.d.ts";
const ANTHROPIC_DEPRECATED_MODELS = "internal/data/deprecated-models.js";

/**
 * `@anthropic-ai/sdk`: the `Model` union and `DEPRECATED_MODELS` (ID → the end-of-life date the SDK warns about,
 * "January 22nd, 2027"), Anthropic's own list: first-party.
 */
export function anthropicSdkSource(modelTypes: string, deprecatedModels: string, citation: string): AuditSource {
  const ids = stringUnionNamed(
    parseScript(typeAliasesMentioning(modelTypes, "claude-"), ANTHROPIC_MODEL_TYPES),
    "Model",
    `${citation} ${ANTHROPIC_MODEL_TYPES}`,
  );
  const deprecatedLocation = `${citation} ${ANTHROPIC_DEPRECATED_MODELS}`;
  const deprecated = objectLiteralNamed(parseScript(deprecatedModels, ANTHROPIC_DEPRECATED_MODELS), "DEPRECATED_MODELS", deprecatedLocation);
  const endOfLife = new Map<string, string>();
  for (const [id, text] of Object.entries(deprecated)) {
    const date = typeof text === "string" ? spelledDate(text) : undefined;
    if (date === undefined)
      throw new SourceError(deprecatedLocation, `DEPRECATED_MODELS["${id}"] is not a date such as "January 22nd, 2027": ${JSON.stringify(text)}`);
    endOfLife.set(id, date);
  }
  const models = [...new Set([...ids, ...endOfLife.keys()])].map(
    (id): SourceModel => dropUndefined({ provider: "anthropic", id, key: `Model ${id}`, chat: true, shutdown_date: endOfLife.get(id) }),
  );
  const index = new SourceIndex(models);
  return {
    name: "anthropic-sdk",
    label: `${citation} (Model, DEPRECATED_MODELS)`,
    models,
    find: (model) => index.find(model),
    mentions: ["@anthropic-ai/sdk", "anthropic sdk"],
    firstPartyFor: ["anthropic"],
    citation: `${citation} ${ANTHROPIC_DEPRECATED_MODELS}`,
  };
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "January 22nd, 2027" → 2027-01-22. */
export function spelledDate(text: string): string | undefined {
  const match = /^([A-Za-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0 || Number(match[2]) > 31) return undefined;
  return `${match[3]}-${String(month).padStart(2, "0")}-${match[2]!.padStart(2, "0")}`;
}

export function installedAnthropicSdkSource(pkg: InstalledPackage): AuditSource {
  return anthropicSdkSource(pkg.read(ANTHROPIC_MODEL_TYPES), pkg.read(ANTHROPIC_DEPRECATED_MODELS), pkg.citation);
}
