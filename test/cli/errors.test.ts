import { cli, tempProject } from "./helpers";

/** Every category of mistake, each with the exact location, code frame and (where it applies) a hint. */
const CASES: Array<{ fixture: string; location: string; code: string; message: string; frame: string[]; hint?: string }> = [
  {
    fixture: "syntax-error",
    location: "model_registry.yaml:42:3",
    code: "yaml/bad-indent",
    message: "All mapping items must start at the same column",
    frame: ["> 42 |   speed_rating: 3.3", "     |   ^"],
  },
  {
    fixture: "unclosed-quote",
    location: "model_registry.yaml:23:19",
    code: "yaml/missing-char",
    message: "this quoted string is never closed",
    frame: ['> 23 |     display_name: "GPT-4o', "     |                   ^"],
  },
  {
    fixture: "duplicate-key",
    location: "model_registry.yaml:35:5",
    code: "yaml/duplicate-key",
    message: "duplicate key `id` in this mapping",
    frame: ["  34 |   - id: gpt-4", "> 35 |     id: gpt-5", "     |     ^"],
  },
  {
    fixture: "unknown-field",
    location: "model_registry.yaml:24:5",
    code: "schema/additionalProperties",
    message: "unknown field `context_windw` in `models[0]`",
    frame: ["> 24 |     context_windw: 128000", "     |     ^"],
    hint: "did you mean `context_window`?",
  },
  {
    fixture: "wrong-type",
    location: "model_registry.yaml:37:21",
    code: "schema/type",
    message: '`models[1].context_window` must be a whole number, got "big"',
    frame: ["> 37 |     context_window: big", "     |                     ^"],
  },
  {
    fixture: "missing-required",
    location: "model_registry.yaml:12:3",
    code: "schema/required",
    message: "`providers.anthropic` is missing the required field `docs_url`",
    frame: ["> 12 |   anthropic:", "     |   ^"],
  },
  {
    fixture: "rule-errors",
    location: "model_registry.yaml:50:15",
    code: "rule/unknown-provider",
    message: 'names provider "antropic", which is not declared under `providers`',
    frame: ["> 50 |     provider: antropic", "     |               ^"],
    hint: "did you mean `anthropic`?",
  },
  {
    fixture: "rule-errors",
    location: "model_registry.yaml:12:3",
    code: "rule/provider-without-models",
    message: 'provider "anthropic" has no models',
    frame: ["> 12 |   anthropic:", "     |   ^"],
  },
  {
    fixture: "rule-errors",
    location: "model_registry.yaml:45:18",
    code: "rule/unknown-replacement",
    message: 'model "gpt-4" is replaced by "gpt-4oo", which is not a model in this registry',
    frame: ["> 45 |     replaced_by: gpt-4oo", "     |                  ^"],
    hint: "did you mean `gpt-4o`?",
  },
];

describe.each(CASES)("$fixture: $code", ({ fixture, location, code, message, frame, hint }) => {
  test("is reported at its exact line:col with a code frame, no stack trace, exit 1", async () => {
    const project = tempProject(fixture);
    try {
      const run = await cli(["validate", "--registry", "model_registry.yaml"], { cwd: project.dir });
      expect(run.code).toBe(1);
      const block = run.stderr.split("\n\n").find((b) => b.startsWith(`${location} - `));
      expect(block).toBeDefined();
      expect(block).toMatch(new RegExp(` - (error|warning) ${code}: `));
      expect(block).toContain(message);
      for (const line of frame) expect(block!.split("\n")).toContain(line);
      if (hint) expect(block).toContain(`hint: ${hint}`);
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(run.stderr).toMatch(/Found \d+ errors?( and \d+ warnings?)?\.\n$/);
    } finally {
      project.cleanup();
    }
  });
});

test("all mistakes are reported in one run, in file order, with a count", async () => {
  const project = tempProject("three-mistakes");
  try {
    const run = await cli(["validate", "--registry", "model_registry.yaml"], { cwd: project.dir });
    expect(run.code).toBe(1);
    const locations = [...run.stderr.matchAll(/^(model_registry\.yaml:\d+:\d+) - error/gm)].map((m) => m[1]);
    expect(locations).toEqual(["model_registry.yaml:24:5", "model_registry.yaml:37:21", "model_registry.yaml:59:13"]);
    expect(run.stderr.endsWith("Found 3 errors.\n")).toBe(true);
  } finally {
    project.cleanup();
  }
});

test("a YAML syntax error is reported once, not once per following line", async () => {
  const project = tempProject("syntax-error");
  try {
    const run = await cli(["validate", "--registry", "model_registry.yaml"], { cwd: project.dir });
    expect(run.stderr.match(/ - error yaml\//g)).toHaveLength(1);
  } finally {
    project.cleanup();
  }
});

describe("colours", () => {
  const ESC = "\u001b[";
  const run = async (env: NodeJS.ProcessEnv, tty: boolean) => {
    const project = tempProject("wrong-type");
    try {
      return (await cli(["validate", "--registry", "model_registry.yaml"], { cwd: project.dir, env, tty })).stderr;
    } finally {
      project.cleanup();
    }
  };

  test("on for a terminal", async () => expect(await run({}, true)).toContain(ESC));
  test("off when output is not a terminal", async () => expect(await run({}, false)).not.toContain(ESC));
  test("off with NO_COLOR, even on a terminal", async () => expect(await run({ NO_COLOR: "1" }, true)).not.toContain(ESC));
  test("on with FORCE_COLOR, even when piped", async () => expect(await run({ FORCE_COLOR: "1" }, false)).toContain(ESC));
  test("off with FORCE_COLOR=0 on a terminal", async () => expect(await run({ FORCE_COLOR: "0" }, true)).not.toContain(ESC));
});

test("an internal error says it is a bug and exits 3", async () => {
  const project = tempProject("small");
  // A bad --schema is the user's input (exit 1, see special-files-and-signals.test.ts); a bug is an exception from the generator itself.
  const generator = await import("../../src/generator/generate");
  const spy = jest.spyOn(generator, "generate").mockRejectedValue(new Error("simulated bug"));
  try {
    const run = await cli(["validate", "--registry", "model_registry.yaml"], { cwd: project.dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("this is a bug in model-registry");
    expect(run.stderr).toContain("Please report it");
    expect(run.stderr).toContain("simulated bug");
  } finally {
    spy.mockRestore();
    project.cleanup();
  }
});
