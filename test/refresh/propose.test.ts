import { planRefresh, type Proposal } from "../../src/refresh/propose";
import type { RegistryModel, SourceModel } from "../../src/audit/types";
import { registryEntry, testSource } from "./sources";

const AS_OF = "2026-12-06";
const model = registryEntry;
const listed = (fields: Partial<SourceModel> = {}): SourceModel => ({ provider: "openai", id: "gpt-x", key: "gpt-x", chat: true, ...fields });
const summary = (proposals: readonly Proposal[]) => proposals.map((p) => `${p.kind} ${p.model} ${p.field} ${JSON.stringify(p.old)}→${JSON.stringify(p.new)}`);

describe("planRefresh: who settles a figure", () => {
  it.each<[string, Parameters<typeof testSource>[], Partial<RegistryModel>, string[]]>([
    [
      "a first-party source alone → update",
      [["sdk", [listed({ max_output_tokens: 64000 })], { firstPartyFor: ["openai"] }]],
      {},
      ["update gpt-x max_output_tokens 128000→64000"],
    ],
    [
      "two sources agreeing → update",
      [
        ["a", [listed({ context_window: 1050000 })]],
        ["b", [listed({ context_window: 1050000 })]],
      ],
      {},
      ["update gpt-x context_window 400000→1050000"],
    ],
    ["one third-party source → listed, not applied", [["a", [listed({ context_window: 1050000 })]]], {}, ["disagreement gpt-x context_window 400000→1050000"]],
    [
      "two sources that disagree → listed",
      [
        ["a", [listed({ context_window: 1050000 })]],
        ["b", [listed({ context_window: 1000000 })]],
      ],
      {},
      ["disagreement gpt-x context_window 400000→1050000"],
    ],
    [
      "a source states the registry's value → listed",
      [
        ["a", [listed({ context_window: 1050000 })]],
        ["b", [listed({ context_window: 1050000 })]],
        ["c", [listed({ context_window: 400000 })]],
      ],
      {},
      ["disagreement gpt-x context_window 400000→1050000"],
    ],
    [
      "a first-party lifecycle date → update",
      [["sdk", [listed({ shutdown_date: "2027-01-14" })], { firstPartyFor: ["openai"] }]],
      {},
      ['update gpt-x shutdown_date null→"2027-01-14"'],
    ],
    [
      "lifecycle dates from third parties only → listed",
      [
        ["a", [listed({ shutdown_date: "2027-01-14" })]],
        ["b", [listed({ shutdown_date: "2027-01-14" })]],
      ],
      {},
      ['disagreement gpt-x shutdown_date null→"2027-01-14"'],
    ],
    [
      "a passed shutdown of a live model → a person sets status and replacement",
      [["sdk", [listed({ shutdown_date: "2026-12-02" })], { firstPartyFor: ["openai"] }]],
      {},
      ['review gpt-x shutdown_date null→"2026-12-02"', 'review gpt-x status "production"→"shut down 2026-12-02"'],
    ],
    [
      "a first-party deprecation date on a live model → a person deprecates it",
      [["sdk", [listed({ deprecation_date: "2026-11-01" })], { firstPartyFor: ["openai"] }]],
      {},
      ['review gpt-x deprecation_date null→"2026-11-01"', 'review gpt-x status "production"→"deprecated 2026-11-01"'],
    ],
    [
      "notes that name the field and the value keep it quiet",
      [["a", [listed({ context_window: 1050000 })]]],
      { notes: "a lists a context window of 1,050,000; the provider's page says 400K." },
      [],
    ],
    [
      "notes that name only the group do not",
      [["a", [listed({ context_window: 1050000 })]]],
      { notes: "a has other limits." },
      ["disagreement gpt-x context_window 400000→1050000"],
    ],
  ])("%s", (_title, sources, overrides, expected) => {
    const plan = planRefresh(
      [model(overrides)],
      sources.map((args) => testSource(...args)),
      AS_OF,
    );
    expect(summary(plan.proposals)).toEqual(expected);
  });
});

test("a price update from a first-party source starts on the day the source's dated price starts", () => {
  const sdk = testSource("prices", [listed({ pricing: { input: 4, output: 20, periods: [{ from: "2026-12-01", input: 5, output: 30 }] } })], {
    firstPartyFor: ["openai"],
  });
  const plan = planRefresh([model()], [sdk], AS_OF);
  expect(plan.proposals.map((p) => [p.kind, p.field, p.old, p.new, p.changeDate])).toEqual([
    ["update", "pricing.input", 4, 5, "2026-12-01"],
    ["update", "pricing.output", 20, 30, "2026-12-01"],
  ]);
});

test("a new model: listed by a first-party source, or by two sources; with the figures they agree on", () => {
  const sdk = testSource("sdk", [listed(), listed({ id: "gpt-new", key: "gpt-new" })], { firstPartyFor: ["openai"] });
  const a = testSource("a", [listed({ id: "gpt-two", key: "gpt-two", context_window: 200000, release_date: "2026-11-01" })]);
  const b = testSource("b", [listed({ id: "gpt-two", key: "gpt-two", context_window: 200000, release_date: "2026-11-02" })]);
  const c = testSource("c", [listed({ id: "gpt-one", key: "gpt-one" })]);
  const gone = testSource("d", [listed({ id: "gpt-old", key: "gpt-old", shutdown_date: "2026-01-01" })], { firstPartyFor: ["openai"] });
  const additions = planRefresh([model()], [sdk, a, b, c, gone], AS_OF).proposals.filter((p) => p.kind === "addition");
  expect(additions.map((p) => [p.model, p.figures])).toEqual([
    ["gpt-new", {}],
    ["gpt-two", { context_window: 200000 }],
  ]);
});

test("a new Bedrock model is read from the list's row under its own ID, not from a region's row listed before it", () => {
  const row = (id: string, input: number): SourceModel => ({ provider: "bedrock", id, key: id, chat: true, pricing: { input, output: input * 2 } });
  const litellm = testSource("litellm", [row("ap-south-1/meta.llama-x-v1:0", 0.36), row("meta.llama-x-v1:0", 0.3)]);
  const prices = testSource("prices", [row("meta.llama-x-v1:0", 0.3)]);
  const [addition] = planRefresh([model({ id: "nova-x", provider: "bedrock" })], [litellm, prices], AS_OF).proposals.filter((p) => p.kind === "addition");
  expect([addition?.model, addition?.figures?.["pricing.input"], addition?.figures?.["pricing.output"]]).toEqual(["meta.llama-x-v1:0", 0.3, 0.6]);
});

test("a model missing from a provider's own list is reported, never proposed as a deprecation", () => {
  const api = testSource("openai-api", [listed({ id: "gpt-other", key: "gpt-other" })], { firstPartyFor: ["openai"], complete: true });
  const proposals = planRefresh([model()], [api], AS_OF).proposals.filter((p) => p.kind !== "addition");
  expect(summary(proposals)).toEqual(["absent gpt-x (listed) true→false"]);
});
