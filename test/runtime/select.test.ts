import fc from "fast-check";
import {
  blendedCostPer1M,
  InvalidArgumentError,
  MODEL_IDS,
  MODELS,
  PRIORITY_WEIGHTS,
  PROVIDERS,
  QUALITY_WEIGHTS,
  selectModels,
  TASK_QUALITY_FLOORS,
  BEST_QUALITY_DISTANCE,
  type ChatModelId,
  type TaskPriority,
  type TaskRequirements,
  type TaskType,
} from "../../src/index";
import { createRegistryApi } from "../../src/runtime/api";
import { smallRegistryApi, smallRegistryData } from "./small-registry";

const summary = (result: ReturnType<ReturnType<typeof smallRegistryApi>["selectModels"]>) => ({
  ranked: result.candidates.map((c) => [c.id, c.score]),
  excluded: result.excluded.map((e) => [e.id, e.reasons.map((r) => r.code)]),
});

describe("selectModels on the small registry (scores computed by hand)", () => {
  test("defaults: general task, balanced priority, 4000-token context, no experimental, no deprecated", () => {
    // balanced: 0.4 quality + 0.3 cost + 0.3 speed; general: quality = (coding + reasoning) / 2; cost = 1 / (1 + blended / $1)
    // beta-model: 0.4 × 0.7 + 0.3 × 1 + 0.3 × 1 = 0.88
    // alpha: blended (3 × 1 + 2) / 4 = 1.25 → cost 1 / 2.25; 0.4 × 0.7 + 0.3 × 0.444444 + 0.3 × 0.5 = 0.563333
    // twins: quality 0.6, below the general task's floor of 0.62 (TASK_QUALITY_FLOORS) under balanced
    const result = smallRegistryApi().selectModels();
    expect(summary(result)).toEqual({
      ranked: [
        ["beta-model", 0.88],
        ["alpha", 0.563333],
      ],
      excluded: [
        ["constructor", ["context-too-small", "below-task-floor"]],
        ["exp-model", ["experimental-not-allowed"]],
        ["gone-model", ["deprecated", "below-task-floor"]],
        ["old-model", ["deprecated", "below-task-floor"]],
        ["twin-a", ["below-task-floor"]],
        ["twin-b", ["below-task-floor"]],
      ],
    });
    expect(result.excluded.find((e) => e.id === "twin-a")!.reasons[0]!.message).toBe("quality 0.6 for general < floor 0.62");
    expect(result.explanation).toBe(
      "beta-model ranks first for general/balanced with score 0.88 (0.4 × quality 0.7 + 0.3 × cost 1 + 0.3 × speed 1), 0.316667 ahead of alpha, its scores resting on benchmarks (coding: 1 result, reasoning: 1 result) (measured models ranked first); 2 qualified, 6 excluded.",
    );
    const alpha = result.candidates[1]!;
    expect(alpha.breakdown).toEqual({ quality: 0.7, cost: 0.444444, speed: 0.5 });
    expect(alpha.blendedCostPer1M).toBe(1.25);
    expect(alpha.flags).toEqual([]);
    expect(result.candidates[0]!.flags).toEqual(["beta"]);
    expect(result.candidates[0]!.model.id).toBe("beta-model");
  });

  test("an unrated model (no scores) is left out with its reason; a model without a speed rating scores speed 0", () => {
    const data = JSON.parse(JSON.stringify(smallRegistryData()));
    delete data.models.alpha.scores;
    delete data.models["beta-model"].speed_rating;
    const result = createRegistryApi(data).selectModels({ priority: "cost" });
    const alpha = result.excluded.find((e) => e.id === "alpha")!;
    expect(alpha.reasons.map((r) => r.code)).toEqual(["unrated"]);
    expect(alpha.reasons[0]!.message).toMatch(/^unrated: no published benchmark result and no tier score/);
    expect(result.candidates.map((c) => c.id)).not.toContain("alpha");
    expect(result.candidates.find((c) => c.id === "beta-model")!.breakdown.speed).toBe(0);
  });

  test("cost priority on a coding task with experimental models allowed", () => {
    // cost: 0.2 quality + 0.7 cost + 0.1 speed; code_generation: quality = 0.7 coding + 0.3 reasoning
    // beta-model 0.2 × 0.62 + 0.7 + 0.1 = 0.924; exp-model 0.2 × 0.8 + 0.7 + 0.1 × 0.2 = 0.88
    // alpha 0.2 × 0.78 + 0.7 × 0.444444 + 0.1 × 0.5 = 0.517111; twins 0.2 × 0.6 + 0.7 × 0.285714 + 0.1 × 0.4 = 0.36
    const result = smallRegistryApi().selectModels({ taskType: "code_generation", priority: "cost", allowExperimental: true });
    expect(summary(result).ranked).toEqual([
      ["beta-model", 0.924],
      ["exp-model", 0.88],
      ["alpha", 0.517111],
      ["twin-a", 0.36],
      ["twin-b", 0.36],
    ]);
    expect(result.candidates[1]!.flags).toEqual(["experimental"]);
  });

  test("quality and speed priorities reorder the same candidates", () => {
    const api = smallRegistryApi();
    // quality: 0.7 q + 0.15 c + 0.15 s; reasoning task: 0.3 coding + 0.7 reasoning
    // beta-model 0.7 × 0.78 + 0.15 + 0.15 = 0.846; alpha 0.7 × 0.62 + 0.15 × 0.444444 + 0.15 × 0.5 = 0.575667
    // alpha's quality 0.62 is more than 0.05 (BEST_QUALITY_DISTANCE.quality) below beta-model's 0.78: left out
    const quality = api.selectModels({ taskType: "reasoning", priority: "quality", minQuality: 0 });
    expect(summary(quality).ranked).toEqual([["beta-model", 0.846]]);
    expect(quality.excluded.find((e) => e.id === "alpha")!.reasons).toEqual([
      { code: "far-below-best", message: "quality 0.62 is more than 0.05 below the best candidate's 0.78 (beta-model) for quality" },
    ]);
    // speed: 0.2 q + 0.1 c + 0.7 s; twins 0.2 × 0.6 + 0.1 × 0.285714 + 0.7 × 0.4 = 0.428571
    expect(summary(api.selectModels({ priority: "speed" })).ranked.slice(2)).toEqual([
      ["twin-a", 0.428571],
      ["twin-b", 0.428571],
    ]);
  });

  test("lists every reason a model is left out", () => {
    const result = smallRegistryApi().selectModels({
      minContext: 10_000,
      maxBlendedCost: 1,
      minReasoning: 0.8,
      minCoding: 0.8,
      requireVision: true,
      requireFunctions: true,
      env: {},
    });
    expect(result.candidates).toEqual([]);
    const reasons = Object.fromEntries(result.excluded.map((e) => [e.id, e.reasons]));
    expect(reasons["alpha"]).toEqual([
      { code: "provider-not-configured", message: 'provider "acme" is not configured: missing ACME_API_KEY' },
      { code: "context-too-small", message: "context window 8000 tokens < required 10000" },
      { code: "too-expensive", message: "blended cost $1.25 per 1M tokens > maximum $1" },
      { code: "reasoning-too-low", message: "reasoning score 0.5 < required 0.8" },
    ]);
    expect(reasons["exp-model"]!.map((r) => r.code)).toEqual(["experimental-not-allowed", "no-vision", "no-function-calling"]);
    expect(reasons["beta-model"]!.map((r) => r.code)).toEqual(["provider-not-configured", "coding-too-low", "no-vision"]);
    expect(reasons["old-model"]![0]).toEqual({ code: "deprecated", message: 'deprecated, never selected automatically; use "alpha"' });
    expect(reasons["twin-a"]![0]!.message).toBe('provider "cloud" is not configured: missing CLOUD_KEY | CLOUD_TOKEN and CLOUD_ENDPOINT');
  });

  test("provider readiness: a configured provider's models come back, the local one needs no key", () => {
    const api = smallRegistryApi();
    expect(summary(api.selectModels({ env: { ACME_API_KEY: "k" }, allowExperimental: true })).ranked.map(([id]) => id)).toEqual([
      "beta-model",
      "exp-model",
      "alpha",
    ]);
  });

  test("minContext defaults to 4000 and the bound is inclusive", () => {
    const api = smallRegistryApi();
    expect(api.selectModels().excluded.map((e) => e.id)).toContain("constructor");
    expect(api.selectModels({ minContext: 2000, minQuality: 0 }).candidates.map((c) => c.id)).toContain("constructor");
    expect(api.selectModels({ minContext: 8000 }).candidates.map((c) => c.id)).toContain("alpha");
    expect(api.selectModels({ minContext: 8001 }).candidates.map((c) => c.id)).not.toContain("alpha");
    expect(api.selectModels({ maxBlendedCost: 1.25 }).candidates.map((c) => c.id)).toContain("alpha");
  });

  test("the task's floor applies to balanced and quality, not to cost and speed; minQuality overrides it", () => {
    const api = smallRegistryApi();
    const ids = (requirements: TaskRequirements) => api.selectModels(requirements).candidates.map((c) => c.id);
    expect(ids({ priority: "quality" })).not.toContain("twin-a");
    expect(ids({ priority: "cost" })).toContain("twin-a");
    expect(ids({ priority: "speed" })).toContain("twin-a");
    expect(ids({ minQuality: 0.6 })).toContain("twin-a");
    expect(ids({ minQuality: 0.71 })).toEqual([]);
    expect(api.selectModels({ minQuality: 0.71 }).explanation).toBe(
      "No model qualifies for general/balanced: all 8 were excluded (see excluded for each reason).",
    );
  });

  test("ties are broken by ID, whatever order the registry lists its models in", () => {
    const data = smallRegistryData();
    const reversed = Object.fromEntries(Object.entries(data.models).reverse());
    const api = createRegistryApi({ ...data, models: reversed });
    expect(summary(api.selectModels())).toEqual(summary(smallRegistryApi().selectModels()));
  });

  test.each([
    [{ minReasoning: 85 }, "minReasoning must be between 0 and 1, got 85 (registry scores are 0..1: divide a legacy 0-100 score by 100)"],
    [{ minCoding: -0.1 }, "minCoding must be between 0 and 1"],
    [{ minContext: -1 }, "minContext must be a number >= 0, got -1"],
    [{ maxBlendedCost: Number.NaN }, "maxBlendedCost must be a number >= 0, got NaN"],
    [{ taskType: "cooking" as TaskType }, 'unknown taskType "cooking"'],
    [{ taskType: "toString" as TaskType }, 'unknown taskType "toString"'],
    [{ priority: "cheap" as TaskPriority }, 'unknown priority "cheap"; expected one of quality, cost, speed, balanced'],
  ])("rejects %o", (requirements, message) => {
    expect(() => selectModels(requirements)).toThrow(InvalidArgumentError);
    expect(() => selectModels(requirements)).toThrow(message);
  });
});

describe("selectModels on the generated registry", () => {
  test("deprecated models are never candidates, and say what replaces them", () => {
    const result = selectModels({ minContext: 0 });
    expect(result.candidates.map((c) => c.id)).not.toContain("o1-mini");
    expect(result.candidates.map((c) => c.id)).not.toContain("gemini-2.0-flash");
    const o1Mini = result.excluded.find((e) => e.id === "o1-mini");
    expect(o1Mini?.reasons).toEqual([{ code: "deprecated", message: 'deprecated, never selected automatically; use "gpt-5.6-terra"' }]);
  });

  test("with an empty environment only keyless (local) providers are candidates", () => {
    const result = selectModels({ env: {}, priority: "speed" });
    expect(result.candidates.map((c) => c.id)).toContain("qwen2.5:32b");
    expect(result.candidates.every((c) => PROVIDERS[c.model.provider].env.required.length === 0)).toBe(true);
    expect(result.excluded.find((e) => e.id === "gpt-5.4")?.reasons.map((r) => r.code)).toEqual(["provider-not-configured"]);
  });

  test("a vision task with a cost cap leaves out the local model and the expensive ones", () => {
    const result = selectModels({ requireVision: true, maxBlendedCost: 5, priority: "speed", env: { OPENAI_API_KEY: "k", ANTHROPIC_API_KEY: "k" } });
    const ids = result.candidates.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["gpt-5.4-mini", "claude-haiku-4-5"]));
    expect(ids).not.toContain("qwen2.5:32b"); // no vision
    expect(ids).not.toContain("claude-sonnet-4-6"); // blended $6
    expect(ids).not.toContain("gpt-4o"); // deprecated
  });

  const requirementsArbitrary: fc.Arbitrary<TaskRequirements> = fc.record(
    {
      taskType: fc.constantFrom(...(Object.keys(QUALITY_WEIGHTS) as TaskType[])),
      priority: fc.constantFrom(...(Object.keys(PRIORITY_WEIGHTS) as TaskPriority[])),
      minContext: fc.integer({ min: 0, max: 400_000 }),
      maxBlendedCost: fc.double({ min: 0, max: 50, noNaN: true }),
      minReasoning: fc.double({ min: 0, max: 1, noNaN: true }),
      minCoding: fc.double({ min: 0, max: 1, noNaN: true }),
      requireVision: fc.boolean(),
      requireFunctions: fc.boolean(),
      allowExperimental: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test("for any requirements: a ranked, explained partition of the registry that honours every constraint", () => {
    fc.assert(
      fc.property(requirementsArbitrary, (requirements) => {
        const { candidates, excluded, explanation } = selectModels(requirements);
        const ids = [...candidates.map((c) => c.id), ...excluded.map((e) => e.id)].sort();
        expect(ids).toEqual([...MODEL_IDS].sort());
        expect(excluded.every((e) => e.reasons.length > 0)).toBe(true);
        expect(excluded.map((e) => e.id)).toEqual([...excluded.map((e) => e.id)].sort());
        const evidence = (c: (typeof candidates)[number]) => (c.model.scores?.basis === "benchmark" ? 0 : 1);
        const measuredFirst = candidates.some((c) => evidence(c) === 0);
        const copy = (c: (typeof candidates)[number]) => ((c.model as { same_weights_as?: string }).same_weights_as === undefined ? 0 : 1);
        const distance = BEST_QUALITY_DISTANCE[requirements.priority ?? "balanced"];
        const bestQuality = Math.max(...candidates.map((c) => c.breakdown.quality));
        if (distance !== undefined) expect(candidates.every((c) => c.breakdown.quality >= bestQuality - distance - 1e-9)).toBe(true);
        // A copy of weights already listed follows every distinct model; each part is in rank order.
        const weights = (c: (typeof candidates)[number]) => (c.model as { same_weights_as?: string }).same_weights_as ?? c.id;
        const repeat = candidates.map((c, i) => candidates.slice(0, i).some((earlier) => weights(earlier) === weights(c)));
        if (repeat.includes(true)) expect(repeat.slice(repeat.indexOf(true)).every(Boolean)).toBe(true);
        // Checked per candidate into one list (one expect per run, not a dozen per candidate: most of this test's time).
        const broken: string[] = [];
        const check = (ok: boolean, what: string) => ok || broken.push(what);
        for (let i = 1; i < candidates.length; i++) {
          const [previous, current] = [candidates[i - 1]!, candidates[i]!];
          if (repeat[i] !== repeat[i - 1]) continue;
          // measured first (when any candidate is), then score, then measured before tier, then ID
          const primary = measuredFirst ? evidence(previous) - evidence(current) : 0;
          check(
            primary < 0 ||
              (primary === 0 &&
                (previous.score > current.score ||
                  (previous.score === current.score &&
                    (evidence(previous) < evidence(current) ||
                      (evidence(previous) === evidence(current) &&
                        (copy(previous) < copy(current) || (copy(previous) === copy(current) && previous.id < current.id))))))),
            `${previous.id} ranks before ${current.id}`,
          );
        }
        for (const { id, score, breakdown } of candidates) {
          const model = MODELS[id];
          check(model.status !== "deprecated", `${id}: deprecated`);
          if (!requirements.allowExperimental) check(model.status !== "experimental", `${id}: experimental`);
          check((model.context_window ?? -1) >= (requirements.minContext ?? 4000), `${id}: context window ${model.context_window}`);
          check((model.kind ?? "chat") === "chat", `${id}: kind ${model.kind}`);
          check(blendedCostPer1M(id as ChatModelId) <= (requirements.maxBlendedCost ?? Infinity), `${id}: blended cost`);
          check(model.scores!.reasoning >= (requirements.minReasoning ?? 0), `${id}: reasoning ${model.scores!.reasoning}`);
          check(model.scores!.coding >= (requirements.minCoding ?? 0), `${id}: coding ${model.scores!.coding}`);
          if (requirements.requireVision) check(model.capabilities.input.includes("image"), `${id}: no image input`);
          if (requirements.requireFunctions) check(model.capabilities.tool_calling === true, `${id}: no tool calling`);
          const floor = requirements.priority === "cost" || requirements.priority === "speed" ? 0 : TASK_QUALITY_FLOORS[requirements.taskType ?? "general"];
          check(breakdown.quality >= floor, `${id}: quality ${breakdown.quality} under the floor ${floor}`);
          check(score >= 0 && score <= 1, `${id}: score ${score}`);
        }
        expect(broken).toEqual([]);
        expect(explanation).toMatch(
          candidates.length === 0 ? /^No model qualifies/ : new RegExp(`^${candidates[0]!.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ranks first`),
        );
        // The same answer again, compared as JSON text (toEqual walks every model object: seconds over the runs).
        expect(JSON.stringify(selectModels(requirements))).toBe(JSON.stringify({ candidates, excluded, explanation }));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
