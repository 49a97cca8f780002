import { dropUndefined } from "../../shared/parsed-values";
import { SourceIndex } from "../source-index";
import type { AuditSource, SourceModel } from "../types";
import type { InstalledPackage } from "./installed-package";
import { leadingComment, parseScript, stringUnionNamed } from "./literal";

const OPENAI_SHARED_TYPES = "resources/shared.d.ts";

/**
 * The `openai` package: `ChatModel` (the chat/responses model IDs the SDK knows) and the deprecation notes above
 * it ("- "gpt-5", "gpt-5-mini": Announced shutdown date: 2026-12-11."), OpenAI's own list: first-party.
 */
export function openaiSdkSource(sharedTypes: string, citation: string): AuditSource {
  const location = `${citation} ${OPENAI_SHARED_TYPES}`;
  const file = parseScript(sharedTypes, OPENAI_SHARED_TYPES);
  const ids = stringUnionNamed(file, "ChatModel", location);
  const notes = deprecationNotes(leadingComment(file, "ChatModel"));
  const models = ids
    .filter((id) => notes.get(id) !== "unsupported")
    .map((id): SourceModel => dropUndefined({ provider: "openai", id, key: `ChatModel ${id}`, chat: true, shutdown_date: notes.get(id) }));
  const index = new SourceIndex(models);
  return {
    name: "openai-sdk",
    label: `${citation} (ChatModel)`,
    models,
    find: (model) => index.find(model),
    mentions: ["openai@", "openai sdk", "openai package"],
    firstPartyFor: ["openai"],
    citation: `${citation} ${OPENAI_SHARED_TYPES}`,
  };
}

/** ID → announced shutdown date, or "unsupported" for "Not a supported model ID". */
export function deprecationNotes(comment: string): Map<string, string> {
  const text = comment.replace(/^\s*\/?\*+\/?/gm, " ").replace(/\s+/g, " ");
  const notes = new Map<string, string>();
  for (const item of text.split(/ - (?=")/).slice(1)) {
    const colon = item.indexOf(":");
    const ids = [...item.slice(0, colon).matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
    const date = /shutdown date:\s*(\d{4}-\d{2}-\d{2})/i.exec(item)?.[1];
    const value = date ?? (/not a supported model/i.test(item) ? "unsupported" : undefined);
    if (value !== undefined) for (const id of ids) notes.set(id, value);
  }
  return notes;
}

export function installedOpenaiSdkSource(pkg: InstalledPackage): AuditSource {
  return openaiSdkSource(pkg.read(OPENAI_SHARED_TYPES), pkg.citation);
}
