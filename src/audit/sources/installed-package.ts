import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readRegularFile } from "../../io/read-input";
import { isRecord } from "../../shared/records";
import { SourceError, parseJsonSource } from "./source-error";

/** A package file bigger than this is not what the adapters expect: refused rather than parsed. */
const MAX_PACKAGE_FILE_BYTES = 16 * 1024 * 1024;

/** An npm package as installed in the project (found the way Node finds it: node_modules upwards). */
export interface InstalledPackage {
  name: string;
  version: string;
  /** `name@version`: what a figure read from it cites. */
  citation: string;
  /** A file of the package, at most MAX_PACKAGE_FILE_BYTES; a located SourceError otherwise. */
  read(relativePath: string): string;
}

/** The package installed for `from` (a directory), or undefined when it is not installed. */
export function findInstalledPackage(name: string, from: string): InstalledPackage | undefined {
  for (let directory = resolve(from); ; directory = dirname(directory)) {
    const root = join(directory, "node_modules", name);
    if (existsSync(join(root, "package.json"))) return packageAt(name, root);
    if (dirname(directory) === directory) return undefined;
  }
}

function packageAt(name: string, root: string): InstalledPackage {
  const read = (relativePath: string): string => {
    const location = `${name}/${relativePath}`;
    const result = readRegularFile(join(root, relativePath), MAX_PACKAGE_FILE_BYTES);
    if (!result.ok) throw new SourceError(location, `cannot be read: ${result.reason}`);
    return result.bytes.toString("utf8");
  };
  const manifest = parseJsonSource(read("package.json"), `${name}/package.json`);
  const version = isRecord(manifest) && typeof manifest.version === "string" ? manifest.version : undefined;
  if (version === undefined) throw new SourceError(`${name}/package.json`, "has no version");
  return { name, version, citation: `${name}@${version}`, read };
}

/** The project's copy of the package, else the one installed with this tool. */
export function requireInstalledPackage(name: string, from: string): InstalledPackage {
  const found = findInstalledPackage(name, from) ?? findInstalledPackage(name, __dirname);
  if (found === undefined) throw new SourceError(name, `is not installed here: npm install -D ${name}`);
  return found;
}
