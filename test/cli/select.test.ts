/** `model-registry select`: requirements as flags, a ranked table with each part of the score, every exclusion with its reasons. */
import { selectModels } from "../../src/index";
import { cli, REPO_ROOT } from "./helpers";

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => cli(["select", ...argv], { cwd: REPO_ROOT, env });

test("code generation / balanced: the explanation, a table with score parts and evidence, then every exclusion", async () => {
  const { code, stdout, stderr } = await run(["--task", "code_generation", "--priority", "balanced", "--top", "3"]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const expected = selectModels({ taskType: "code_generation", priority: "balanced" });
  const lines = stdout.split("\n");
  expect(lines[0]).toBe(expected.explanation);
  expect(lines[2]).toMatch(/^#\s+model\s+provider\s+score\s+quality\s+cost\s+speed\s+\$\/1M\s+coding\s+reasoning\s+scores rest on$/);
  expected.candidates.slice(0, 3).forEach((candidate, index) => {
    const cells = lines[3 + index]!.split(/\s{2,}/);
    expect(cells.slice(0, 4)).toEqual([String(index + 1), candidate.id, candidate.model.provider, String(candidate.score)]);
    expect(cells.slice(4, 7)).toEqual([String(candidate.breakdown.quality), String(candidate.breakdown.cost), String(candidate.breakdown.speed)]);
  });
  expect(lines[6]).toBe(`… and ${expected.candidates.length - 3} more candidates (--top 0 shows all)`);
  expect(stdout).toContain(`Excluded (${expected.excluded.length}):`);
  expect(stdout).toContain("  deepseek-coder:1.3b: quality 0.48 for code_generation < floor 0.65");
});

test("--json: requirements, explanation, candidates with breakdown and evidence, exclusions with reasons; key values never printed", async () => {
  const { code, stdout } = await run(["--task", "reasoning", "--priority", "quality", "--keys-set", "--min-context", "500K", "--json"], {
    ANTHROPIC_API_KEY: "sk-secret-value",
  });
  expect(code).toBe(0);
  expect(stdout).not.toContain("sk-secret-value");
  const report = JSON.parse(stdout) as {
    requirements: Record<string, unknown>;
    explanation: string;
    candidates: Array<{ id: string; provider: string; breakdown: object; evidence: string }>;
    excluded: Array<{ id: string; reasons: Array<{ code: string }> }>;
  };
  expect(report.requirements).toEqual({ taskType: "reasoning", priority: "quality", minContext: 500_000, keysSet: true });
  expect(report.candidates.every((c) => ["anthropic", "ollama"].includes(c.provider))).toBe(true);
  expect(report.candidates[0]!.evidence).toMatch(/^benchmarks \(coding: /);
  expect(report.excluded.find((e) => e.id === "gpt-5.4")!.reasons.map((r) => r.code)).toEqual(["provider-not-configured"]);
  expect(report.explanation.startsWith(`${report.candidates[0]!.id} ranks first for reasoning/quality`)).toBe(true);
});

test("--provider narrows to the named providers; the others say why they are out", async () => {
  const { code, stdout } = await run(["--provider", "google", "--provider", "xai", "--priority", "speed", "--json"]);
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as { candidates: Array<{ provider: string }>; excluded: Array<{ id: string; reasons: Array<{ message: string }> }> };
  expect(new Set(report.candidates.map((c) => c.provider))).toEqual(new Set(["google", "xai"]));
  expect(report.excluded.find((e) => e.id === "claude-opus-4-7")!.reasons[0]!.message).toBe('provider "anthropic" is not among the chosen google, xai');
});

test.each([
  [
    ["--task", "cooking"],
    '--task must be one of code_generation, debugging, testing, architectural_design, reasoning, data_analysis, documentation, general, got "cooking"',
  ],
  [["--priority", "cheap"], '--priority must be one of quality, cost, speed, balanced, got "cheap"'],
  [["--min-context", "lots"], '--min-context needs a token count such as 128000, 128K or 1M, got "lots"'],
  [["--max-cost", "-1"], "--max-cost needs a value, got the option -1"],
  [["--min-coding", "85"], "minCoding must be between 0 and 1, got 85"],
  [["--top", "two"], '--top needs a whole number >= 0, got "two"'],
  [["--type", "reasoning"], "unknown option --type; did you mean --task?"],
])("bad usage %j is exit 2 with what is expected", async (argv, message) => {
  const { code, stdout, stderr } = await run(argv);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toContain(message);
  expect(stderr).toContain("Run `model-registry select --help` for usage.");
});

test("nothing qualifies: exit 0, and the explanation says so", async () => {
  const { code, stdout } = await run(["--min-context", "50M"]);
  expect(code).toBe(0);
  expect(stdout.split("\n")[0]).toMatch(/^No model qualifies for general\/balanced: all \d+ were excluded/);
});

test("--help lists every flag", async () => {
  const { code, stdout } = await run(["--help"]);
  expect(code).toBe(0);
  for (const flag of ["--task", "--priority", "--min-context", "--max-cost", "--vision", "--tools", "--provider", "--keys-set", "--json"])
    expect(stdout).toContain(flag);
});
