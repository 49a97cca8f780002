import { existsSync } from "node:fs";
import { DEFAULT_REGISTRY_PATH } from "../../shared/defaults";
import { readBoundedText } from "../../io/read-input";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

export type BaseResolution = { ok: true; path: string; consulted: string[] } | { ok: false; reason: string; hint?: string; consulted: string[] };

/**
 * The file an `extends` value names. A value starting with `./`, `../` or `/` is a path relative to the extending
 * file. Anything else is a package, found by Node's resolution from the extending file's directory (node_modules
 * up the tree, and the package itself when the file is inside it and its package.json has `exports`): `<package>`
 * is the registry its package.json names under `modelRegistry.registry` (else models/model_registry.yaml), and
 * `<package>/<path>` a file in it. `consulted` lists the package manifests read on the way.
 */
export function resolveBase(specifier: string, fromFile: string): BaseResolution {
  if (isPathSpecifier(specifier)) return { ok: true, path: resolve(dirname(fromFile), specifier), consulted: [] };
  const parsed = parsePackageSpecifier(specifier);
  if (parsed === undefined) {
    return { ok: false, reason: `${JSON.stringify(specifier)} is neither a path (starting with ./ or ../) nor a package name`, consulted: [] };
  }
  const root = packageRoot(parsed.name, fromFile);
  if (root === undefined) {
    return {
      ok: false,
      reason: `no package ${parsed.name} is installed in node_modules beside this file or in a directory above it`,
      hint: `install it (npm install --save-dev ${parsed.name}), or name the base by a path starting with ./ or ../`,
      consulted: [],
    };
  }
  const manifest = join(root, "package.json");
  const registry = parsed.subpath ?? manifestRegistry(manifest) ?? DEFAULT_REGISTRY_PATH;
  const path = resolve(root, registry);
  const inside = relative(root, path);
  if (inside.startsWith("..") || isAbsolute(inside)) {
    return { ok: false, reason: `${JSON.stringify(specifier)} points outside the package ${parsed.name}`, consulted: [manifest] };
  }
  return { ok: true, path, consulted: parsed.subpath === undefined ? [manifest] : [] };
}

export function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || isAbsolute(specifier);
}

const PACKAGE_SPECIFIER = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/(.+))?$/i;

function parsePackageSpecifier(specifier: string): { name: string; subpath?: string } | undefined {
  const match = PACKAGE_SPECIFIER.exec(specifier);
  if (match === null) return undefined;
  return match[2] === undefined ? { name: match[1]! } : { name: match[1]!, subpath: match[2] };
}

/**
 * The package's directory. Its package.json is resolved the way Node resolves any subpath; a package whose
 * `exports` do not list `./package.json` is looked for in the node_modules directories Node would search.
 */
function packageRoot(name: string, fromFile: string): string | undefined {
  const require = createRequire(fromFile);
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") return undefined;
  }
  const directories = require.resolve.paths(name) ?? [];
  return directories.map((directory) => join(directory, name)).find((directory) => existsSync(join(directory, "package.json")));
}

function manifestRegistry(manifest: string): string | undefined {
  try {
    const parsed = JSON.parse(readBoundedText(manifest)) as { modelRegistry?: { registry?: unknown } };
    const registry = parsed.modelRegistry?.registry;
    return typeof registry === "string" && registry.length > 0 ? registry : undefined;
  } catch {
    return undefined;
  }
}
