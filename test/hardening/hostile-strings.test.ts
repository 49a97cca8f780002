/**
 * Hostile strings (quotes, backslashes, comment terminators, backticks, `${`, </script>, |, newlines,
 * U+2028/U+2029, emoji, bidi controls, lone surrogates) either round-trip exactly into the generated
 * output or are rejected by the schema with a clear, located error. The declarations (.d.ts) are type-checked
 * with ts.createProgram together with a consumer that pins every constant, ID and alias to its literal type;
 * the data module (.js) is loaded and its data deep-equalled with an independent parse of the YAML.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { BASE_REGISTRY, comparable, FIXTURES, generateIn, makeTempDir, removeDir } from "./helpers";
import { checkDeclarations, commentsClosedEarly, loadGeneratedModule, topLevelNames, topLevelStatements } from "./compile";

const HOSTILE = readFileSync(join(FIXTURES, "hostile/registry.yaml"), "utf8");

interface RegistryYaml {
  providers: Record<string, unknown>;
  models: Array<{ id: string; notes?: unknown; sources?: unknown }>;
  aliases?: Record<string, string>;
}

describe("hostile strings", () => {
  let dir: string;
  let declarationsPath: string;
  let modulePath: string;
  /** Both generated files: every check on the text holds for each. */
  let outputs: Array<[name: string, path: string]>;
  beforeAll(async () => {
    dir = makeTempDir();
    const result = await generateIn(dir, HOSTILE);
    expect(comparable(result)).toEqual({ ok: true, diagnostics: [] });
    declarationsPath = join(dir, "generated/models.generated.d.ts");
    modulePath = join(dir, "generated/models.generated.js");
    outputs = [
      ["declarations", declarationsPath],
      ["module", modulePath],
    ];
  });
  afterAll(() => removeDir(dir));

  test("the YAML really holds the hostile characters (the fixture tests what it claims)", () => {
    const yaml = parse(HOSTILE) as RegistryYaml;
    const all = JSON.stringify(yaml);
    for (const needle of ["*/", "/*", "`", "${", "</script>", "|", "\\n", "\\\\", '\\"', "\u2028", "\u2029", "😀", "\u202E", "\\ud800"]) {
      expect(all).toContain(needle);
    }
  });

  test("the module loads to exactly the YAML values, and its declarations type-check with zero diagnostics, describing that data", () => {
    const module = loadGeneratedModule(modulePath);
    const yaml = parse(HOSTILE) as RegistryYaml;
    // Every figure exactly; provenance (notes, sources) stays in the registry file.
    const figures = yaml.models.map(({ notes: _notes, sources: _sources, ...model }) => model);
    expect(module.MODELS).toEqual(Object.fromEntries(figures.map((model) => [model.id, model])));
    expect(module.PROVIDERS).toEqual(yaml.providers);
    expect(module.MODEL_ALIASES).toEqual(yaml.aliases);
    const models = module.MODELS as Record<string, { best_for: string; display_name: string; provider: string }>;
    // Spot checks on the nastiest ones, spelled out.
    expect(models["team/model@v1+beta:2"]!.best_for.startsWith("lone surrogate \uD800 and \uDFFF,")).toBe(true);
    expect(models["team/model@v1+beta:2"]!.display_name).toBe("@deprecated */ export const pwned = 1; /*");
    expect(Object.isFrozen(models["gpt-4o"])).toBe(true);
    expect((module.getModel as (id: string) => unknown)("team/model@v1+beta:2")).toBe(models["team/model@v1+beta:2"]);

    // The declarations name every constant, ID and alias the data holds, with its exact literal type.
    const constants = Object.entries(module.Models as Record<string, string>);
    expect(constants).toHaveLength(yaml.models.length);
    const consumer = [
      ...constants.map(([name, id], i) => `export const constant${i}: ${JSON.stringify(id)} = generated.Models.${name};`),
      ...Object.entries(models).map(
        ([id, model], i) => `export const provider${i}: ${JSON.stringify(model.provider)} = generated.getModel(${JSON.stringify(id)}).provider;`,
      ),
      ...Object.entries(yaml.aliases ?? {}).map(
        ([alias, target], i) => `export const alias${i}: ${JSON.stringify(target)} = generated.MODEL_ALIASES[${JSON.stringify(alias)}];`,
      ),
      // The directive is an error itself when the line below it compiles: an ID outside the registry must not.
      "// @ts-expect-error not a registered ID",
      'generated.getModel("gpt-4o*/");',
    ].join("\n");
    const checked = checkDeclarations(declarationsPath, consumer + "\n");
    expect(checked.diagnostics).toEqual([]);
  });

  test("no comment is closed early, and no statement was injected", async () => {
    for (const [, path] of outputs) expect(commentsClosedEarly(readFileSync(path, "utf8"))).toEqual([]);
    const baseDir = makeTempDir();
    try {
      await generateIn(baseDir, readFileSync(BASE_REGISTRY));
      // The per-provider names come from the display name, which differs: compare the rest.
      const shape = (names: string[]) =>
        names.map((name) =>
          name
            .replace(/^(exports\.|function )?(?!Active|Deprecated)\w+(ModelId|Models|ModelConstants)$/, "$1<Provider>$2")
            .replace(/^(exports\.)?__modelLines_\w+$/, "$1__modelLines_<Provider>"),
        );
      const declarations = (path: string) => shape(topLevelNames(checkDeclarations(path).sourceFile));
      expect(declarations(declarationsPath)).toEqual(declarations(join(baseDir, "generated/models.generated.d.ts")));
      const statements = (path: string) => shape(topLevelStatements(readFileSync(path, "utf8")));
      expect(statements(modulePath)).toEqual(statements(join(baseDir, "generated/models.generated.js")));
    } finally {
      removeDir(baseDir);
    }
  });

  test("bidi controls and invisible characters are written as escapes, never raw, so the source reads as it runs", () => {
    for (const [name, path] of outputs) {
      const source = readFileSync(path, "utf8");
      expect({ name, raw: source.match(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u2028\u2029\uFEFF]/g) }).toEqual({ name, raw: null });
    }
    // The data (api_name, notes) is in the module only; the declarations hold names, IDs and doc comments.
    expect(readFileSync(modulePath, "utf8")).toContain("\\u202E");
  });

  test("the lone surrogate is written as an escape (each file stays valid UTF-8)", () => {
    for (const [name, path] of outputs) {
      const bytes = readFileSync(path);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
      expect({ name, replaced: bytes.toString("utf8").includes("\uFFFD") }).toEqual({ name, replaced: false });
    }
    expect(readFileSync(modulePath, "utf8")).toContain("\\ud800");
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
      '`providers.openai.docs_url` "javascript:alert(1)" is not valid: an http(s) URL',
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
