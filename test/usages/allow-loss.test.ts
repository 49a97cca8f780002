// `usages --fix --allow-loss`: a rewrite the replacement's missing capabilities would refuse goes ahead when
// the user accepts that loss by name, and the report and the diff say what was accepted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE_ARGS, cli, compile, PROJECT, projectCopy } from "./helpers";

const LISTENER = "src/client.ts:15:27";

test("without --allow-loss the audio model stays, and the reason says how to accept the loss", async () => {
  const run = await cli([...BASE_ARGS, "--fix", "--dry-run"], PROJECT);
  expect(run.stdout).toMatch(new RegExp(`${LISTENER} +gpt-4o-audio-preview +lost capability: audio input \\(accept with --allow-loss audio-input\\)`));
});

test("--allow-loss audio-input rewrites it, naming the loss in the report and above the file's diff", async () => {
  const run = await cli([...BASE_ARGS, "--fix", "--dry-run", "--allow-loss", "pdf-input,audio-input"], PROJECT);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(new RegExp(`${LISTENER} +GPT_4O_AUDIO_PREVIEW → GPT_4O {2}\\(loses audio input: --allow-loss\\)`));
  expect(run.stdout).toContain(`# ${LISTENER}  gpt-4o-audio-preview → gpt-4o  (loses audio input: --allow-loss)\n--- a/src/client.ts\n`);
  expect(run.stdout).not.toContain("Not rewritten (6 uses)");
  const json = JSON.parse((await cli([...BASE_ARGS, "--json", "--fix", "--dry-run", "--allow-loss", "audio-input"], PROJECT)).stdout);
  const listener = json.uses.find((use: { file: string; line: number }) => `${use.file}:${use.line}` === "src/client.ts:15");
  expect(listener.fix).toEqual({ safe: true, text: "GPT_4O", lost: ["audio-input"] });
});

test("the accepted rewrite is written and the project still compiles", async () => {
  const copy = projectCopy();
  try {
    expect((await cli([...BASE_ARGS, "--fix", "--allow-loss", "audio-input"], copy.dir)).code).toBe(0);
    expect(readFileSync(join(copy.dir, "src/client.ts"), "utf8")).toContain("export const listener = M.GPT_4O;");
    expect(compile(join(copy.dir, "tsconfig.json"))).toEqual([]);
  } finally {
    copy.cleanup();
  }
});

test.each([
  [["--allow-loss", "pdf-input"], "--allow-loss only makes sense with --fix"],
  [["--fix", "--allow-loss", "pdf-imput"], 'unknown capability "pdf-imput" (did you mean pdf-input?)'],
  [["--fix", "--allow-loss", ","], "got an empty list"],
])("%j is a usage error (exit 2)", async (args, message) => {
  const run = await cli([...BASE_ARGS, ...args], PROJECT);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
});
