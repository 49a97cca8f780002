import { existsSync } from "node:fs";
import { DEFAULT_OUT_DIR, DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { readBoundedText } from "./read-input";
import { dirname, join, relative, resolve, sep } from "node:path";

const PACKAGE_NAME = "@lattice-lock/model-registry";

/** The package's own root, whether running from source (tsx) or from dist/. */
export function packageRoot(): string {
  let directory = __dirname;
  for (;;) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && (JSON.parse(readBoundedText(manifest)) as { name?: string }).name === PACKAGE_NAME) {
      return directory;
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${__dirname}`);
    directory = parent;
  }
}

/** The package's version, as its package.json states it. */
export function packageVersion(): string {
  return (JSON.parse(readBoundedText(join(packageRoot(), "package.json"))) as { version: string }).version;
}

/** The directory of the nearest package.json at or above `start`, if any. */
export function nearestPackageDirectory(start: string): string | undefined {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, "package.json"))) return directory;
    if (dirname(directory) === directory) return undefined;
  }
}

export function bundledSchemaPath(): string {
  return join(packageRoot(), "schema", "model_registry.schema.json");
}

/** A relative path with forward slashes, for banners and messages that must not depend on the OS. */
export function portableRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join("/") || ".";
}

/** The registry, output directory and schema of a run, absolute, with the defaults filled in. */
export function runPaths(
  options: { registryPath?: string; outDir?: string; schemaPath?: string },
  cwd: string,
): { registryPath: string; outDir: string; schemaPath: string } {
  return {
    registryPath: resolve(cwd, options.registryPath ?? DEFAULT_REGISTRY_PATH),
    outDir: resolve(cwd, options.outDir ?? DEFAULT_OUT_DIR),
    schemaPath: resolve(cwd, options.schemaPath ?? bundledSchemaPath()),
  };
}
