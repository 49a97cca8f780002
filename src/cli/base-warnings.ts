import { resolve } from "node:path";
import type { Diagnostic } from "../shared/diagnostics";
import { readSourceText } from "./report";
import { displayPath } from "./args";
import type { Colors } from "./colors";

/**
 * In a registry that `extends` a catalogue, the catalogue's own warnings (a model of it shutting down
 * soon) are the package's business, not the app's, and came back in full on every run. They are shown in
 * full only when they concern a model the app's registry itself names (adds, overrides, aliases); the rest
 * become one line per base file, with the models they concern. `--verbose` shows them all.
 */
export async function splitBaseWarnings(
  diagnostics: readonly Diagnostic[],
  registryPath: string,
  cwd: string,
): Promise<{ shown: Diagnostic[]; summarized: Map<string, Diagnostic[]> }> {
  const own = resolve(cwd, registryPath);
  const isBaseWarning = (d: Diagnostic) => d.severity === "warning" && resolve(cwd, d.file) !== own;
  if (!diagnostics.some(isBaseWarning)) return { shown: [...diagnostics], summarized: new Map() };
  const named = await modelsNamedIn(own);
  const shown: Diagnostic[] = [];
  const summarized = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const model = modelOf(diagnostic);
    if (!isBaseWarning(diagnostic) || (model !== undefined && named.has(model))) {
      shown.push(diagnostic);
      continue;
    }
    const file = resolve(cwd, diagnostic.file);
    summarized.set(file, [...(summarized.get(file) ?? []), diagnostic]);
  }
  return { shown, summarized };
}

/** `7 warnings in the base registry node_modules/…/model_registry.yaml, about models this registry does not name: …` */
export function baseWarningLines(summarized: ReadonlyMap<string, readonly Diagnostic[]>, cwd: string, c: Colors): string[] {
  return [...summarized].map(([file, diagnostics]) => {
    const models = [...new Set(diagnostics.map(modelOf).filter((model) => model !== undefined))];
    const listed = models.length > MAX_LISTED ? `${models.slice(0, MAX_LISTED).join(", ")} and ${models.length - MAX_LISTED} more` : models.join(", ");
    const codes = [...new Set(diagnostics.map((d) => d.code))].join(", ");
    return (
      `${c.yellow(`${diagnostics.length} warning${diagnostics.length === 1 ? "" : "s"}`)} in the base registry ${displayPath(file, cwd)} (${codes}` +
      `${listed === "" ? "" : `: ${listed}`}), about models this registry does not name; --verbose shows them, \`model-registry usages .\` whether your code uses them`
    );
  });
}

const MAX_LISTED = 6;

/** The rules' messages start with the model they concern: `model "gpt-5" shuts down on …`. */
function modelOf(diagnostic: Diagnostic): string | undefined {
  return /^model "([^"]+)"/.exec(diagnostic.message)?.[1];
}

/** The model IDs the registry file itself names: its own models, its overrides, its aliases' targets. */
async function modelsNamedIn(path: string): Promise<Set<string>> {
  // Loaded here, not at the top: `--help` and usage errors do not load the YAML library.
  const { parse } = await import("yaml");
  const text = readSourceText(path);
  let data: unknown;
  try {
    data = text === undefined ? undefined : parse(text);
  } catch {
    return new Set();
  }
  const record = (value: unknown) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((entry) => record(entry).id).filter((id): id is string => typeof id === "string") : []);
  const root = record(data);
  const aliasTargets = Object.values(record(root.aliases)).filter((target): target is string => typeof target === "string");
  return new Set([...ids(root.models), ...ids(record(root.overrides).models), ...aliasTargets]);
}
