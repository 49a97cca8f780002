import { SourceIndex } from "../../src/audit/source-index";
import type { AuditSource, SourceModel } from "../../src/audit/types";

/** A source of the given models, as an adapter would return it. */
export function testSource(
  name: string,
  models: SourceModel[],
  options: { firstPartyFor?: string[]; complete?: boolean; mentions?: string[] } = {},
): AuditSource {
  const index = new SourceIndex(models);
  return {
    name,
    label: `${name}@1.0.0`,
    citation: `${name}@1.0.0`,
    models,
    find: (model) => index.find(model),
    mentions: options.mentions ?? [name],
    firstPartyFor: options.firstPartyFor ?? [],
    complete: options.complete,
  };
}
