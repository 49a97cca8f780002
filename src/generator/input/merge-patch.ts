import { isRecord } from "../../shared/records";
import type { OriginTree } from "./registry-source";

/** A value with the origins of its parts. */
export interface Located {
  value: unknown;
  origins: OriginTree;
}

/**
 * JSON Merge Patch (RFC 7386) that keeps origins: mappings merge key by key, `null` removes a key, anything else
 * (lists, scalars, a mapping over a non-mapping) replaces. A replaced value's origins are the patch's; a merged
 * mapping keeps the target's origin for itself, so a problem of the mapping as a whole points where it was defined.
 */
export function applyMergePatch(target: Located, patch: Located): Located {
  if (!isRecord(patch.value)) return patch;
  const base = isRecord(target.value) ? target : { value: {}, origins: patch.origins };
  const entries = new Map(Object.entries(base.value as Record<string, unknown>));
  const origins = base.origins.copy();
  for (const [key, change] of Object.entries(patch.value)) {
    if (change === null) {
      entries.delete(key);
      // The removed field's origin is the `null` that removed it: a "missing field" error points there.
      origins.setChild(key, patch.origins.child(key));
      continue;
    }
    const merged = applyMergePatch({ value: entries.get(key), origins: base.origins.child(key) }, { value: change, origins: patch.origins.child(key) });
    entries.set(key, merged.value);
    origins.setChild(key, merged.origins);
  }
  // fromEntries, not assignment: a key named __proto__ stays an own key and never sets the prototype.
  return { value: Object.fromEntries(entries), origins };
}

/** The fields a patch sets or removes, as dotted paths in key order (`pricing.input`, `pricing.tiers`). */
export function patchedFields(patch: unknown, prefix: readonly string[] = []): string[] {
  if (isRecord(patch) && Object.keys(patch).length > 0) return Object.entries(patch).flatMap(([key, value]) => patchedFields(value, [...prefix, key]));
  return prefix.length === 0 ? [] : [prefix.join(".")];
}
