import { templateLiteralText, visibleJson } from "../../shared/escape";
import type { ModelEntry } from "../../shared/registry-file";
import type { NormalizedProvider, NormalizedRegistry } from "../model/normalize";

/**
 * The fields of an entry that stay in the YAML and the docs: provenance is for the people who keep the registry,
 * and it is most of the text (72 % of the catalogue's data), so an app's bundle does not carry it.
 */
export const PROVENANCE_FIELDS = ["notes", "sources"] as const;

/** An entry as the generated module holds it: every figure, no provenance. */
export function runtimeEntry(entry: ModelEntry): Omit<ModelEntry, (typeof PROVENANCE_FIELDS)[number]> {
  const { notes: _notes, sources: _sources, ...figures } = entry;
  return figures;
}

export const PROVIDER_LINES = "__providerLines";
export const ALIAS_LINES = "__aliasLines";

/** The text constant holding one provider's models. */
export function modelLinesName(provider: NormalizedProvider): string {
  return `__modelLines_${provider.typeName}`;
}

/**
 * The registry's data as exported text constants (each provider's module imports its own): one `[key, value]` JSON array per line (the runtime's `tableFromLines`
 * reads them), one constant per provider's models, then the providers and the aliases. The same text in a
 * TypeScript and a JavaScript module, so `git diff` and `check` show the entry that changed.
 */
export function dataDeclarations(registry: NormalizedRegistry, keyword: "export const" | "const"): string {
  const byId = new Map(registry.models.map((model) => [model.id, model]));
  const constants: Array<[name: string, lines: string[]]> = [
    ...registry.providers.map((p): [string, string[]] => [modelLinesName(p), p.modelIds.map((id) => visibleJson([id, runtimeEntry(byId.get(id)!.entry)]))]),
    [PROVIDER_LINES, registry.providers.map((p) => visibleJson([p.id, p.config]))],
    [ALIAS_LINES, registry.aliases.map((a) => visibleJson([a.alias, a.target]))],
  ];
  return constants.map(([name, lines]) => `${keyword} ${name} = \`\n${lines.map(templateLiteralText).join("\n")}\n\`;`).join("\n");
}

/** The data constants' names, for a declaration file and the CommonJS exports (the provider modules import them). */
export function dataConstantNames(registry: NormalizedRegistry): string[] {
  return [...registry.providers.map(modelLinesName), PROVIDER_LINES, ALIAS_LINES];
}
