import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { parse } from "yaml";
import { syntheticModels, syntheticRegistryYaml, type SyntheticModel } from "../../bench/synthetic";
import { emitDeclarationParts } from "../../src/generator/emit/emit-declarations";
import { emitSchemaTypes } from "../../src/generator/emit/emit-types";
import { fastStyle, formatModule, plainSource, spliceBlocks, type ModuleParts } from "../../src/generator/emit/format";
import { normalizeRegistry } from "../../src/generator/model/normalize";
import type { ModelRegistryFile } from "../../src/shared/registry-file";
import type { JsonSchema } from "../../src/generator/validate/validate-schema";

const schema = JSON.parse(readFileSync("schema/model_registry.schema.json", "utf8")) as JsonSchema;
let schemaTypes = "";
beforeAll(async () => {
  schemaTypes = await emitSchemaTypes(schema);
});

function partsFor(registry: ModelRegistryFile): ModuleParts {
  return emitDeclarationParts(normalizeRegistry(registry, schema, "models/model_registry.yaml"), schemaTypes, {
    flavour: "declarations",
    command: "npm run generate",
    schemaPath: "../schema/model_registry.schema.json",
    runtimeSpecifier: "./model-registry-runtime.js",
  });
}

function registryWith(models: SyntheticModel[]): ModelRegistryFile {
  const base = parse(syntheticRegistryYaml(8, process.cwd())) as ModelRegistryFile;
  return { ...base, models: models as unknown as ModelRegistryFile["models"] };
}

/** The fast path (prettier on the skeleton + self-printed blocks) and full prettier on the same source. */
async function bothWays(parts: ModuleParts, options: prettier.Options): Promise<{ fast: string | undefined; full: string }> {
  const style = fastStyle(options);
  expect(style).toBeDefined();
  const skeleton = await prettier.format(parts.skeleton, { ...options, parser: "typescript" });
  const fast = spliceBlocks(skeleton, parts.blocks, style!);
  const full = await prettier.format(plainSource(parts), { ...options, parser: "typescript" });
  return { fast, full };
}

/** Strings that stress quoting, escaping, display width and the 80-column break rules. */
function hostileModels(): SyntheticModel[] {
  const models = syntheticModels(60);
  const pad = (length: number) => "x".repeat(length);
  const texts = [
    `He said "hi" and 'bye'`,
    `it's "quoted" "twice"`,
    `only 'single' quotes`,
    "back\\slash \\n not a newline, tab\there",
    "comment */ closer /* opener @tag",
    "line\u2028separator\u2029paragraph",
    "漢字とかなの表示名が長いとプリティアの幅計算が変わる漢字とかなの表示名が長い",
    "emoji 🚀🚀🚀 and a lone surrogate \ud800 in text",
    "$dollar ${template} `backtick`",
  ];
  models.forEach((model, index) => {
    model.display_name = texts[index % texts.length]! + pad(index);
    model.best_for = `${pad(index)} "${texts[(index + 3) % texts.length]}"`;
    model.sources = { all: `https://example.com/${pad(index + 20)}` };
    if (index % 5 === 0) model.id = `${"long-id.with:shapes/".repeat(6)}${index}`;
  });
  const ids = new Set(models.map((m) => m.id));
  for (const model of models) {
    if (typeof model.replaced_by === "string" && !ids.has(model.replaced_by)) model.replaced_by = models[1]!.id;
  }
  return models;
}

const shipped = () => parse(readFileSync("models/model_registry.yaml", "utf8")) as ModelRegistryFile;
const cases: Array<[string, () => ModelRegistryFile]> = [
  ["the shipped registry", shipped],
  ["a synthetic 1,000-model registry", () => parse(syntheticRegistryYaml(1000, process.cwd())) as ModelRegistryFile],
  ["hostile strings", () => registryWith(hostileModels())],
];
const configs: Array<[string, prettier.Options]> = [
  ["default options", {}],
  ["tabs + single quotes", { useTabs: true, singleQuote: true }],
  ["width 100, tab width 4, no semicolons, no trailing commas", { printWidth: 100, tabWidth: 4, semi: false, trailingComma: "none" }],
];

// The 1,000-model case runs full prettier over ~1 MB: only the two configurations the issue names.
const configsFor = (name: string) => (name.includes("1,000") ? configs.slice(0, 2) : configs);

describe.each(cases)("fast formatting of %s", (name, registry) => {
  test.each(configsFor(name))(
    "is byte-identical to full prettier with %s",
    async (_config, options) => {
      const { fast, full } = await bothWays(partsFor(registry()), options);
      expect(fast).toBeDefined();
      expect(fast === full).toBe(true);
      if (fast !== full) expect(fast).toEqual(full); // shows the difference
    },
    20_000,
  );
});

test("formatModule reads the prettier config next to the output and matches full prettier", async () => {
  const dir = mkdtempSync(join(tmpdir(), "format-"));
  try {
    writeFileSync(join(dir, ".prettierrc"), JSON.stringify({ useTabs: true, singleQuote: true }));
    const out = join(dir, "models.generated.d.ts");
    const parts = partsFor(shipped());
    const full = await prettier.format(plainSource(parts), { useTabs: true, singleQuote: true, filepath: out });
    expect(await formatModule(parts, out)).toBe(full);
    expect(full).toContain("\treadonly 'o1-mini': DeprecatedChatModelRecord<'openai'>;");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("options the fast printer does not reproduce fall back to full prettier", () => {
  expect(fastStyle({ quoteProps: "consistent" })).toBeUndefined();
  expect(fastStyle({ objectWrap: "collapse" } as prettier.Options)).toBeUndefined();
  expect(fastStyle({ plugins: ["prettier-plugin-x"] })).toBeUndefined();
  expect(fastStyle({ requirePragma: true })).toBeUndefined();
});
