// Registries that extend a base (test/fixtures/extends/<scenario>/registry.yaml, most on ../base.yaml): what the
// merged registry holds, what its docs say, where each mistake is reported, and that the output depends on the
// data alone.
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { runModelRegistry } from "../helpers/run-cli";
import { dirname, join, relative } from "node:path";
import { parse } from "yaml";
import { yamlWithQuotedDates } from "../helpers/yaml";
import { generate, type GenerateOptions, type GenerateResult } from "../../src/generator/generate";
import { validate } from "../../src/api";
import { loadRegistryChain } from "../../src/generator/input/load-chain";
import type { ModelEntry, ProviderConfig } from "../../src/shared/registry-file";
import { FIXTURES, FIXTURE_AS_OF, assertClean } from "../helpers/generate-fixture";
import { PROJECT_ROOT, compileConsumer, describeMessages, errorsOf, importSpecifier, temporaryDirectory } from "../helpers/typescript";

const EXTENDS = join(FIXTURES, "extends");
const registryOf = (scenario: string) => join(EXTENDS, scenario, "registry.yaml");
const scratch = temporaryDirectory("extends");
afterAll(() => scratch.remove());

interface Generated {
  result: GenerateResult;
  models: Record<string, ModelEntry>;
  providers: Record<string, ProviderConfig>;
  aliases: Record<string, string>;
  markdown: string;
  outDir: string;
}

/** Generates a scenario (with docs) into its own scratch directory and loads the generated module. */
async function generateScenario(scenario: string, options: Partial<GenerateOptions> = {}): Promise<Generated> {
  const out = join(scratch.path, scenario);
  const markdownPath = join(out, "registry.md");
  const result = await generate({
    registryPath: registryOf(scenario),
    outDir: join(out, "generated"),
    cwd: PROJECT_ROOT,
    asOf: FIXTURE_AS_OF,
    docs: { markdownPath, chartPath: join(out, "chart.svg") },
    ...options,
  });
  assertClean(result);
  const module = require(join(out, "generated", "models.generated.js")) as {
    MODELS: Record<string, ModelEntry>;
    PROVIDERS: Record<string, ProviderConfig>;
    MODEL_ALIASES: Record<string, string>;
  };
  return {
    result,
    models: module.MODELS,
    providers: module.PROVIDERS,
    aliases: module.MODEL_ALIASES,
    markdown: readFileSync(markdownPath, "utf8"),
    outDir: join(out, "generated"),
  };
}

/** The table row of `id` in the markdown (its first cell is the ID in backticks). */
function rowOf(markdown: string, id: string): string {
  const row = markdown.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
  if (row === undefined) throw new Error(`no row for ${id}`);
  return row;
}

const BASE_MODELS = ["azure/gpt-4o", "gpt-4", "gpt-4o", "gpt-4o-mini"];

describe("a registry that extends a base is generated as one registry", () => {
  test("add: new providers, models and aliases join the base's; the docs say which file added them", async () => {
    const { models, providers, aliases, markdown } = await generateScenario("add-model");
    expect(Object.keys(models).sort()).toEqual([...BASE_MODELS, "company/ft-support", "gpt-4o-2024-08-06"].sort());
    expect(Object.keys(providers).sort()).toEqual(["azure", "company", "openai"]);
    expect(aliases).toEqual({ gpt4: "gpt-4", support: "company/ft-support" });
    expect(rowOf(markdown, "company/ft-support")).toMatch(/\| added in `(\.\.\/)+[^`]*add-model\/registry\.yaml` \|$/);
    expect(rowOf(markdown, "gpt-4o")).toMatch(/\| – \|$/);
    expect(markdown).toContain("## Extends");
  });

  test("validate mode returns the data it judged, the bases merged in (what audit and refresh then work on)", async () => {
    const result = await generate({ registryPath: registryOf("add-model"), cwd: PROJECT_ROOT, asOf: FIXTURE_AS_OF, mode: "validate" });
    assertClean(result);
    const registry = result.registry as { models: Array<{ id: string }> };
    expect(registry.models.map((model) => model.id).sort()).toEqual([...BASE_MODELS, "company/ft-support", "gpt-4o-2024-08-06"].sort());
  });

  test("override a price: only the fields named change, the rest is the base's; the docs name the fields and the file", async () => {
    const { models, markdown } = await generateScenario("override-price");
    const base = parse(readFileSync(join(EXTENDS, "base.yaml"), "utf8")) as { models: ModelEntry[] };
    const before = base.models.find((model) => model.id === "gpt-4o")!;
    expect(models["gpt-4o"]!.pricing).toEqual({ input: 2, output: 8, cached_input: 1 });
    // Provenance (the override's new notes) stays in the registry file; the module carries the figures.
    const { pricing: _pricing, ...unchanged } = models["gpt-4o"]!;
    const { pricing: _basePricing, notes: _baseNotes, sources: _baseSources, ...baseUnchanged } = before;
    expect(unchanged).toEqual(baseUnchanged);
    const row = rowOf(markdown, "gpt-4o");
    expect(row).toContain("| 2.00 | 8.00 | 1.00 |");
    expect(row).toMatch(/`notes`, `pricing\.cached_input`, `pricing\.input`, `pricing\.output` overridden in `[^`]*override-price\/registry\.yaml` \|$/);
    expect(markdown).toMatch(/override-price\/registry\.yaml`: overrides 1 model\./);
  });

  test("override a provider: a private deployment's base_url; lists replace, the rest is the base's", async () => {
    const { providers, markdown } = await generateScenario("override-base-url");
    expect(providers.azure).toEqual(
      expect.objectContaining({
        base_url: "https://company.openai.azure.com/openai/deployments/{api_name}",
        env: { required: ["AZURE_OPENAI_API_KEY"] },
        auth: { type: "api-key-header", header: "api-key" },
        display_name: "Azure OpenAI",
      }),
    );
    const row = markdown.split("\n").find((line) => line.startsWith("| Azure OpenAI (`azure`) | `https://company"))!;
    expect(row).toMatch(/`base_url`, `env\.required` overridden in `[^`]*override-base-url\/registry\.yaml` \|$/);
  });

  test("a chain: each file builds on the one it extends; later overrides apply over earlier ones", async () => {
    const { models, markdown, result } = await generateScenario("chain");
    expect(models["gpt-4o"]!.pricing).toEqual({ input: 2.25, output: 9, cached_input: 1.25 });
    expect(models["gpt-4o-team"]!.status).toBe("beta");
    expect(rowOf(markdown, "gpt-4o-team")).toMatch(/added in `[^`]*chain\/middle\.yaml`; `status` overridden in `[^`]*chain\/registry\.yaml` \|$/);
    expect(result.inputs).toEqual([
      registryOf("chain"),
      join(EXTENDS, "chain", "middle.yaml"),
      join(EXTENDS, "base.yaml"),
      join(PROJECT_ROOT, "schema", "model_registry.schema.json"),
    ]);
  });

  test("remove: base entries are left out; a removed ID added again replaces the entry whole", async () => {
    const { models, aliases, markdown } = await generateScenario("remove");
    expect(Object.keys(models).sort()).toEqual(["azure/gpt-4o", "gpt-4o", "gpt-4o-mini"]);
    expect(models["gpt-4o-mini"]!.display_name).toBe("GPT-4o mini (restricted)");
    expect(models["gpt-4o-mini"]!.capabilities.input).toEqual(["text"]);
    expect(aliases).toEqual({});
    expect(rowOf(markdown, "gpt-4o-mini")).toMatch(/\| replaced in `[^`]*remove\/registry\.yaml` \|$/);
    expect(markdown).toMatch(/removes 1 model \(`gpt-4`\), 1 alias \(`gpt4`\)\./);
  });

  test("the package specifier @lattice-lock/model-registry is the shipped catalogue (self-reference through package.json exports)", async () => {
    const catalogue = parse(readFileSync(join(PROJECT_ROOT, "models", "model_registry.yaml"), "utf8")) as { models: ModelEntry[] };
    const { models, result, markdown } = await generateScenario("package");
    // One model added; Claude 3.5 Sonnet removed with the OpenRouter route that serves its weights.
    expect(Object.keys(models)).toHaveLength(catalogue.models.length + 1 - 2);
    expect(models["claude-3-5-sonnet"]).toBeUndefined();
    expect(models["gpt-5.4"]!.pricing).toEqual(expect.objectContaining({ input: 2, output: 12 }));
    expect(models["company/ft-support"]!.provider).toBe("company");
    expect(result.inputs.slice(0, 3)).toEqual([registryOf("package"), join(PROJECT_ROOT, "package.json"), join(PROJECT_ROOT, "models", "model_registry.yaml")]);
    // The docs name a package base by its specifier, not by a path into node_modules.
    expect(markdown).toMatch(/package\/registry\.yaml` extends `@lattice-lock\/model-registry`\./);
  });

  test("the generated module of an extending registry type-checks, and knows the added and the base's IDs", async () => {
    const { outDir } = await generateScenario("add-model", { runtime: "bundled" });
    const from = importSpecifier(join(outDir, "models.generated"));
    const messages = compileConsumer(
      scratch.path,
      "extends-consumer.ts",
      `import { getModel, type ModelId } from ${from};
export const added: ModelId = "company/ft-support";
export const inherited: ModelId = "azure/gpt-4o";
export const window: number = getModel("gpt-4o-2024-08-06").context_window;
// @ts-expect-error not a model of the merged registry
export const missing: ModelId = "company/ft-sales";
`,
    );
    expect(describeMessages(errorsOf(messages))).toBe("");
  });

  test("the programmatic validate() judges the merged registry", async () => {
    const valid = await validate({ registryPath: registryOf("override-price"), cwd: PROJECT_ROOT, asOf: FIXTURE_AS_OF });
    expect(valid.ok).toBe(true);
    expect(valid.inputs).toContain(join(EXTENDS, "base.yaml"));
    const invalid = await validate({ registryPath: registryOf("collision"), cwd: PROJECT_ROOT, asOf: FIXTURE_AS_OF });
    expect(invalid.ok).toBe(false);
    expect(invalid.files).toEqual([]);
  });
});

interface Expected {
  code: string;
  /** Relative to test/fixtures/extends. */
  at: string;
  message?: RegExp;
  hint?: RegExp;
  path?: string;
}

const MISTAKES: Array<[scenario: string, registry: string, expected: Expected[]]> = [
  [
    "a new model with a base model's ID, not marked as an override",
    "collision/registry.yaml",
    [
      {
        code: "extends/duplicate-id",
        at: "collision/registry.yaml:6:9",
        message: /"gpt-4o" is already defined by the base, at test\/fixtures\/extends\/base\.yaml:21:9/,
        hint: /overrides\.models/,
      },
    ],
  ],
  [
    "overrides of IDs the base does not have",
    "unknown-override/registry.yaml",
    [
      { code: "extends/unknown-override", at: "unknown-override/registry.yaml:7:11", hint: /did you mean `gpt-4o-mini`/, path: "/overrides/models/0/id" },
      { code: "extends/unknown-override", at: "unknown-override/registry.yaml:10:5", hint: /did you mean `azure`/ },
    ],
  ],
  [
    "a cycle",
    "cycle/a.yaml",
    [
      {
        code: "extends/cycle",
        at: "cycle/c.yaml:2:10",
        message:
          /cycle\/a\.yaml → test\/fixtures\/extends\/cycle\/b\.yaml → test\/fixtures\/extends\/cycle\/c\.yaml → test\/fixtures\/extends\/cycle\/a\.yaml$/,
      },
    ],
  ],
  [
    "a missing base file",
    "missing-base/registry.yaml",
    [{ code: "extends/unreadable", at: "missing-base/registry.yaml:2:10", message: /no-such-base\.yaml: the file does not exist/ }],
  ],
  [
    "a package that is not installed",
    "missing-package/registry.yaml",
    [{ code: "extends/not-found", at: "missing-package/registry.yaml:2:10", hint: /npm install --save-dev @lattice-lock\/no-such-catalogue/ }],
  ],
  ["a base in another format version", "base-version/registry.yaml", [{ code: "extends/base-version", at: "base-version/base.yaml:2:10" }]],
  [
    "an override that removes a required field",
    "override-removes-required/registry.yaml",
    [
      {
        code: "schema/required",
        at: "override-removes-required/registry.yaml:8:23",
        message:
          /^`overrides\.models\[0\]` is missing the required field `context_window` \(for chat models: no `kind`, or `kind: chat`\) \(an override sets it to null/,
      },
    ],
  ],
  [
    "removing a provider the base's models still name",
    "remove-provider-in-use/registry.yaml",
    [
      {
        code: "extends/removed-provider-in-use",
        at: "remove-provider-in-use/registry.yaml:6:15",
        message: /"openai" cannot be removed: the base's models "gpt-4o", "gpt-4o-mini", "gpt-4" still name it/,
        hint: /remove\.models/,
      },
    ],
  ],
  [
    "extension keys written wrong",
    "bad-extension-keys/registry.yaml",
    [
      { code: "schema/required", at: "bad-extension-keys/registry.yaml:7:7", message: /`overrides\.models\[0\]` is missing the required field `id`/ },
      { code: "schema/additionalProperties", at: "bad-extension-keys/registry.yaml:8:3", hint: /did you mean `models`/ },
      { code: "extends/unknown-removal", at: "bad-extension-keys/registry.yaml:11:12", hint: /did you mean `gpt-4`/ },
    ],
  ],
  [
    "overrides in a file that extends nothing",
    "overrides-without-extends/registry.yaml",
    [{ code: "schema/dependencies", at: "overrides-without-extends/registry.yaml:27:1" }],
  ],
  [
    "mistakes in both files, each located in the file its value came from",
    "located/registry.yaml",
    [
      { code: "schema/maximum", at: "located/base.yaml:35:19", message: /^`models\[1\]\.speed_rating` must be <= 10/ },
      {
        code: "schema/type",
        at: "located/registry.yaml:8:23",
        message: /^`overrides\.models\[0\]\.context_window` must be a whole number/,
        path: "/overrides/models/0/context_window",
      },
      { code: "schema/additionalProperties", at: "located/registry.yaml:9:7", message: /in `overrides\.models\[0\]`$/, hint: /did you mean `pricing`/ },
      { code: "rule/output-exceeds-context", at: "located/registry.yaml:11:26" },
      { code: "schema/not", at: "located/registry.yaml:26:5", message: /^`models\[0\]` must not have/ },
    ],
  ],
];

describe.each(MISTAKES)("%s", (_name, registry, expected) => {
  test("is reported at file:line:column of the file the mistake is in, and nothing is generated", async () => {
    const result = await validate({ registryPath: join(EXTENDS, registry), cwd: PROJECT_ROOT, asOf: FIXTURE_AS_OF });
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => `${d.code} ${relative("test/fixtures/extends", d.file)}:${d.line}:${d.column}`)).toEqual(expected.map((e) => `${e.code} ${e.at}`));
    expected.forEach((e, index) => {
      if (e.message) expect(errors[index]!.message).toMatch(e.message);
      if (e.hint) expect(errors[index]!.hint).toMatch(e.hint);
      if (e.path) expect(errors[index]!.path).toBe(e.path);
    });
    expect(result.ok).toBe(false);
  });
});

/** Every mapping's keys and every list of entries (models, overrides) in reverse order, in block style. */
function reversedLayout(text: string): string {
  const reverse = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) {
      const items = value.map((item) => reverse(item));
      return key === "models" ? items.reverse() : items;
    }
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([childKey, child]) => [childKey, reverse(child, childKey)]),
    );
  };
  return yamlWithQuotedDates(reverse(parse(text)), { collectionStyle: "block" });
}

/** Copies the chain scenario (registry.yaml → middle.yaml → ../base.yaml) under `root`, each file passed through `layout`. */
function chainCopy(root: string, layout: (text: string) => string): string {
  for (const file of ["base.yaml", "chain/middle.yaml", "chain/registry.yaml"]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), layout(readFileSync(join(EXTENDS, file), "utf8")));
  }
  return join(root, "chain", "registry.yaml");
}

test("determinism: the same data in any key and entry order, in every file of the chain, gives the same bytes", async () => {
  const outputs = await Promise.all(
    [["as-written", (text: string) => text] as const, ["reversed", reversedLayout] as const].map(async ([name, layout]) => {
      const root = join(scratch.path, `determinism-${name}`);
      const registryPath = chainCopy(root, layout);
      const result = await generate({
        registryPath,
        outDir: join(root, "out"),
        cwd: root,
        asOf: FIXTURE_AS_OF,
        docs: { markdownPath: join(root, "out", "registry.md"), chartPath: join(root, "out", "chart.svg") },
      });
      assertClean(result);
      return Object.fromEntries(
        readdirSync(join(root, "out"))
          .sort()
          .map((file) => [file, readFileSync(join(root, "out", file), "utf8")]),
      );
    }),
  );
  expect(readFileSync(join(scratch.path, "determinism-reversed", "chain", "middle.yaml"), "utf8")).not.toBe(
    readFileSync(join(EXTENDS, "chain", "middle.yaml"), "utf8"),
  );
  expect(Object.keys(outputs[0]!)).toEqual([
    "chart.svg",
    "model-registry-runtime.d.ts",
    "model-registry-runtime.js",
    "models.generated.azure.d.ts",
    "models.generated.azure.js",
    "models.generated.d.ts",
    "models.generated.js",
    "models.generated.openai.d.ts",
    "models.generated.openai.js",
    "registry.md",
  ]);
  expect(outputs[1]).toEqual(outputs[0]);
});

test("the generated module of a chain is byte-for-byte that of the merged registry written out as one file", async () => {
  const generateModule = async (root: string, registryPath: string) => {
    assertClean(await generate({ registryPath, outDir: join(root, "out"), cwd: root, asOf: FIXTURE_AS_OF }));
    return ["models.generated.d.ts", "models.generated.js"].map((file) => readFileSync(join(root, "out", file), "utf8"));
  };
  const chainRoot = join(scratch.path, "flat-chain");
  const chained = await generateModule(
    chainRoot,
    chainCopy(chainRoot, (text) => text),
  );
  const flatRoot = join(scratch.path, "flat-one-file");
  const merged = loadRegistryChain(registryOf("chain")).source!.data;
  mkdirSync(join(flatRoot, "chain"), { recursive: true });
  writeFileSync(join(flatRoot, "chain", "registry.yaml"), yamlWithQuotedDates(merged));
  expect(await generateModule(flatRoot, join(flatRoot, "chain", "registry.yaml"))).toEqual(chained);
});

test("check mode reads the bases too: an edit to a base makes the generated output stale", async () => {
  const root = join(scratch.path, "check");
  cpSync(EXTENDS, root, { recursive: true });
  const options: GenerateOptions = { registryPath: join(root, "override-price", "registry.yaml"), outDir: join(root, "out"), cwd: root, asOf: FIXTURE_AS_OF };
  assertClean(await generate(options));
  expect((await generate({ ...options, mode: "check" })).stale).toEqual([]);
  const base = join(root, "base.yaml");
  writeFileSync(base, readFileSync(base, "utf8").replace("display_name: GPT-4o mini", "display_name: GPT-4o mini (renamed)"));
  const check = await generate({ ...options, mode: "check" });
  expect(check.stale.map((file) => file.path).sort()).toEqual(["out/models.generated.d.ts", "out/models.generated.js"]);
});

test("the schema describes extends, overrides and remove, with a description on every property", () => {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, "schema", "model_registry.schema.json"), "utf8")) as { properties: Record<string, unknown> };
  const undescribed: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      if (key !== "properties") {
        walk(child, `${path}/${key}`);
        continue;
      }
      for (const [name, property] of Object.entries(child as Record<string, { description?: string }>)) {
        if (property.description === undefined) undescribed.push(`${path}/properties/${name}`);
        walk(property, `${path}/properties/${name}`);
      }
    }
  };
  for (const key of ["extends", "overrides", "remove"]) {
    expect(schema.properties).toHaveProperty(key);
    walk({ properties: { [key]: schema.properties[key] } }, "");
  }
  expect(undescribed).toEqual([]);
});

test("file names in the docs are escaped: a hostile directory name cannot break the table or open HTML", async () => {
  const root = join(scratch.path, "hostile");
  const directory = join(root, "we|ird `name` <!-- *x*");
  mkdirSync(directory, { recursive: true });
  cpSync(join(EXTENDS, "base.yaml"), join(root, "base.yaml"));
  cpSync(registryOf("override-price"), join(directory, "registry.yaml"));
  const markdownPath = join(root, "registry.md");
  assertClean(
    await generate({
      registryPath: join(directory, "registry.yaml"),
      outDir: join(root, "out"),
      cwd: root,
      asOf: FIXTURE_AS_OF,
      docs: { markdownPath, chartPath: join(root, "chart.svg") },
    }),
  );
  const markdown = readFileSync(markdownPath, "utf8");
  const lines = markdown.split("\n");
  const cells = (line: string) => line.split(/(?<!\\)\|/).length;
  const row = rowOf(markdown, "gpt-4o");
  const header = lines
    .slice(0, lines.indexOf(row))
    .reverse()
    .find((line) => line.startsWith("| ID |"))!;
  expect(header).toMatch(/^\| ID \|.*\| Change \|$/);
  expect(cells(row)).toBe(cells(header));
  expect(row).not.toContain("<!--");
  expect(row).toContain("we\\|ird \\`name\\` &lt;!-- \\*x\\*/registry.yaml");
});

describe("a base that is not a registry is rejected at the `extends` line, its content never shown", () => {
  const SCENARIOS = join(EXTENDS, "not-a-registry");
  const SECRET = /ghp_fixture_secret/;
  const validateCli = (registry: string, cwd = SCENARIOS) =>
    runModelRegistry(["validate", "--registry", registry], { cwd, env: { NO_COLOR: "1", CI_TOKEN: "ghp_fixture_secret_env" } });

  test.each([
    ["a .env file", "env/registry.yaml", "its top level is a string, not a mapping"],
    ["a YAML mapping without version", "mapping/registry.yaml", "it is a mapping without `version`"],
    ["a file that does not parse as YAML", "broken/registry.yaml", "it does not parse as YAML (yaml/"],
    ["/proc/self/environ", "proc/registry.yaml", "is not a YAML registry"],
  ])("%s", async (_name, registry, reason) => {
    const run = await validateCli(registry);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${registry}:3:10 - error extends/not-a-registry`);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).not.toMatch(SECRET);
    expect(run.stderr).not.toMatch(new RegExp(process.env.PATH!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  test("a package whose registry is a symlink to a secrets file", async () => {
    const dir = scratch.path + "/symlinked-package";
    mkdirSync(join(dir, "node_modules/evil/models"), { recursive: true });
    writeFileSync(join(dir, "node_modules/evil/package.json"), '{ "name": "evil" }\n');
    symlinkSync(join(SCENARIOS, "env/secrets.env"), join(dir, "node_modules/evil/models/model_registry.yaml"));
    writeFileSync(join(dir, "registry.yaml"), "version: 2\nextends: evil\nproviders: {}\nmodels: []\n");
    const run = await validateCli("registry.yaml", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("extends/not-a-registry");
    expect(run.stderr).not.toMatch(SECRET);
  });

  test("a registry named on the command line that is not a mapping: no code frame, no value quoted", async () => {
    const run = await validateCli("env/secrets.env");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the registry must be a mapping, got a string");
    expect(run.stderr).not.toMatch(SECRET);
  });
});
