// Generation is a pure function of the registry's data: the same bytes on every run, in any
// directory, whatever the YAML's layout (entry order, key order, flow or block style).
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { yamlWithQuotedDates } from "../helpers/yaml";
import { GENERATED_DECLARATIONS_NAME, generate } from "../../src/generator/generate";
import { FIXTURES, SHIPPED_OPTIONS, SHIPPED_REGISTRY, assertClean } from "../helpers/generate-fixture";
import { PROJECT_ROOT, SHIPPED_MODULE, temporaryDirectory } from "../helpers/typescript";

const SHIPPED_SCHEMA = join(PROJECT_ROOT, "schema", "model_registry.schema.json");
const MINIMAL = join(FIXTURES, "valid", "minimal", "model_registry.yaml");

const scratch = temporaryDirectory("determinism");
afterAll(() => scratch.remove());

/**
 * A copy of the project layout (models/, schema/, generated/) under a fresh directory, so the
 * relative paths in the banner are the same as in the repository.
 */
function projectCopy(name: string, registryText: string): { root: string; registryPath: string; schemaPath: string; outDir: string } {
  const root = join(scratch.path, name);
  mkdirSync(join(root, "models"), { recursive: true });
  mkdirSync(join(root, "schema"), { recursive: true });
  const registryPath = join(root, "models", "model_registry.yaml");
  const schemaPath = join(root, "schema", "model_registry.schema.json");
  writeFileSync(registryPath, registryText);
  copyFileSync(SHIPPED_SCHEMA, schemaPath);
  return { root, registryPath, schemaPath, outDir: join(root, "generated") };
}

async function generateCopy(name: string, registryText: string): Promise<Buffer> {
  const copy = projectCopy(name, registryText);
  const result = await generate({
    cwd: copy.root,
    registryPath: copy.registryPath,
    schemaPath: copy.schemaPath,
    outDir: copy.outDir,
    ...SHIPPED_OPTIONS,
    runtime: join(copy.root, "src", "runtime"),
  });
  assertClean(result);
  return readFileSync(join(copy.outDir, GENERATED_DECLARATIONS_NAME));
}

/** The same data with every list of entries and every mapping's keys in reverse order, in block style. */
function reversedLayout(yamlText: string): string {
  const reverse = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverse);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, child]) => [key, reverse(child)]),
    );
  };
  const data = reverse(parse(yamlText)) as { models: unknown[] };
  data.models.reverse();
  return yamlWithQuotedDates(data, { collectionStyle: "block" });
}

test("two runs on the shipped registry produce byte-identical output, identical to the committed module", async () => {
  const registry = readFileSync(SHIPPED_REGISTRY, "utf8");
  const first = await generateCopy("shipped-1", registry);
  const second = await generateCopy("shipped-2", registry);
  expect(first.equals(second)).toBe(true);
  expect(first.equals(readFileSync(SHIPPED_MODULE))).toBe(true);
});

test("reordering models, providers and keys in the YAML does not change a byte of the output", async () => {
  const original = readFileSync(MINIMAL, "utf8");
  const reordered = reversedLayout(original);
  expect(reordered).not.toBe(original);
  const first = await generateCopy("minimal-original", original);
  const second = await generateCopy("minimal-reordered", reordered);
  expect(second.toString("utf8")).toBe(first.toString("utf8"));
});

test("the output has no timestamps, absolute paths or platform line endings", async () => {
  const output = (await generateCopy("minimal-contents", readFileSync(MINIMAL, "utf8"))).toString("utf8");
  expect(output).not.toMatch(/\r/);
  expect(output).not.toContain(scratch.path);
  expect(output).not.toContain(PROJECT_ROOT);
  expect(output).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
  expect(output.endsWith("\n")).toBe(true);
});

test("a second write run with nothing changed writes nothing and leaves the file untouched", async () => {
  const copy = projectCopy("rerun", readFileSync(MINIMAL, "utf8"));
  const options = { cwd: copy.root, registryPath: copy.registryPath, schemaPath: copy.schemaPath, outDir: copy.outDir };
  const first = await generate(options);
  assertClean(first);
  expect([...first.written].sort()).toEqual([
    "generated/model-registry-runtime.d.ts",
    "generated/model-registry-runtime.js",
    "generated/models.generated.acme.d.ts",
    "generated/models.generated.acme.js",
    "generated/models.generated.d.ts",
    "generated/models.generated.js",
    "generated/models.generated.local-lab.d.ts",
    "generated/models.generated.local-lab.js",
  ]);
  const modulePath = join(copy.outDir, GENERATED_DECLARATIONS_NAME);
  const before = { bytes: readFileSync(modulePath), stat: statSync(modulePath) };

  const second = await generate(options);
  assertClean(second);
  expect(second.written).toEqual([]);
  const after = statSync(modulePath);
  expect(after.mtimeMs).toBe(before.stat.mtimeMs);
  expect(after.ino).toBe(before.stat.ino);
  expect(readFileSync(modulePath).equals(before.bytes)).toBe(true);
});
