// The defaults a project gets when its settings and flags say nothing: one statement each, for the CLI, the
// programmatic API, `init` and the help texts.

/** The registry YAML, relative to the project (and where a package that ships a registry keeps it). */
export const DEFAULT_REGISTRY_PATH = "models/model_registry.yaml";

/** The generated module's directory, relative to the project. */
export const DEFAULT_OUT_DIR = "generated";

/** The command that regenerates, shown in banners and hints when the project names none. */
export const DEFAULT_COMMAND = "npx model-registry generate";

/** The file a project may keep its settings in; the same object can sit under `modelRegistry` in package.json. */
export const CONFIG_FILE_NAME = "model-registry.config.json";
