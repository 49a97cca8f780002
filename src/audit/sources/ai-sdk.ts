import { dropUndefined, positiveInteger } from "../../shared/parsed-values";
import { isRecord } from "../../shared/records";
import { SourceIndex } from "../source-index";
import type { AuditSource, Capabilities, SourceModel } from "../types";
import type { InstalledPackage } from "./installed-package";
import { objectLiteralNamed, parseScript, stringUnionNamed, type Literal } from "./literal";

/**
 * The Vercel AI SDK provider packages (`@ai-sdk/*`) ship a catalogue of the language models they know: an object
 * literal in `dist/index.js` (one row per model) or, for xAI, a union type. Third-party (Vercel maintains them),
 * so they never settle a figure alone. What each row says in registry terms:
 */
interface AiSdkCatalogue {
  provider: string;
  file: string;
  /** The object literal of rows, or the union type of IDs. */
  literal: { object: string } | { union: string };
  model(id: string, row: Literal): Omit<SourceModel, "provider" | "id" | "key">;
}

const rowField = (row: Literal, key: string): Literal => (isRecord(row) && Object.hasOwn(row, key) ? (row as Record<string, Literal>)[key] : undefined);
const nonEmpty = (value: Literal): boolean => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false && value !== null);

export const AI_SDK_CATALOGUES: Readonly<Record<string, AiSdkCatalogue>> = {
  "@ai-sdk/openai": {
    provider: "openai",
    file: "dist/index.js",
    literal: { object: "openaiLanguageModelRows" },
    model: (_id, row) => {
      const endpoints = rowField(row, "endpoints");
      const chat = Array.isArray(endpoints) && (endpoints.includes("chat") || endpoints.includes("responses"));
      return dropUndefined({ chat, capabilities: chat ? capabilities({ reasoning: nonEmpty(rowField(row, "reasoningEfforts")) }) : undefined });
    },
  },
  "@ai-sdk/anthropic": {
    provider: "anthropic",
    file: "dist/index.js",
    literal: { object: "languageModelDefinitions" },
    model: (_id, row) =>
      dropUndefined({
        chat: true,
        max_output_tokens: positiveInteger(rowField(row, "maxOutputTokens")),
        capabilities: capabilities({
          structured_output: rowField(row, "nativeStructuredOutput") === true ? true : undefined,
          reasoning: nonEmpty(rowField(row, "thinking")),
        }),
      }),
  },
  "@ai-sdk/google": {
    provider: "google",
    file: "dist/index.js",
    literal: { object: "googleLanguageModelRows" },
    model: (_id, row) => {
      const types = rowField(row, "types");
      const language = rowField(row, "language");
      const chat = Array.isArray(types) && types.includes("language");
      if (!chat || language === undefined) return { chat };
      return {
        chat,
        capabilities: capabilities({
          tool_calling: nonEmpty(rowField(language, "functionTools")),
          structured_output: rowField(language, "objectGeneration") === true,
          reasoning: nonEmpty(rowField(language, "thinkingLevels")),
        }),
      };
    },
  },
  "@ai-sdk/xai": {
    provider: "xai",
    file: "dist/index.d.ts",
    literal: { union: "XaiResponsesModelId" },
    model: () => ({ chat: true }),
  },
  "@ai-sdk/mistral": {
    provider: "mistral",
    file: "dist/index.js",
    literal: { object: "languageModelDefinitions" },
    model: () => ({ chat: true }),
  },
};

function capabilities(flags: Partial<Record<"tool_calling" | "structured_output" | "reasoning", boolean | undefined>>): Partial<Capabilities> {
  return dropUndefined(flags) as Partial<Capabilities>;
}

/** One `@ai-sdk/*` package's catalogue as an audit source. */
export function aiSdkSource(packageName: string, text: string, citation: string): AuditSource {
  const catalogue = AI_SDK_CATALOGUES[packageName];
  if (catalogue === undefined) throw new Error(`no catalogue reader for ${packageName}`);
  const location = `${citation} ${catalogue.file}`;
  const file = parseScript(text, catalogue.file);
  const rows: [string, Literal][] =
    "object" in catalogue.literal
      ? Object.entries(objectLiteralNamed(file, catalogue.literal.object, location))
      : stringUnionNamed(file, catalogue.literal.union, location).map((id) => [id, true]);
  const models = rows.map(([id, row]): SourceModel => ({ provider: catalogue.provider, id, key: `${packageName} ${id}`, ...catalogue.model(id, row) }));
  const index = new SourceIndex(models);
  return {
    name: `ai-sdk-${catalogue.provider}`,
    label: `${citation} (language models)`,
    models,
    find: (model) => index.find(model),
    mentions: [packageName],
    firstPartyFor: [],
    citation: location,
  };
}

export function installedAiSdkSource(pkg: InstalledPackage): AuditSource {
  const catalogue = AI_SDK_CATALOGUES[pkg.name];
  if (catalogue === undefined) throw new Error(`no catalogue reader for ${pkg.name}`);
  return aiSdkSource(pkg.name, pkg.read(catalogue.file), pkg.citation);
}
