/**
 * Hostile strings (quotes, backslashes, comment terminators, backticks, `${`, </script>, |, newlines,
 * U+2028/U+2029, emoji, bidi controls, lone surrogates) either round-trip exactly into the generated
 * module or are rejected by the schema with a clear, located error. The module is type-checked with
 * ts.createProgram, emitted, loaded, and its data deep-equalled with an independent parse of the YAML.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { BASE_REGISTRY, comparable, FIXTURES, generateIn, makeTempDir, removeDir } from "./helpers";
import { commentsClosedEarly, compileModule, loadModule, topLevelNames } from "./compile";

const HOSTILE = readFileSync(join(FIXTURES, "hostile/registry.yaml"), "utf8");

interface RegistryYaml {
  providers: Record<string, unknown>;
  models: Array<{ id: string }>;
  aliases?: Record<string, string>;
}

describe("hostile strings", () => {
  let dir: string;
  let generatedPath: string;
  beforeAll(async () => {
    dir = makeTempDir();
    const result = await generateIn(dir, HOSTILE);
    expect(comparable(result)).toEqual({ ok: true, diagnostics: [] });
    generatedPath = join(dir, "generated/models.generated.ts");
  });
  afterAll(() => removeDir(dir));

  test("the YAML really holds the hostile characters (the fixture tests what it claims)", () => {
    const yaml = parse(HOSTILE) as RegistryYaml;
    const all = JSON.stringify(yaml);
    for (const needle of ["*/", "/*", "`", "${", "</script>", "|", "\\n", "\\\\", '\\"', "\u2028", "\u2029", "😀", "\u202E", "\\ud800"]) {
      expect(all).toContain(needle);
    }
  });

  test("the generated module type-checks with zero diagnostics, and loads to exactly the YAML values", () => {
    const compiled = compileModule(generatedPath);
    expect(compiled.diagnostics).toEqual([]);
    const module = loadModule(compiled.jsPath!);
    const yaml = parse(HOSTILE) as RegistryYaml;
    expect(module.MODELS).toEqual(Object.fromEntries(yaml.models.map((model) => [model.id, model])));
    expect(module.PROVIDERS).toEqual(yaml.providers);
    expect(module.MODEL_ALIASES).toEqual(yaml.aliases);
    const models = module.MODELS as Record<string, { notes: string; display_name: string }>;
    // Spot checks on the nastiest ones, spelled out.
    expect(models["gpt-4o"]!.notes.startsWith("lone surrogate \uD800 and \uDFFF,")).toBe(true);
    expect(models["team/model@v1+beta:2"]!.display_name).toBe("@deprecated */ export const pwned = 1; /*");
  });

  test("no comment is closed early, and no statement was injected", async () => {
    const source = readFileSync(generatedPath, "utf8");
    expect(commentsClosedEarly(source)).toEqual([]);
    const baseDir = makeTempDir();
    try {
      await generateIn(baseDir, readFileSync(BASE_REGISTRY));
      const base = compileModule(join(baseDir, "generated/models.generated.ts"));
      // The per-provider type name comes from the display name, which differs: compare the rest.
      const shape = (names: string[]) => names.map((name) => (/^(?!Active|Deprecated)\w+ModelId$/.test(name) ? "<Provider>ModelId" : name));
      expect(shape(topLevelNames(compileModule(generatedPath).sourceFile))).toEqual(shape(topLevelNames(base.sourceFile)));
    } finally {
      removeDir(baseDir);
    }
  });

  test("bidi controls and invisible characters are written as escapes, never raw, so the source reads as it runs", () => {
    const source = readFileSync(generatedPath, "utf8");
    expect(source).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u2028\u2029\uFEFF]/);
    expect(source).toContain("\\u202E");
  });

  test("the lone surrogate is written as an escape (the file stays valid UTF-8)", () => {
    const bytes = readFileSync(generatedPath);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
    expect(bytes.toString("utf8")).not.toContain("\uFFFD");
  });
});

describe("hostile strings the schema rejects, with a clear message", () => {
  const cases: Array<[string, (yaml: string) => string, string]> = [
    [
      "a line break in api_name",
      (yaml) => yaml.replace(/api_name: .*/, 'api_name: "gpt-4o\\nsecond line"'),
      '`models[0].api_name` "gpt-4o\\nsecond line" is not valid: expected no spaces, tabs or line breaks',
    ],
    [
      "a comment terminator in a model ID",
      (yaml) => yaml.replace("- id: gpt-4o", '- id: "gpt-4o*/"'),
      '`models[0].id` "gpt-4o*/" is not valid: registry model ID: letters, digits and . _ : / @ + -, starting and ending with a letter or digit, not only digits, at most 128 characters',
    ],
    [
      "a javascript: URL as a provider's docs link",
      (yaml) => yaml.replace("docs_url: https://platform.openai.com/docs/models", "docs_url: javascript:alert(1)"),
      '`providers.openai.docs_url` "javascript:alert(1)" is not valid: expected an http:// or https:// URL without spaces',
    ],
  ];
  test.each(cases)("%s", async (_name, mutate, message) => {
    const dir = makeTempDir();
    try {
      const result = await generateIn(dir, mutate(HOSTILE), { mode: "validate" });
      expect(result.ok).toBe(false);
      // The rules run too (a renamed ID leaves its replacement chains dangling); the schema says why, once.
      expect(result.diagnostics.filter((d) => d.code.startsWith("schema/")).map((d) => d.message)).toEqual([message]);
      expect(result.diagnostics[0]!.line).toBeGreaterThan(1);
    } finally {
      removeDir(dir);
    }
  });
});
