import { markdownCode } from "../../shared/escape";
import { compareStrings } from "../../shared/string-order";
import { isPathSpecifier } from "../input/resolve-base";
import type { EntryProvenance, RegistryProvenance, RegistrySection } from "../input/provenance";

/** How the docs name a file of the chain: a package base by its package specifier, any other file by a path. */
export type FileLabel = (path: string) => string;

/** What the docs of a registry that extends another add: the "Extends" section and the Change column of the tables. */
export interface ExtensionDocs {
  section: string[];
  changes: ChangeColumn;
}

export function extensionDocs(provenance: RegistryProvenance, pathLabel: FileLabel = (path) => path): ExtensionDocs {
  const label = chainFileLabel(provenance, pathLabel);
  return { section: extendsSection(provenance, label), changes: changeColumn(provenance, label) };
}

function chainFileLabel(provenance: RegistryProvenance, pathLabel: FileLabel): FileLabel {
  const packages = new Map(
    provenance.chain.flatMap(({ path, specifier }) => (specifier === undefined || isPathSpecifier(specifier) ? [] : [[path, specifier] as const])),
  );
  return (path) => packages.get(path) ?? pathLabel(path);
}

/** The "Extends" section: which files the registry is built from, and what each one adds, changes and removes. */
function extendsSection(provenance: RegistryProvenance, label: FileLabel): string[] {
  const chain = provenance.chain.map(({ path }) => markdownCode(label(path))).join(" extends ");
  const changes = provenance.chain.slice(0, -1).flatMap(({ path }) => {
    const summary = fileSummary(provenance, path);
    return summary === undefined ? [] : [`- ${markdownCode(label(path))}: ${summary}.`];
  });
  return [
    `This registry is built from ${provenance.chain.length} files: ${chain}. The Change column of each table says which file added or changed an entry, and which fields it changed.`,
    ...(changes.length === 0 ? [] : [changes.join("\n")]),
  ];
}

const NOUNS: Record<RegistrySection, [string, string]> = { models: ["model", "models"], providers: ["provider", "providers"], aliases: ["alias", "aliases"] };
const SECTIONS: readonly RegistrySection[] = ["models", "providers", "aliases"];

function fileSummary(provenance: RegistryProvenance, file: string): string | undefined {
  const byEntry = (pick: (entry: EntryProvenance) => boolean) =>
    SECTIONS.map((section) => counted([...provenance[section].values()].filter(pick).length, section));
  const removed = SECTIONS.map((section) => {
    const ids = provenance.removed
      .filter((removal) => removal.file === file && removal.section === section)
      .map((removal) => removal.id)
      .sort(compareStrings);
    return ids.length === 0 ? "" : `${counted(ids.length, section)} (${ids.map(markdownCode).join(", ")})`;
  });
  const parts = [
    listed(
      "adds",
      byEntry((entry) => entry.addedIn === file),
    ),
    listed(
      "overrides",
      byEntry((entry) => entry.overriddenIn.some((change) => change.file === file)),
    ),
    listed("removes", removed),
  ].filter((part) => part !== "");
  return parts.length === 0 ? undefined : parts.join("; ");
}

function counted(count: number, section: RegistrySection): string {
  return count === 0 ? "" : `${count} ${NOUNS[section][count === 1 ? 0 : 1]}`;
}

function listed(verb: string, parts: readonly string[]): string {
  const present = parts.filter((part) => part !== "");
  return present.length === 0 ? "" : `${verb} ${present.join(", ")}`;
}

/** The Change column of the tables, for a registry that extends another. */
export interface ChangeColumn {
  cell(section: RegistrySection, id: string): string;
}

function changeColumn(provenance: RegistryProvenance, label: FileLabel): ChangeColumn {
  return { cell: (section, id) => changeCell(provenance[section].get(id), label) };
}

/** What the chain's files did to one entry, or "–" for an entry as the last base has it. */
function changeCell(entry: EntryProvenance | undefined, label: FileLabel): string {
  if (entry === undefined) return "–";
  const parts = [
    ...(entry.addedIn === undefined ? [] : [`${entry.replacesBase ? "replaced" : "added"} in ${markdownCode(label(entry.addedIn))}`]),
    ...entry.overriddenIn.map(({ file, fields }) => `${fields.map(markdownCode).join(", ")} overridden in ${markdownCode(label(file))}`),
  ];
  return parts.length === 0 ? "–" : parts.join("; ");
}
