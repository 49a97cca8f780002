// What `npm pack` puts in the package: what users run (the CLI, the runtime, the generator API, the schema, the
// catalogue, the dated lists `audit` compares with), not the repository's build and benchmark scripts.
// Needs dist/ built (npm run build), as the install tests do.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const REPO_ROOT = resolve(__dirname, "../..");
const packed = (
  JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO_ROOT, encoding: "utf8" })) as Array<{
    files: Array<{ path: string }>;
  }>
)[0]!.files.map((file) => file.path);

test.each([
  "dist/scripts/model-registry.js",
  "dist/index.cjs",
  "dist/index.d.mts",
  "dist/runtime/model-registry-runtime.mjs",
  "dist/src/api.js",
  "dist/generated/models.generated.js",
  "dist/build-id.txt",
  "schema/model_registry.schema.json",
  "models/model_registry.yaml",
  "data/sources/README.md",
  "data/sources/litellm/model_prices_and_context_window-2026-07-24.json",
  "data/sources/models-dev/VERSION",
])("ships %s", (path) => {
  expect(packed).toContain(path);
});

test("ships no build or benchmark script, and no repository tooling", () => {
  // `bench` as a script or folder (bench.js, bench-usages.js, bench/), not the benchmarks table the runtime reads.
  expect(packed.filter((path) => /(^|\/)bench([-./]|$)|(^|\/)build\.[jt]s$|^dist\/scripts\/(?!model-registry\.js$)|^scripts\/|^test\//.test(path))).toEqual([]);
});
