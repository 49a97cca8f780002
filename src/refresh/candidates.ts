import { canonicalModelId } from "../audit/ids";
import type { RegistryModel } from "../audit/types";

/**
 * Which listed models are not additions of a chat model under a new name. Lists mix kinds (an image model is
 * "chat" to a list that only knows text out) and spell one model several ways (an alias and its dated snapshots,
 * a preview and its release); both are judged by the ID here, so the refresh proposes each chat model once.
 */

/** ID patterns of the kinds the registry's `kind` field holds apart from chat, and of realtime-only audio. */
const OTHER_KINDS: ReadonlyArray<readonly [kind: string, pattern: RegExp]> = [
  ["image generation", /(?:^|[-.])image(?:[-.]|$)|dall-e|imagen|nano-banana/],
  ["speech (TTS)", /(?:^|[-.])tts(?:[-.]|$)/],
  ["transcription", /transcribe|whisper/],
  ["realtime audio (Live API only)", /native-audio|(?:^|[-.])live(?:[-.]|$)|realtime/],
  ["embedding", /embed/],
  ["moderation", /moderation/],
  ["rerank", /rerank/],
];

interface ListedOutput {
  model: { capabilities?: { output?: readonly string[] } };
}

export function nonChatKind(id: string, listings: readonly ListedOutput[]): string | undefined {
  const kind = OTHER_KINDS.find(([, pattern]) => pattern.test(id.toLowerCase()))?.[0];
  if (kind !== undefined) return `another kind than chat: ${kind}`;
  const outputs = listings.flatMap(({ model }) => (model.capabilities?.output === undefined ? [] : [model.capabilities.output]));
  if (outputs.length > 0 && outputs.every((output) => !output.includes("text"))) return `another kind than chat: output ${outputs[0]!.join(", ")}`;
  return undefined;
}

/** Bedrock's version tag (-v1:0, -v2), which every ID of a Bedrock model carries. */
const VERSION_SUFFIX = /-v\d+(?::\d+)?$/;
/** A snapshot's date: -2025-04-14, -20250514, -0125, -09-2025. */
const DATE_SUFFIX = /-(\d{4}-\d{2}-\d{2}|\d{8}|\d{2}-\d{4}|\d{4})$/;
/** An alias's marker: -latest, Anthropic's -0 (claude-opus-4-0 is claude-opus-4-20250514). */
const ALIAS_SUFFIX = /-(?:latest|0)$/;

/** An ID as its model and snapshot date: region prefix and version tag off, then the date or the alias marker. */
export function snapshotOf(provider: string, id: string, preview = true): { base: string; date?: string } {
  let base = canonicalModelId(provider, id.replace(/^azure\//, ""))
    .toLowerCase()
    .replace(VERSION_SUFFIX, "");
  const date = DATE_SUFFIX.exec(base)?.[1];
  base = base.replace(DATE_SUFFIX, "").replace(ALIAS_SUFFIX, "");
  if (!preview) base = base.replace(/-preview$/, "");
  return date === undefined ? { base } : { base, date };
}

/** Two IDs of one model: the same base, and not two different snapshot dates (an alias matches any of its snapshots). */
function sameModel(a: { base: string; date?: string }, b: { base: string; date?: string }): boolean {
  return a.base === b.base && (a.date === undefined || b.date === undefined || a.date === b.date);
}

/**
 * The registry model (same provider) or the other candidate this one is a spelling of: a dated snapshot of an
 * alias (or the alias of a dated ID), a preview of a released model. Between candidates of the provider the shortest ID stays.
 */
export function duplicateOf(provider: string, id: string, registry: readonly RegistryModel[], candidates: readonly string[]): string | undefined {
  const self = snapshotOf(provider, id);
  const released = snapshotOf(provider, id, false);
  for (const model of registry) {
    if (model.provider !== provider) continue;
    for (const name of [model.id, model.api_name].filter((value): value is string => value !== undefined)) {
      if (sameModel(self, snapshotOf(provider, name))) return `the registry's ${model.id} under another ID (alias or dated snapshot)`;
      if (released.base !== self.base && sameModel(released, snapshotOf(provider, name, false))) return `a preview of the registry's ${model.id}`;
    }
  }
  const sibling = candidates.find(
    (other) => other !== id && sameModel(self, snapshotOf(provider, other)) && (other.length < id.length || (other.length === id.length && other < id)),
  );
  return sibling === undefined ? undefined : `another ID of ${sibling} (alias or dated snapshot), judged under that ID`;
}
