import type { Diagnostic } from "../../shared/diagnostics";
import { placeholderNames } from "../../shared/base-url-template";
import { locateKey, locateValue, placeOf, type RegistrySource } from "../input/registry-source";
import { constantName, providerTypeName } from "../../shared/naming";
import type { ModelRegistryFile } from "../../shared/registry-file";
import { formatJsonPointer, type PathSegment } from "../input/source-map";
import { didYouMean } from "../../shared/suggest";
import { judgeableRegistry } from "./judgeable";
import { checkLifecycle } from "./validate-lifecycle";
import { checkInferenceProfiles, checkPricing } from "./validate-pricing";
import { checkSourcePaths } from "./validate-sources";
import { checkBenchmarks } from "./validate-benchmarks";
import { checkKinds } from "./validate-kinds";

/** Rules a JSON Schema cannot state: uniqueness, references that must resolve, name collisions. */
export interface RuleOptions {
  /** The day lifecycle rules are judged on (YYYY-MM-DD, UTC). The generated output never depends on it. */
  asOf: string;
}

/** Runs on any parsed data, also what the schema rejected: each rule judges only the values of the type it reads. */
export function validateRules(source: RegistrySource, options: RuleOptions): Diagnostic[] {
  const { registry, modelIndex } = judgeableRegistry(source.data);
  const report = reporter(source, modelIndex);
  checkUniqueIds(registry, report);
  checkProviders(registry, report);
  checkTokenLimits(registry, report);
  checkPricing(registry, report);
  checkLifecycle(registry, report, options.asOf);
  checkInferenceProfiles(registry, report);
  checkConstantNames(registry, report);
  checkAliases(registry, report);
  checkBaseUrlPlaceholders(registry, report);
  checkSourcePaths(registry, report);
  checkBenchmarks(registry, report);
  checkKinds(registry, report);
  return report.diagnostics;
}

export type Report = ReturnType<typeof reporter>;

/** `modelIndex`: the rules number the models they judge; each kept model's index in the registry, where it is located. */
function reporter(source: RegistrySource, modelIndex: readonly number[]) {
  const diagnostics: Diagnostic[] = [];
  const inRegistry = (path: PathSegment[]): PathSegment[] =>
    path[0] === "models" && typeof path[1] === "number" ? ["models", modelIndex[path[1]]!, ...path.slice(2)] : path;
  const add = (severity: Diagnostic["severity"], code: string, judgedPath: PathSegment[], message: string, hint?: string, key?: string) => {
    const path = inRegistry(judgedPath);
    const location = key === undefined ? locateValue(source, path) : locateKey(source, path, key);
    diagnostics.push({
      severity,
      code: `rule/${code}`,
      message,
      file: location.file,
      line: location.line,
      column: location.column,
      path: formatJsonPointer(location.path),
      ...(hint ? { hint } : {}),
    });
  };
  return {
    diagnostics,
    error: (code: string, path: PathSegment[], message: string, hint?: string) => add("error", code, path, message, hint),
    errorAtKey: (code: string, path: PathSegment[], key: string, message: string, hint?: string) => add("error", code, path, message, hint, key),
    warning: (code: string, path: PathSegment[], message: string, hint?: string) => add("warning", code, path, message, hint),
    warningAtKey: (code: string, path: PathSegment[], key: string, message: string, hint?: string) => add("warning", code, path, message, hint, key),
    /** "line 12", or "line 12 of base.yaml" for a value in a file the registry extends. */
    placeOf: (path: PathSegment[]) => placeOf(source, inRegistry(path)),
  };
}

function checkUniqueIds(registry: ModelRegistryFile, report: Report): void {
  const firstIndex = new Map<string, number>();
  registry.models.forEach((model, index) => {
    const previous = firstIndex.get(model.id);
    if (previous === undefined) {
      firstIndex.set(model.id, index);
      return;
    }
    report.error(
      "duplicate-id",
      ["models", index, "id"],
      `duplicate model ID "${model.id}" (first defined at ${report.placeOf(["models", previous, "id"])}); model IDs must be unique`,
    );
  });
}

function checkProviders(registry: ModelRegistryFile, report: Report): void {
  const declared = Object.keys(registry.providers);
  const used = new Set<string>();
  registry.models.forEach((model, index) => {
    if (model.provider === undefined) return;
    used.add(model.provider);
    if (!Object.hasOwn(registry.providers, model.provider)) {
      report.error(
        "unknown-provider",
        ["models", index, "provider"],
        `model "${model.id}" names provider "${model.provider}", which is not declared under \`providers\`; expected one of: ${declared.join(", ")}`,
        didYouMean(model.provider, declared),
      );
    }
  });
  const typeNames = new Map<string, string>();
  for (const [id, config] of Object.entries(registry.providers)) {
    if (!used.has(id)) {
      report.warningAtKey(
        "provider-without-models",
        ["providers"],
        id,
        `provider "${id}" has no models; its ID union would be empty`,
        "add a model for it or remove the provider",
      );
    }
    if (config!.display_name === undefined) continue;
    const typeName = providerTypeName(id, config!.display_name);
    const clash = typeNames.get(typeName);
    if (clash !== undefined) {
      report.errorAtKey(
        "provider-name-collision",
        ["providers"],
        id,
        `providers "${clash}" (${report.placeOf(["providers", clash])}) and "${id}" (${report.placeOf(["providers", id])}) both produce the type name ${typeName}ModelId; rename one of them`,
      );
    }
    typeNames.set(typeName, id);
  }
}

function checkTokenLimits(registry: ModelRegistryFile, report: Report): void {
  registry.models.forEach((model, index) => {
    const limit = (field: "max_output_tokens" | "max_input_tokens") => {
      const value = model[field];
      if (value !== undefined && model.context_window !== undefined && value > model.context_window) {
        report.error(
          `${field === "max_output_tokens" ? "output" : "input"}-exceeds-context`,
          ["models", index, field],
          `${field} (${value}) of "${model.id}" is larger than its context_window (${model.context_window}); context_window is the total of input and output`,
        );
      }
    };
    limit("max_output_tokens");
    limit("max_input_tokens");
  });
}

function checkConstantNames(registry: ModelRegistryFile, report: Report): void {
  const owners = new Map<string, string>();
  registry.models.forEach((model, index) => {
    const name = constantName(model.id);
    const owner = owners.get(name);
    if (owner !== undefined && owner !== model.id) {
      report.error(
        "constant-name-collision",
        ["models", index, "id"],
        `model IDs "${owner}" (${report.placeOf(["models", registry.models.findIndex((m) => m.id === owner), "id"])}) and "${model.id}" (${report.placeOf(["models", index, "id"])}) both become the constant Models.${name}; rename one of them`,
      );
    }
    owners.set(name, model.id);
  });
}

function checkAliases(registry: ModelRegistryFile, report: Report): void {
  const ids = registry.models.map((model) => model.id);
  const providerOf = new Map(registry.models.map((model) => [model.id, model.provider]));
  const providerIds = Object.keys(registry.providers);
  for (const [alias, target] of Object.entries(registry.aliases ?? {})) {
    if (providerOf.has(alias)) {
      report.errorAtKey("alias-shadows-model", ["aliases"], alias, `alias "${alias}" is also a model ID; an alias must be a different name`);
    }
    const targetProvider = providerOf.get(target!);
    if (targetProvider === undefined) {
      report.error(
        "unknown-alias-target",
        ["aliases", alias],
        `alias "${alias}" points at "${target}", which is not a model in this registry`,
        didYouMean(target!, ids),
      );
      continue;
    }
    const namedProvider = aliasProvider(alias, providerIds);
    if (namedProvider !== undefined && namedProvider !== targetProvider) {
      report.error(
        "alias-crosses-providers",
        ["aliases", alias],
        `alias "${alias}" names provider "${namedProvider}" but resolves to "${target}", a model of "${targetProvider}"; an alias must resolve to a model of the provider it names`,
        `point it at a model of "${namedProvider}", or remove the alias`,
      );
    }
  }
}

/** The provider an alias names by its prefix (`azure-gpt-4o`, `bedrock/llama`), if any. */
function aliasProvider(alias: string, providerIds: readonly string[]): string | undefined {
  return providerIds.find((id) => alias.startsWith(`${id}-`) || alias.startsWith(`${id}/`));
}

const MODEL_PLACEHOLDERS = new Set(["api_name"]);

function checkBaseUrlPlaceholders(registry: ModelRegistryFile, report: Report): void {
  for (const [id, config] of Object.entries(registry.providers)) {
    const env = config!.env;
    if (env?.required === undefined || config!.base_url === undefined) continue;
    const known = new Set([...env.required.flat(), ...(env.optional ?? [])]);
    for (const name of placeholderNames(config!.base_url)) {
      if (MODEL_PLACEHOLDERS.has(name) || known.has(name)) continue;
      report.error(
        "unknown-placeholder",
        ["providers", id, "base_url"],
        `base_url of provider "${id}" uses {${name}}, but ${name} is not listed in its env.required or env.optional; placeholders must name one of the provider's environment variables, or {api_name}`,
        didYouMean(name, [...known, ...MODEL_PLACEHOLDERS]),
      );
    }
    for (const name of Object.keys(env.defaults ?? {})) {
      if (!known.has(name)) {
        report.errorAtKey(
          "unknown-default",
          ["providers", id, "env", "defaults"],
          name,
          `env.defaults of provider "${id}" sets ${name}, which is not listed in its env.required or env.optional`,
        );
      }
    }
  }
}
