// The compile-time guarantees again, on a small registry of our own (test/fixtures/valid/minimal:
// providers acme and local-lab; acme-large, deprecated acme-small → acme-large, lab/tiny:7b; alias
// acme-legacy → acme-large), generated into a temporary directory. Independent of the shipped data.
import { join } from "node:path";
import { FIXTURES, generateInto } from "../helpers/generate-fixture";
import {
  ConsumerLanguageService,
  compileConsumer,
  describeMessages,
  errorsOf,
  importSpecifier,
  temporaryDirectory,
  writeConsumer,
} from "../helpers/typescript";

const scratch = temporaryDirectory("minimal-registry");
let from = "";

beforeAll(async () => {
  from = importSpecifier(await generateInto(join(FIXTURES, "valid", "minimal", "model_registry.yaml"), join(scratch.path, "generated")));
});
afterAll(() => scratch.remove());

test("a consumer of every export compiles with zero diagnostics", () => {
  const messages = compileConsumer(
    scratch.path,
    "valid.ts",
    `import {
  MODELS, MODEL_ALIASES, MODEL_IDS, Models, PROVIDERS, PROVIDER_IDS,
  type AcmeModelId, type ActiveModelId, type DeprecatedModelId, type LocalLabModelId, type ModelAlias,
  type ModelEntry, type ModelId, type ModelIdByProvider, type ModelStatus, type ProviderConfig, type ProviderId,
} from ${from};

export const acme: AcmeModelId[] = ["acme-large", "acme-small"];
export const lab: LocalLabModelId = Models.LAB_TINY_7B;
export const byProvider: ModelIdByProvider["local-lab"] = "lab/tiny:7b";
export const active: ActiveModelId[] = [Models.ACME_LARGE, "lab/tiny:7b"];
export const deprecated: DeprecatedModelId = "acme-small";
export const alias: ModelAlias = "acme-legacy";
export const aliasTarget: "acme-large" = MODEL_ALIASES["acme-legacy"];
export const replacement: string = MODELS["acme-small"].replaced_by;
export const status: ModelStatus = MODELS["lab/tiny:7b"].status;
export const local: boolean | undefined = PROVIDERS["local-lab"].local;
export const ids: readonly ModelId[] = MODEL_IDS;
export const providers: readonly ProviderId[] = PROVIDER_IDS;
export function accepts(entry: ModelEntry, provider: ProviderConfig): string {
  return entry.id + provider.display_name;
}
`,
  );
  expect(describeMessages(messages)).toBe("");
});

test("IDs outside the registry, and the wrong provider's or lifecycle's IDs, fail with the literal named", () => {
  const found = errorsOf(
    compileConsumer(
      scratch.path,
      "invalid.ts",
      `import { Models, type ActiveModelId, type LocalLabModelId, type ModelAlias, type ModelId } from ${from};
export const misspelt: ModelId = "acme-lrage";
export const shipped: ModelId = "gpt-4o";
export const wrongProvider: LocalLabModelId = "acme-large";
export const deprecatedAsActive: ActiveModelId = "acme-small";
export const aliasIsNotAnId: ModelId = "acme-legacy";
export const idIsNotAnAlias: ModelAlias = "acme-large";
export const missingConstant = Models.ACME_MEDIUM;
`,
    ),
  );
  expect(found.map((m) => m.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  const named = ['"acme-lrage"', '"gpt-4o"', '"acme-large"', '"acme-small"', '"acme-legacy"', '"acme-large"', "'ACME_MEDIUM'"];
  found.forEach((message, index) => expect(message.text).toContain(named[index]));
});

test("the deprecated model is struck through (TS6385) and its hover names the replacement", () => {
  const consumer = writeConsumer(
    scratch.path,
    "deprecated.ts",
    `import { MODELS, Models } from ${from};
export const constant = Models.ACME_SMALL;
export const entry = MODELS["acme-small"];
export const fine = [Models.ACME_LARGE, MODELS["lab/tiny:7b"]];
`,
  );
  const service = new ConsumerLanguageService([consumer]);
  expect(describeMessages(service.errors(consumer))).toBe("");
  expect(service.suggestionSpans(consumer, 6385)).toEqual(["ACME_SMALL", '"acme-small"']);
  expect(service.hover(consumer, "Models.ACME_SMALL").tags).toEqual([
    { name: "deprecated", text: "Use Models.ACME_LARGE instead (deprecated 2026-01-15, shuts down 2026-12-31)." },
  ]);
  expect(service.hover(consumer, 'MODELS["acme-small"]').tags).toEqual([
    { name: "deprecated", text: 'Use "acme-large" instead (deprecated 2026-01-15, shuts down 2026-12-31).' },
  ]);
});
