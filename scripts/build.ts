// Builds the package into dist/: the CLI and programmatic generator (tsc, CommonJS), and the two runtime-side
// entry points as single files in both module formats, with one bundled declaration file each:
//   dist/index.{cjs,mjs,d.ts,d.mts}                          the lattice-lock registry with its typed API
//   dist/runtime/model-registry-runtime.{cjs,mjs,d.ts,d.mts} the runtime, copied beside a project's generated module
// esbuild bundles (no dependencies to keep external); dts-bundle-generator flattens the declarations, so each entry's
// types are one file that reads the same as CommonJS (.d.ts) and as ESM (.d.mts).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { SHIPPED_DERIVED_DIRECTORY } from "../src/io/derived-cache";
import { BUILD_ID_FILE } from "../src/io/run-cache";
import { build, type Plugin } from "esbuild";
import { generateDtsBundle } from "dts-bundle-generator";
import { bundleTypeScript } from "./build/typescript-bundle";
import { NO_CHECK_LINES } from "../src/generator/emit/banner";

const root = join(__dirname, "..");
const dist = join(root, "dist");
const version = (require(join(root, "package.json")) as { version: string }).version;
const RUNTIME = "model-registry-runtime";

// The compiled trees are rebuilt from scratch (no stale modules); the bundles are overwritten in place, so a
// generator using dist/runtime while this runs never finds it missing.
for (const tree of ["src", "scripts", "bench", "generated", SHIPPED_DERIVED_DIRECTORY, BUILD_ID_FILE])
  rmSync(join(dist, tree), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
chmodSync(join(dist, "scripts", "model-registry.js"), 0o755);

// The generated module is JavaScript plus declarations already; dist/src/index.js requires it from dist/generated.
mkdirSync(join(dist, "generated"), { recursive: true });
for (const name of readdirSync(join(root, "generated"))) copyFileSync(join(root, "generated", name), join(dist, "generated", name));

// The ESM build needs the registry as an ES module, so that `export *` and tree-shaking see its exports: the same
// registry generated in ESM format into a scratch directory, bound to the runtime sources.
const esmRegistryDir = join(dist, ".esm-registry");
async function generateEsmRegistry(): Promise<string> {
  const { generate } = await import("../src/generator/generate");
  const result = await generate({
    cwd: root,
    outDir: esmRegistryDir,
    moduleFormat: "esm",
    language: "js",
    runtime: join(root, "src", "runtime"),
    command: "npm run generate",
  });
  if (!result.ok) throw new Error(`generating the ESM registry failed: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return join(esmRegistryDir, "models.generated.mjs");
}
const esmRegistry = (modulePath: string): Plugin => ({
  name: "esm-registry",
  setup(build) {
    build.onResolve({ filter: /\/generated\/models\.generated$/ }, () => ({
      path: modulePath,
    }));
  },
});

const runtimeBanner = `/* GENERATED FILE - DO NOT EDIT. The runtime of @lattice-lock/model-registry@${version}, copied here by model-registry generate. */`;
const entries = [
  {
    source: "src/runtime/index.ts",
    out: join(dist, "runtime", RUNTIME),
    banner: runtimeBanner,
  },
  {
    source: "src/index.ts",
    out: join(dist, "index"),
    banner: `/* @lattice-lock/model-registry@${version} */`,
  },
];
async function bundleEntries(): Promise<void> {
  const esmRegistryModule = await generateEsmRegistry();
  for (const entry of entries) {
    for (const format of ["cjs", "esm"] as const) {
      await build({
        ...(format === "esm" ? { plugins: [esmRegistry(esmRegistryModule)] } : {}),
        entryPoints: [join(root, entry.source)],
        outfile: `${entry.out}.${format === "cjs" ? "cjs" : "mjs"}`,
        bundle: true,
        format,
        platform: "neutral",
        target: "es2022",
        banner: { js: entry.banner },
        legalComments: "none",
        logLevel: "warning",
      });
    }
  }
  rmSync(esmRegistryDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  await bundleEntries();
  const declarations = generateDtsBundle(
    entries.map((entry) => ({
      filePath: join(root, entry.source),
      output: { noBanner: true, exportReferencedTypes: false },
    })),
    { preferredConfigPath: join(root, "tsconfig.build.json") },
  );
  entries.forEach((entry, index) => {
    const text = `${entry.banner}\n${declarations[index]}`;
    writeFileSync(`${entry.out}.d.ts`, text);
    writeFileSync(`${entry.out}.d.mts`, text);
  });
  writeRuntimeTypeScript();
  writeFileSync(join(dist, BUILD_ID_FILE), buildId() + "\n");
  shipDerivedForBundledSchema();
}

/**
 * The runtime as one TypeScript file, for projects whose generated module is TypeScript: their compiler emits it with
 * their code. `@ts-nocheck` because an app's stricter options are not this file's to meet; this repository compiles
 * the runtime under its own (test/compile checks the joined file too).
 */
function writeRuntimeTypeScript(): void {
  const bundle = bundleTypeScript(join(root, "src", "runtime", "index.ts"));
  const header = [runtimeBanner, "/* eslint-disable */", ...NO_CHECK_LINES, ""].join("\n");
  writeFileSync(join(dist, "runtime", `${RUNTIME}.ts`), header + bundle.text);
}

/** A digest of every file the build wrote (path and contents): what the generator's caches key this build by. */
function buildId(): string {
  const hash = createHash("sha256");
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hash
          .update(`${relative(dist, path)}\0`)
          .update(readFileSync(path))
          .update("\0");
    }
  };
  walk(dist);
  return hash.digest("hex");
}

/**
 * The bundled schema's validator code, derived by the built generator into dist/derived, so an installed package's
 * first run in a project finds it (the generator reads it under this build's id). A check run of the shipped
 * registry derives it.
 */
function shipDerivedForBundledSchema(): void {
  const shipped = join(dist, SHIPPED_DERIVED_DIRECTORY);
  const scratch = mkdtempSync(join(tmpdir(), "model-registry-build-"));
  try {
    const script = `require(${JSON.stringify(join(dist, "src/generator/generate.js"))})
      .generate({ cwd: ${JSON.stringify(root)}, mode: "check", outDir: ${JSON.stringify(scratch)}, cache: ${JSON.stringify(shipped)} })
      .then((result) => { if (result.diagnostics.some((d) => d.severity === "error")) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3))); });`;
    execFileSync(process.execPath, ["-e", script], { stdio: "inherit" });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const kinds = readdirSync(shipped)
    .map((name) => name.replace(/-[0-9a-f]+\.txt$/, ""))
    .sort();
  if (kinds.join() !== "validator") throw new Error(`dist/${SHIPPED_DERIVED_DIRECTORY} holds ${kinds.join(", ")}, expected the validator alone`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
