/**
 * Generated identifiers: every per-provider union name is checked against the names the module
 * declares anyway, and the reserved list is checked against what the emitter really declares, so a
 * new generated name cannot silently reopen the collision (the fixtures provider-id-active,
 * provider-id-deprecated and provider-type-name-collision cover the located errors).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../src/generator/generate";
import { duplicateDeclarations, providerDeclaredNames, RESERVED_IDENTIFIERS } from "../../src/generator/validate/identifiers";
import { parse } from "yaml";
import { SHIPPED_OPTIONS } from "../helpers/generate-fixture";
import { generateIn, makeTempDir, removeDir, REPO_ROOT } from "./helpers";

const TOP_LEVEL = /^(?:export\s+)?(?:declare\s+)?(?:const|let|var|type|interface|function|class|enum)\s+([A-Za-z_$][\w$]*)/gm;

test("the reserved names are exactly the module's declarations other than the per-provider unions", async () => {
  const registryPath = join(REPO_ROOT, "models/model_registry.yaml");
  // The declaration file and the TypeScript module (which also declares its registry handle) together.
  const languages = await Promise.all(
    (["js", "ts"] as const).map((language) => generate({ cwd: REPO_ROOT, registryPath, mode: "check", ...SHIPPED_OPTIONS, language })),
  );
  const declarations = languages.map((result) => result.files[0]!.contents).join("\n");
  const reexported = [...declarations.matchAll(/^export (?:type )?\{([^}]*)\} from/gm)].flatMap((m) =>
    m[1]!
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
  );
  const declared = new Set([...[...declarations.matchAll(TOP_LEVEL)].map((m) => m[1]!), ...reexported]);
  const providers = (parse(readFileSync(registryPath, "utf8")) as { providers: Record<string, { display_name: string }> }).providers;
  for (const [id, config] of Object.entries(providers)) for (const name of providerDeclaredNames(id, config.display_name)) declared.delete(name);
  expect([...declared].sort()).toEqual(Object.keys(RESERVED_IDENTIFIERS).sort());
});

test.each(["active", "deprecated"])("a provider named %s: exit-1 error before anything is written, also in validate mode", async (provider) => {
  const dir = makeTempDir();
  try {
    const registry = readFileSync(join(REPO_ROOT, `test/fixtures/invalid/provider-id-${provider}/registry.yaml`));
    for (const mode of ["write", "validate", "check"] as const) {
      const result = await generateIn(dir, registry, { mode });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => d.code)).toEqual(["rule/reserved-identifier"]);
      expect(result.written).toEqual([]);
    }
  } finally {
    removeDir(dir);
  }
});

test("two providers producing one type name: the error gives both lines", async () => {
  const dir = makeTempDir();
  try {
    const result = await generateIn(dir, readFileSync(join(REPO_ROOT, "test/fixtures/invalid/provider-type-name-collision/registry.yaml")));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toMatch(/^providers "openai" \(line 4\) and "open-ai" \(line \d+\) both produce the type name OpenAIModelId/);
  } finally {
    removeDir(dir);
  }
});

test("duplicateDeclarations finds names declared twice at top level, whatever the keyword", () => {
  const text =
    "export type ActiveModelId = 'a';\nexport type ActiveModelId = 'b';\nexport const X = 1;\nfunction deepFreeze() {}\nconst deepFreeze = 2;\n  type Inner = 1;\n  type Inner = 2;\n";
  expect(duplicateDeclarations(text)).toEqual(["ActiveModelId", "deepFreeze"]);
});
