/**
 * Temporary files and the output set: a full disk leaves no temporary behind, temporaries of killed
 * runs are removed by the next run, and a run killed between its renames is completed by the next
 * one, so the module and the docs never stay from different registries. Regenerating keeps a file's mode.
 */
import { chmodSync, cpSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate, type GenerateOptions } from "../../src/generator/generate";
import { commitJournal, NODE_WRITE_IO, OutputWriteError, stageTemporaries, WRITE_JOURNAL_NAME, writeFilesAtomically, type WriteIo } from "../../src/io/write";
import { BASE_REGISTRY, FIXTURES, leftoverTemporaryFiles, makeTempDir, removeDir, digestTree } from "./helpers";

/** A write that puts half the bytes on disk, then fails like a full disk, from the `failAt`-th file on. */
function diskFullAfter(failAt: number): WriteIo {
  let count = 0;
  return {
    writeFile(path, contents) {
      if (++count < failAt) return NODE_WRITE_IO.writeFile(path, contents);
      NODE_WRITE_IO.writeFile(path, contents.slice(0, contents.length / 2));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    },
    rename: NODE_WRITE_IO.rename,
  };
}

/** A project with docs: package.json, README with markers, registry; returns the generate options. */
function projectWithDocs(): { dir: string; options: GenerateOptions } {
  const dir = makeTempDir("write-failures-");
  cpSync(join(FIXTURES, "hardening/docs-ownership/package.json"), join(dir, "package.json"));
  writeFileSync(join(dir, "README.md"), "# P\n\n<!-- registry:summary -->\n<!-- /registry:summary -->\n");
  writeFileSync(join(dir, "registry.yaml"), readFileSync(BASE_REGISTRY));
  const docs = { markdownPath: "registry.md", chartPath: "docs/model-map.svg", readmePath: "README.md" };
  return { dir, options: { cwd: dir, registryPath: "registry.yaml", outDir: "generated", docs } };
}

const withExtraName = (text: string) => text.replace("display_name: GPT-4o\n", "display_name: GPT-4o second\n");

describe("a full disk (injected ENOSPC)", () => {
  test.each([1, 2, 3])("failing on file %i of 4: an OutputWriteError, previous outputs intact, no temporary left", async (failAt) => {
    const { dir, options } = projectWithDocs();
    try {
      expect((await generate(options)).ok).toBe(true);
      const before = digestTree(dir);
      writeFileSync(join(dir, "registry.yaml"), withExtraName(readFileSync(BASE_REGISTRY, "utf8")));
      const { files } = await generate({ ...options, mode: "check" });
      expect(() => writeFilesAtomically(files, diskFullAfter(failAt))).toThrow(OutputWriteError);
      expect(leftoverTemporaryFiles(dir)).toEqual([]);
      expect(existsSync(join(dir, "generated", WRITE_JOURNAL_NAME))).toBe(false);
      const after = digestTree(dir);
      after.delete("registry.yaml");
      before.delete("registry.yaml");
      expect(after).toEqual(before);
    } finally {
      removeDir(dir);
    }
  });
});

test("temporaries left by killed runs (dead pids) are removed by the next run; a live writer's are kept", async () => {
  const { dir, options } = projectWithDocs();
  try {
    expect((await generate(options)).ok).toBe(true);
    const dead = join(dir, "generated/.models.generated.d.ts.999999999.0123456789ab.tmp");
    const deadDoc = join(dir, "docs/.model-map.svg.999999999.0123456789ab.tmp");
    const live = join(dir, `generated/.models.generated.d.ts.${process.ppid}.0123456789ab.tmp`);
    for (const path of [dead, deadDoc, live]) writeFileSync(path, "partial");
    await generate(options);
    expect([existsSync(dead), existsSync(deadDoc), existsSync(live)]).toEqual([false, false, true]);
  } finally {
    removeDir(dir);
  }
});

describe("a run killed between its renames", () => {
  /** The state a SIGKILL after the first rename leaves: journal committed, module renamed, docs still old, temporaries present. */
  async function killedAfterFirstRename(dir: string, options: GenerateOptions): Promise<void> {
    writeFileSync(join(dir, "registry.yaml"), withExtraName(readFileSync(BASE_REGISTRY, "utf8")));
    const { files } = await generate({ ...options, mode: "check" });
    const staged = stageTemporaries(files);
    commitJournal(join(dir, "generated"), staged);
    renameSync(staged[0]!.temporary, staged[0]!.target);
    // The journal names this (live) process; rewrite it as a dead writer's, which is what the next run finds.
    const journal = join(dir, "generated", WRITE_JOURNAL_NAME);
    writeFileSync(journal, readFileSync(journal, "utf8").replace(/"pid": \d+/, '"pid": 999999999'));
  }

  test("--check reports the half-renamed set; the next generate completes it, so module and docs agree", async () => {
    const { dir, options } = projectWithDocs();
    try {
      expect((await generate(options)).ok).toBe(true);
      await killedAfterFirstRename(dir, options);
      expect(readFileSync(join(dir, "generated/models.generated.d.ts"), "utf8")).toContain("GPT-4o second");
      expect(readFileSync(join(dir, "registry.md"), "utf8")).not.toContain("GPT-4o second");

      const check = await generate({ ...options, mode: "check" });
      expect(check.ok).toBe(false);
      expect(check.diagnostics.map((d) => d.code)).toContain("write/interrupted");

      // The next run, even with the registry reverted, first makes the set whole, then regenerates.
      writeFileSync(join(dir, "registry.yaml"), readFileSync(BASE_REGISTRY));
      const next = await generate(options);
      expect(next.diagnostics.map((d) => d.code)).toEqual(["write/repaired"]);
      expect(next.ok).toBe(true);
      expect(leftoverTemporaryFiles(dir)).toEqual([]);
      expect(existsSync(join(dir, "generated", WRITE_JOURNAL_NAME))).toBe(false);
      expect((await generate({ ...options, mode: "check" })).ok).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});

test("regenerating keeps each output file's mode", async () => {
  const { dir, options } = projectWithDocs();
  try {
    expect((await generate(options)).ok).toBe(true);
    const module = join(dir, "generated/models.generated.d.ts");
    chmodSync(module, 0o640);
    chmodSync(join(dir, "README.md"), 0o600);
    writeFileSync(join(dir, "registry.yaml"), withExtraName(readFileSync(BASE_REGISTRY, "utf8")));
    const result = await generate(options);
    expect(result.written).toContain("generated/models.generated.d.ts");
    expect(statSync(module).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, "README.md")).mode & 0o777).toBe(0o600);
  } finally {
    removeDir(dir);
  }
});
