// A run's options from a project's settings and what the caller states (flags in the CLI, arguments of the
// programmatic `generate()`): the caller wins, the settings fill the rest, the defaults what is left. One
// function, so the CLI and the library make the same run from the same project.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { GenerateOptions } from "../generator/generate";
import { nearestPackageDirectory } from "../io/paths";
import { DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { dropUndefined } from "../shared/parsed-values";
import type { LoadedConfig } from "./project-config";

/** What the caller states; paths relative to `cwd`. `docs: true` asks for the docs at their default paths. */
export type StatedOptions = Omit<GenerateOptions, "docs"> & { docs?: GenerateOptions["docs"] | boolean };

/** The options of a run in `cwd`: `stated` over the project's settings (`loaded`), paths made absolute. */
export function projectGenerateOptions(loaded: LoadedConfig, stated: StatedOptions, cwd: string): GenerateOptions {
  const { config, baseDir } = loaded;
  const fromConfig = (path: string | undefined) => (path === undefined ? undefined : resolve(baseDir, path));
  const { docs: statedDocs, ...rest } = stated;
  const options: GenerateOptions = {
    ...optional("registryPath", fromConfig(config.registry)),
    ...optional("outDir", fromConfig(config.outDir)),
    ...optional("schemaPath", fromConfig(config.schema)),
    ...optional("moduleFormat", config.moduleFormat),
    ...optional("language", config.language),
    ...optional("runtime", config.runtime !== undefined && isPathLike(config.runtime) ? fromConfig(config.runtime) : config.runtime),
    ...optional("command", config.command),
    ...dropUndefined(rest),
  };
  if (typeof statedDocs === "object") options.docs = statedDocs;
  else if (statedDocs === true || (config.docs !== undefined && config.docs !== false)) {
    const defaults = defaultDocs(options.registryPath ?? DEFAULT_REGISTRY_PATH, cwd);
    const paths = typeof config.docs === "object" ? config.docs : {};
    options.docs = {
      markdownPath: fromConfig(paths.markdown) ?? defaults.markdownPath,
      chartPath: fromConfig(paths.chart) ?? defaults.chartPath,
      ...optional("timelinePath", fromConfig(paths.timeline) ?? defaults.timelinePath),
      ...optional("cataloguePath", fromConfig(paths.catalogue) ?? defaults.cataloguePath),
      ...optional("readmePath", fromConfig(paths.readme) ?? defaults.readmePath),
    };
  }
  return options;
}

/**
 * Docs belong to the project that owns the registry (the nearest directory above it with a
 * package.json, else the registry's own directory), never to wherever the command happens to run.
 */
function defaultDocs(registryPath: string, cwd: string): NonNullable<GenerateOptions["docs"]> {
  const registry = resolve(cwd, registryPath);
  const projectRoot = nearestPackageDirectory(dirname(registry)) ?? dirname(registry);
  const readmePath = join(projectRoot, "README.md");
  return {
    markdownPath: registry.replace(/\.ya?ml$/i, "") + ".md",
    chartPath: join(projectRoot, "docs", "model-map.svg"),
    timelinePath: join(projectRoot, "docs", "model-timeline.svg"),
    cataloguePath: join(projectRoot, "docs", "catalogue.html"),
    ...(existsSync(readmePath) ? { readmePath } : {}),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function isPathLike(value: string): boolean {
  return value.startsWith(".") || isAbsolute(value);
}
