/**
 * The generator as a library: `generate(options)` and `validate(options)` return diagnostics and the files written
 * (or that would be), and never print, exit or read the process's arguments. `loadProjectConfig` reads the same
 * settings the CLI reads.
 */
import { generate, type GenerateOptions, type GenerateResult } from "./generator/generate";

export { generate, type GenerateMode, type GenerateOptions, type GenerateResult } from "./generator/generate";
export type { Diagnostic } from "./shared/diagnostics";
export { CONFIG_FILE_NAME } from "./shared/defaults";
export { ConfigError, loadProjectConfig, type LoadedConfig, type ProjectConfig } from "./cli/config";

/** Validates the registry (every rule, all errors at once) and writes nothing. */
export function validate(options: Omit<GenerateOptions, "mode"> = {}): Promise<GenerateResult> {
  return generate({ ...options, mode: "validate" });
}
