/**
 * Nothing lost: a failure while writing leaves previous outputs untouched and no temporary file
 * behind; concurrent runs (in one process and in two processes) leave one complete, valid file.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { yamlWithQuotedDates } from "../helpers/yaml";
import { generate } from "../../src/generator/generate";
import { BASE_REGISTRY, generateIn, leftoverTemporaryFiles, makeTempDir, removeDir, runCliProcess, digest, digestTree } from "./helpers";

const OUTPUT = "generated/models.generated.d.ts";
/** Every file a run writes (the declarations, the data module, the runtime copied beside them). */
const OUTPUTS = [
  "generated/model-registry-runtime.d.ts",
  "generated/model-registry-runtime.js",
  "generated/models.generated.d.ts",
  "generated/models.generated.js",
];

/** The whole output set, file by file. */
function readOutputs(dir: string): string[] {
  return OUTPUTS.map((path) => readFileSync(join(dir, path), "utf8"));
}

/** The base registry plus one model, so its output differs from the base one. */
function registryWithExtraModel(): string {
  const data = parse(readFileSync(BASE_REGISTRY, "utf8")) as { models: Array<Record<string, unknown>> };
  data.models.push({ ...data.models[0], id: "gpt-4o-extra", display_name: "GPT-4o extra" });
  return yamlWithQuotedDates(data);
}

describe("a failure while writing", () => {
  test("when the output directory is a file: a located write error, the file untouched, no temporary files", async () => {
    const dir = makeTempDir();
    try {
      writeFileSync(join(dir, "generated"), "I am a file, not a directory\n");
      const before = digestTree(dir);
      const result = await generateIn(dir, readFileSync(BASE_REGISTRY));
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ code: "write/failed", file: OUTPUT, severity: "error" });
      expect(result.diagnostics[0]!.message).toMatch(/^cannot write .*models\.generated\.d\.ts: (ENOTDIR|EEXIST) /);
      expect(digestTree(dir)).toEqual(new Map([...before, ["registry.yaml", digest(readFileSync(BASE_REGISTRY))]]));
      expect(leftoverTemporaryFiles(dir)).toEqual([]);
    } finally {
      removeDir(dir);
    }
  });

  test.each(OUTPUTS)("when the rename fails (%s is a directory): nothing replaced, temporary files removed", async (output) => {
    const dir = makeTempDir();
    try {
      mkdirSync(join(dir, output), { recursive: true });
      writeFileSync(join(dir, output, "keep.txt"), "previous\n");
      const result = await generateIn(dir, readFileSync(BASE_REGISTRY));
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => d.code)).toEqual(["write/failed"]);
      expect(result.diagnostics[0]!.file).toBe(output);
      expect(readFileSync(join(dir, output, "keep.txt"), "utf8")).toBe("previous\n");
      expect(leftoverTemporaryFiles(dir)).toEqual([]);
    } finally {
      removeDir(dir);
    }
  });
});

describe("concurrent runs", () => {
  /** A workspace with registries a.yaml and b.yaml, and the output set each gives when run alone. */
  async function workspaceWithTwoRegistries(): Promise<{ dir: string; expectedOutputs: string[][] }> {
    const dir = makeTempDir();
    writeFileSync(join(dir, "a.yaml"), readFileSync(BASE_REGISTRY));
    writeFileSync(join(dir, "b.yaml"), registryWithExtraModel());
    const expectedOutputs: string[][] = [];
    for (const registryPath of ["a.yaml", "b.yaml"]) {
      await generate({ cwd: dir, registryPath, outDir: "generated" });
      expectedOutputs.push(readOutputs(dir));
    }
    // The declarations and the data module differ; the runtime copy is the same.
    expect(expectedOutputs[0]!.map((text, i) => text === expectedOutputs[1]![i])).toEqual([true, true, false, false]);
    return { dir, expectedOutputs };
  }

  test("two generate() calls at once (Promise.all) leave one complete output set, byte for byte", async () => {
    const { dir, expectedOutputs } = await workspaceWithTwoRegistries();
    try {
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all(["a.yaml", "b.yaml"].map((registryPath) => generate({ cwd: dir, registryPath, outDir: "generated" })));
        expect(results.map((r) => r.ok)).toEqual([true, true]);
        // One run's declarations with the same run's data module: a mixed set would type data it does not hold.
        expect(expectedOutputs).toContainEqual(readOutputs(dir));
        expect(leftoverTemporaryFiles(dir)).toEqual([]);
      }
    } finally {
      removeDir(dir);
    }
  });

  test("two CLI processes at once leave one complete output, byte for byte", async () => {
    const { dir, expectedOutputs } = await workspaceWithTwoRegistries();
    try {
      const runs = await Promise.all(
        ["a.yaml", "b.yaml"].map((registry) => runCliProcess(["generate", "--registry", registry, "--out", "generated"], process.env, dir)),
      );
      // The later run may wait for the first one's lock, and says so; nothing else is printed to stderr.
      const waitingNote = /^(note: waiting for another generate \(pid \d+\) to finish writing generated\n)?$/;
      expect(runs.map((run) => [run.code, run.stderr])).toEqual([
        [0, expect.stringMatching(waitingNote)],
        [0, expect.stringMatching(waitingNote)],
      ]);
      // Each file is complete and from one of the runs. (Two processes renaming at the same instant may leave the
      // declarations of one and the data module of the other: the write is atomic per file, not per set.)
      const outputs = readOutputs(dir);
      outputs.forEach((text, i) => expect(expectedOutputs.map((set) => set[i])).toContain(text));
      expect(leftoverTemporaryFiles(dir)).toEqual([]);
    } finally {
      removeDir(dir);
    }
  });
});
