import { existsSync, readdirSync, statSync } from "node:fs";
import { readBoundedText } from "../../io/read-input";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { nearestPackageDirectory, packageRoot, packageVersion, portableRelative } from "../../io/paths";
import type { OutputFile } from "../../io/write";
import type { ModuleFormat } from "../emit/module-model";

/**
 * `ts`: one TypeScript module (and the runtime as TypeScript) that the app's compiler or bundler emits with its own
 * code; `js`: a JavaScript module with its declaration file, for projects without a TypeScript build (tsc copies
 * no `.js` files into its outDir, so a TypeScript app needs `ts`).
 */
export type OutputLanguage = "ts" | "js";

/** Where the generated files go, in which language and module format. */
export interface OutputLayout {
  outDir: string;
  format: ModuleFormat;
  language: OutputLanguage;
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

/** The generated module and its declaration file (a TypeScript module is its own). */
export function moduleFiles(layout: OutputLayout): { module: string; declarations: string | undefined } {
  return filesNamed(layout, MODULE_BASENAME);
}

/** One provider's module (`models.generated.openai.ts`) and its declaration file. */
export function providerModuleFiles(layout: OutputLayout, providerId: string): { module: string; declarations: string | undefined } {
  return filesNamed(layout, `${MODULE_BASENAME}.${providerId}`);
}

/** How a generated file imports the registry's module: by the name of the JavaScript file it is, or will be compiled to. */
export function mainModuleSpecifier(layout: OutputLayout): string {
  return `./${MODULE_BASENAME}${layout.language === "ts" ? ".js" : extensions(layout).module}`;
}

function filesNamed(layout: OutputLayout, basename: string): { module: string; declarations: string | undefined } {
  if (layout.language === "ts") return { module: join(layout.outDir, `${basename}.ts`), declarations: undefined };
  const ext = extensions(layout);
  return { module: join(layout.outDir, basename + ext.module), declarations: join(layout.outDir, basename + ext.declarations) };
}

/**
 * Generated files an earlier run may have left in the output directory that this run does not write: the other
 * language or module format (a bundler resolving `./models.generated.js` would still find an old JavaScript module
 * beside a new `.ts` one), or the module of a provider no longer in the registry. Regular files only.
 */
export function formerOutputs(layout: OutputLayout, current: readonly string[]): string[] {
  const kept = new Set(current);
  const generatedName = new RegExp(`^(?:${MODULE_BASENAME}(?:\\.[^/]+)?|${RUNTIME_BASENAME})\\.(?:d\\.)?[mc]?[jt]s$`);
  let names: string[];
  try {
    names = readdirSync(layout.outDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => generatedName.test(name))
    .map((name) => join(layout.outDir, name))
    .filter((path) => !kept.has(path) && statSync(path, { throwIfNoEntry: false })?.isFile() === true)
    .sort();
}

/** Where a project's generated files go by default: TypeScript where a tsconfig.json governs the output directory. */
export function defaultLanguage(outDir: string): { language: OutputLanguage; decidedBy: string | undefined } {
  const tsconfig = tsconfigAbove(outDir);
  return tsconfig === undefined ? { language: "js", decidedBy: undefined } : { language: "ts", decidedBy: tsconfig };
}

/** The nearest tsconfig.json from `directory` up to the package root (the nearest package.json) or the file system root. */
function tsconfigAbove(directory: string): string | undefined {
  const root = nearestPackageDirectory(directory);
  for (let current = resolve(directory); ; current = dirname(current)) {
    const candidate = join(current, "tsconfig.json");
    if (existsSync(candidate)) return candidate;
    if (current === root || dirname(current) === current) return undefined;
  }
}

/** How the generated files import the runtime: `bundled`, a path (relative to `cwd`), or a package specifier. */
export function runtimeSpecifierFor(runtime: string, layout: OutputLayout, cwd: string): { module: string; types: string } {
  if (runtime === "bundled") {
    // A TypeScript module names the file its compiler will emit; TypeScript and bundlers map `.js` to the `.ts` source.
    const specifier = `./${RUNTIME_BASENAME}${layout.language === "ts" ? ".js" : extensions(layout).module}`;
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
export function bundledRuntimeSources(): { esm: string; cjs: string; declarations: string; typescript: string } {
  const directory = join(packageRoot(), "dist", "runtime");
  return {
    esm: join(directory, `${RUNTIME_BASENAME}.mjs`),
    cjs: join(directory, `${RUNTIME_BASENAME}.cjs`),
    declarations: join(directory, `${RUNTIME_BASENAME}.d.ts`),
    typescript: join(directory, `${RUNTIME_BASENAME}.ts`),
  };
}

function runtimeFileNames(layout: OutputLayout): string[] {
  if (layout.language === "ts") return [join(layout.outDir, `${RUNTIME_BASENAME}.ts`)];
  const ext = extensions(layout);
  return [join(layout.outDir, RUNTIME_BASENAME + ext.module), join(layout.outDir, RUNTIME_BASENAME + ext.declarations)];
}

export class MissingRuntimeError extends Error {}

/** The copy of the runtime written beside the generated module, so the output needs nothing at run time. */
export function runtimeFiles(layout: OutputLayout): OutputFile[] {
  const sources = bundledRuntimeSources();
  const source = layout.language === "ts" ? sources.typescript : layout.format === "esm" ? sources.esm : sources.cjs;
  if (!existsSync(source) || !existsSync(sources.declarations)) {
    throw new MissingRuntimeError(
      `the prebuilt runtime (${source}) of @lattice-lock/model-registry@${packageVersion()} is missing; run \`npm run build\` in that package, or set runtime to a module path`,
    );
  }
  const [module, declarations] = runtimeFileNames(layout);
  return [
    { path: module!, contents: readBoundedText(source) },
    ...(declarations === undefined ? [] : [{ path: declarations, contents: readBoundedText(sources.declarations) }]),
  ];
}
