import { SourceIndex } from "../source-index";
import type { AuditSource, SourceModel } from "../types";
import type { InstalledPackage } from "./installed-package";
import { parseScript, stringUnionNamed, typeAliasesMentioning } from "./literal";

const GOOGLE_GENAI_TYPES = "dist/genai.d.ts";

/** IDs of the union that are not text-generation models (speech, images, music, transcription, robotics). */
const NOT_CHAT = /tts|image|banana|lyria|transcribe|robotics|embedding|live|veo|imagen/;

/**
 * `@google/genai`: the union of model IDs its declarations name (the bundler calls it `Model_2`, so it is found as
 * the largest union of `gemini-…` literals). Google's own list: first-party, IDs only.
 */
export function googleGenaiSource(declarations: string, citation: string): AuditSource {
  const ids = stringUnionNamed(
    parseScript(typeAliasesMentioning(declarations, "'gemini-") || typeAliasesMentioning(declarations, '"gemini-'), GOOGLE_GENAI_TYPES),
    (members) => members.some((id) => id.startsWith("gemini-")),
    `${citation} ${GOOGLE_GENAI_TYPES}`,
  );
  const models = ids.map((id): SourceModel => ({ provider: "google", id, key: `Model ${id}`, chat: /^(?:gemini|gemma)-/.test(id) && !NOT_CHAT.test(id) }));
  const index = new SourceIndex(models);
  return {
    name: "google-genai",
    label: `${citation} (Model)`,
    models,
    find: (model) => index.find(model),
    mentions: ["@google/genai"],
    firstPartyFor: ["google"],
    citation: `${citation} ${GOOGLE_GENAI_TYPES}`,
  };
}

export function installedGoogleGenaiSource(pkg: InstalledPackage): AuditSource {
  return googleGenaiSource(pkg.read(GOOGLE_GENAI_TYPES), pkg.citation);
}
