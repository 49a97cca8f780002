/**
 * The runtime API checks its arguments at the boundary (for JavaScript callers and untyped config) and
 * throws its own InvalidArgumentError, never a bare TypeError and never a silent wrong answer; options
 * are read as own properties, so prototype pollution cannot change a default.
 */
import {
  availableModels,
  checkProviderEnv,
  estimateCost,
  InvalidArgumentError,
  listModels,
  ModelRegistryError,
  resolveBaseUrl,
  resolveModel,
  selectModels,
} from "../../src/index";

// biome-ignore lint/suspicious/noExplicitAny: these calls bypass the types on purpose, as JavaScript callers do
const untyped = (value: unknown): any => value;

describe.each<[string, () => unknown, RegExp]>([
  [
    "selectModels({ requireVision: 'yes' })",
    () => selectModels(untyped({ requireVision: "yes" })),
    /requirements\.requireVision must be true or false, got "yes"/,
  ],
  [
    "selectModels({ requireFunctions: 1 })",
    () => selectModels(untyped({ requireFunctions: 1 })),
    /requirements\.requireFunctions must be true or false, got 1/,
  ],
  ["selectModels({ allowExperimental: 'false' })", () => selectModels(untyped({ allowExperimental: "false" })), /allowExperimental must be true or false/],
  ["selectModels({ minContext: NaN })", () => selectModels({ minContext: NaN }), /minContext must be a number >= 0, got NaN/],
  ["selectModels({ minContext: '100000' })", () => selectModels(untyped({ minContext: "100000" })), /minContext must be a number >= 0, got "100000"/],
  ["selectModels(null)", () => selectModels(untyped(null)), /requirements must be an object or undefined, got null/],
  ["selectModels({ env: null })", () => selectModels(untyped({ env: null })), /requirements\.env must be an environment object/],
  ["listModels({ minContext: NaN })", () => listModels({ minContext: NaN }), /filter\.minContext must be a finite number >= 0, got NaN/],
  [
    "listModels({ minContext: '100000' })",
    () => listModels(untyped({ minContext: "100000" })),
    /filter\.minContext must be a finite number >= 0, got "100000"/,
  ],
  ["listModels({ vision: 'yes' })", () => listModels(untyped({ vision: "yes" })), /filter\.vision must be true or false/],
  ["listModels({ providers: 42 })", () => listModels(untyped({ providers: 42 })), /filter\.providers must be a string or an array of strings/],
  ["listModels(null)", () => listModels(untyped(null)), /filter must be an object or undefined, got null/],
  [
    "estimateCost(id) without usage",
    () => untyped(estimateCost)("gpt-4o"),
    /usage must be an object \(the registry's TokenUsage or an SDK's usage\), got undefined/,
  ],
  [
    "estimateCost(id, { inputTokens: '5' })",
    () => estimateCost("gpt-4o", untyped({ inputTokens: "5", outputTokens: 0 })),
    /inputTokens must be a non-negative integer, got the string "5"/,
  ],
  ["checkProviderEnv(null)", () => checkProviderEnv(untyped(null)), /env must be an environment object such as process\.env, got null/],
  ["availableModels(null)", () => availableModels(untyped(null)), /env must be an environment object/],
  ["resolveBaseUrl('openai', null)", () => resolveBaseUrl("openai", untyped(null)), /env must be an environment object/],
  ["resolveModel(id, null)", () => resolveModel("gpt-4o", untyped(null)), /options must be an object or undefined, got null/],
  ["resolveModel(id, { strict: 'yes' })", () => resolveModel("gpt-4o", untyped({ strict: "yes" })), /options\.strict must be true or false/],
])("%s", (_name, call, message) => {
  test("throws InvalidArgumentError (a ModelRegistryError) with a message naming the argument", () => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArgumentError);
    expect(thrown).toBeInstanceOf(ModelRegistryError);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe("options are read as own properties only", () => {
  const polluted = ["strict", "requireVision", "minContext", "vision", "inputTokens"] as const;
  afterEach(() => {
    for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
  });

  test("a polluted Object.prototype changes no default of resolveModel, selectModels or listModels", () => {
    const warnings: string[] = [];
    const before = { selected: selectModels().candidates.length, listed: listModels({}).length };
    Object.assign(Object.prototype, { strict: true, requireVision: true, minContext: 10_000_000, vision: false });
    expect(() => resolveModel("gemini-2.0-pro", { warn: (notice) => warnings.push(notice.message) })).not.toThrow();
    expect(selectModels({}).candidates.length).toBe(before.selected);
    expect(listModels({}).length).toBe(before.listed);
  });
});
