import { existsSync } from "node:fs";
import { readBoundedText } from "../../io/read-input";
import { isAbsolute, join, resolve } from "node:path";
import { nearestPackageDirectory, packageRoot, packageVersion, portableRelative } from "../../io/paths";
import type { OutputFile } from "../../io/write";
import type { ModuleFormat } from "../emit/emit-data-module";

/** Where the generated files go and in which module format. */
export interface OutputLayout {
  outDir: string;
  format: ModuleFormat;
}

export const MODULE_BASENAME = "models.generated";
export const RUNTIME_BASENAME = "model-registry-runtime";

/** The extensions that make Node and TypeScript read a file in `format`, whatever the package's `type` says. */
function extensions(layout: OutputLayout): { module: string; declarations: string } {
  const packageIsModule = packageTypeIsModule(layout.outDir);
  if (layout.format === "esm") return packageIsModule ? { module: ".js", declarations: ".d.ts" } : { module: ".mjs", declarations: ".d.mts" };
  return packageIsModule ? { module: ".cjs", declarations: ".d.cts" } : { module: ".js", declarations: ".d.ts" };
}

export function packageTypeIsModule(directory: string): boolean {
  const root = nearestPackageDirectory(directory);
  if (root === undefined) return false;
  try {
    return (JSON.parse(readBoundedText(join(root, "package.json"))) as { type?: unknown }).type === "module";
  } catch {
    return false;
  }
}

/** The generated module and its declaration file. */
export function moduleFiles(layout: OutputLayout): { module: string; declarations: string } {
  const ext = extensions(layout);
  return { module: join(layout.outDir, MODULE_BASENAME + ext.module), declarations: join(layout.outDir, MODULE_BASENAME + ext.declarations) };
}

/** How the generated files import the runtime: `bundled`, a path (relative to `cwd`), or a package specifier. */
export function runtimeSpecifierFor(runtime: string, layout: OutputLayout, cwd: string): { module: string; types: string } {
  if (runtime === "bundled") {
    const specifier = `./${RUNTIME_BASENAME}${extensions(layout).module}`;
    return { module: specifier, types: specifier };
  }
  if (runtime.startsWith(".") || isAbsolute(runtime)) {
    const relative = portableRelative(layout.outDir, resolve(cwd, runtime));
    const specifier = relative.startsWith(".") ? relative : `./${relative}`;
    return { module: specifier, types: specifier };
  }
  return { module: runtime, types: runtime };
}

/** The package's prebuilt runtime (`npm run build`), one file per module format plus one declaration file. */
export function bundledRuntimeSources(): { esm: string; cjs: string; declarations: string } {
  const directory = join(packageRoot(), "dist", "runtime");
  return {
    esm: join(directory, `${RUNTIME_BASENAME}.mjs`),
    cjs: join(directory, `${RUNTIME_BASENAME}.cjs`),
    declarations: join(directory, `${RUNTIME_BASENAME}.d.ts`),
  };
}

export class MissingRuntimeError extends Error {}

/** The copy of the runtime written beside the generated module, so the output needs nothing at run time. */
export function runtimeFiles(layout: OutputLayout): OutputFile[] {
  const sources = bundledRuntimeSources();
  const source = layout.format === "esm" ? sources.esm : sources.cjs;
  if (!existsSync(source) || !existsSync(sources.declarations)) {
    throw new MissingRuntimeError(
      `the prebuilt runtime (${source}) of @lattice-lock/model-registry@${packageVersion()} is missing; run \`npm run build\` in that package, or set runtime to a module path`,
    );
  }
  const ext = extensions(layout);
  return [
    { path: join(layout.outDir, RUNTIME_BASENAME + ext.module), contents: readBoundedText(source) },
    { path: join(layout.outDir, RUNTIME_BASENAME + ext.declarations), contents: readBoundedText(sources.declarations) },
  ];
}
