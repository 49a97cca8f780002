/**
 * The generator as a library: `generate(options)` and `validate(options)` return diagnostics and the files written
 * (or that would be), and never print, exit or read the process's arguments. They read the project's settings as
 * the CLI does (`model-registry.config.json`, else the `modelRegistry` key of package.json, or `config`), and the
 * options given win over them as flags do; `config: false` reads none.
 */
import { projectGenerateOptions, type StatedOptions } from "./config/generate-options";
import { loadProjectConfig } from "./config/project-config";
import { generate as runGenerator, type GenerateResult } from "./generator/generate";

export type { GenerateMode, GenerateResult } from "./generator/generate";
export type { Diagnostic } from "./shared/diagnostics";
export { CONFIG_FILE_NAME } from "./shared/defaults";
export { ConfigError, loadProjectConfig, type LoadedConfig, type ProjectConfig } from "./config/project-config";

export type GenerateOptions = StatedOptions & {
  /** The settings file, relative to `cwd`; `false`: no settings file, only these options and the defaults. */
  config?: string | false;
};

/** Validates the registry and writes (or checks) the generated files, with the project's settings. Throws ConfigError. */
export function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const { config, ...stated } = options;
  const cwd = stated.cwd ?? process.cwd();
  const loaded = config === false ? { config: {}, baseDir: cwd, source: undefined } : loadProjectConfig(cwd, config);
  return runGenerator({ ...projectGenerateOptions(loaded, stated, cwd), cwd });
}

/** Validates the registry (every rule, all errors at once) and writes nothing. */
export function validate(options: Omit<GenerateOptions, "mode"> = {}): Promise<GenerateResult> {
  return generate({ ...options, mode: "validate" });
}
