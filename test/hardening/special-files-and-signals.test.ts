/**
 * Inputs are regular files of bounded size; SIGINT/SIGTERM stop a run before it writes (exit 130/143)
 * and leave the last good outputs. A FIFO or /dev/zero used to hang the process (a blocked read keeps
 * signal handlers from running), so those cases run the real CLI in a child process with a deadline.
 */
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binCommand, cli } from "../cli/helpers";
import { generate } from "../../src/generator/generate";
import { BASE_REGISTRY, digestTree, makeTempDir, removeDir, workspaceWithPreviousOutput } from "./helpers";

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the bin in `cwd`; `whenReady` gets the pid once the bin's signal handlers are installed (its process title is set). */
function runBin(args: string[], cwd: string, whenReady?: (pid: number) => void, deadlineMs = 20_000): Promise<ChildRun> {
  const [node, script] = binCommand("model-registry");
  const child = spawn(node, [script, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = setTimeout(() => child.kill("SIGKILL"), deadlineMs);
  let poll: NodeJS.Timeout | undefined;
  if (whenReady) {
    poll = setInterval(() => {
      if (titleOf(child.pid!).startsWith("model-registry")) {
        clearInterval(poll);
        whenReady(child.pid!);
      }
    }, 10);
  }
  return new Promise((resolve) =>
    child.on("close", (code, signal) => {
      clearTimeout(deadline);
      clearInterval(poll);
      resolve({ code, signal, stderr });
    }),
  );
}

function titleOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

describe("inputs that are not regular files", () => {
  test.each([
    ["--registry", "fifo", "a named pipe (FIFO), not a regular file"],
    ["--schema", "fifo", "a named pipe (FIFO), not a regular file"],
    ["--registry", "/dev/zero", "a character device (such as /dev/zero), not a regular file"],
    ["--registry", ".", "a directory, not a regular file"],
  ])(
    "%s %s: a located error, exit 1, promptly; the previous output untouched",
    async (flag, input, reason) => {
      const { dir } = await workspaceWithPreviousOutput();
      // The FIFO lives outside the workspace: digestTree would block reading it.
      const fifoDir = makeTempDir("fifo-");
      try {
        execFileSync("mkfifo", [join(fifoDir, "fifo")]);
        const before = digestTree(dir);
        const path = input === "fifo" ? join(fifoDir, "fifo") : input;
        const args = flag === "--schema" ? ["--registry", "registry.yaml", "--schema", path] : ["--registry", path];
        const run = await runBin(["generate", ...args, "--out", "generated"], dir);
        expect(run.signal).toBeNull();
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(reason);
        expect(run.stderr).not.toMatch(/internal error| {4}at /);
        expect(digestTree(dir)).toEqual(before);
      } finally {
        removeDir(dir);
        removeDir(fifoDir);
      }
    },
    30_000,
  );
});

test("a registry above the size cap is rejected without reading it all", async () => {
  const { dir } = await workspaceWithPreviousOutput();
  try {
    // The schema (about 15 kB) fits under the cap; the registry, padded with a comment, does not.
    writeFileSync(join(dir, "registry.yaml"), readFileSync(BASE_REGISTRY, "utf8") + "#" + "x".repeat(200_000) + "\n");
    const result = await generate({ cwd: dir, registryPath: "registry.yaml", outDir: "generated", maxInputBytes: 100_000 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["yaml/unreadable", expect.stringMatching(/^cannot read the registry file: it is larger than the limit of 100,000 bytes \([\d,]+\+ bytes\)$/)],
    ]);
  } finally {
    removeDir(dir);
  }
});

describe("a bad or half-saved --schema is the user's input: exit 1 with a location, never exit 3", () => {
  test.each([
    ["half-saved JSON", '{ "type": "object", "properties": ', "schema/json", /^schema\.json:1:\d+ - error schema\/json: the JSON Schema is not valid JSON/m],
    ["not an object", "[1, 2]", "schema/invalid", /must be a JSON object/],
    ["not a schema ajv accepts", '{ "type": "nope" }', "schema/invalid", /the JSON Schema cannot be used: schema is invalid/],
    [
      "valid for ajv, but not for the type generator (a boolean subschema)",
      '{ "type": "object", "properties": { "models": { "type": "array", "items": { "$ref": "#/definitions/Model" } } }, "definitions": { "Model": true } }',
      "schema/unsupported",
      /^schema\.json:1:1 - error schema\/unsupported: no TypeScript types can be generated from the JSON Schema/m,
    ],
  ])("%s", async (_name, contents, _code, message) => {
    const { dir } = await workspaceWithPreviousOutput();
    try {
      writeFileSync(join(dir, "schema.json"), contents);
      const run = await cli(["generate", "--registry", "registry.yaml", "--schema", "schema.json"], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal error|bug in model-registry| {4}at /);
    } finally {
      removeDir(dir);
    }
  });

  test("a --schema that does not exist is a mistake in the command line: exit 2", async () => {
    const { dir } = await workspaceWithPreviousOutput();
    try {
      const run = await cli(["generate", "--registry", "registry.yaml", "--schema", "schema.json"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("cannot find schema.json (--schema)");
    } finally {
      removeDir(dir);
    }
  });
});

describe("an aborted run writes nothing", () => {
  test("generate() with an aborted signal: interrupted, nothing written, previous output byte-identical", async () => {
    const { dir } = await workspaceWithPreviousOutput();
    try {
      writeFileSync(join(dir, "registry.yaml"), readFileSync(BASE_REGISTRY, "utf8").replace("display_name: GPT-4o\n", "display_name: GPT-4o changed\n"));
      const before = digestTree(dir);
      const result = await generate({ cwd: dir, registryPath: "registry.yaml", outDir: "generated", signal: AbortSignal.abort("SIGINT") });
      expect(result).toMatchObject({ ok: false, interrupted: true, written: [] });
      expect(result.diagnostics[0]!.message).toBe("interrupted by SIGINT before writing; every previous output was left as it was");
      expect(digestTree(dir)).toEqual(before);
    } finally {
      removeDir(dir);
    }
  });

  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ])("the CLI aborted by %s mid-run exits %i and writes nothing", async (signalName, exitCode) => {
    const { dir } = await workspaceWithPreviousOutput();
    try {
      writeFileSync(join(dir, "registry.yaml"), readFileSync(BASE_REGISTRY, "utf8").replace("display_name: GPT-4o\n", "display_name: GPT-4o changed\n"));
      const before = digestTree(dir);
      const stop = new AbortController();
      let stderr = "";
      const running = runCliWithSignal(dir, stop.signal, (text) => (stderr += text));
      stop.abort(signalName);
      expect(await running).toBe(exitCode);
      expect(stderr).toContain(`Interrupted by ${signalName}: nothing was written`);
      expect(digestTree(dir)).toEqual(before);
    } finally {
      removeDir(dir);
    }
  });

  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "the bin receiving %s during generate exits %i; the last good outputs stay",
    async (signalName, exitCode) => {
      const { dir } = await workspaceWithPreviousOutput();
      try {
        writeFileSync(join(dir, "registry.yaml"), readFileSync(BASE_REGISTRY, "utf8").replace("display_name: GPT-4o\n", "display_name: GPT-4o changed\n"));
        const before = digestTree(dir);
        const run = await runBin(["generate", "--registry", "registry.yaml", "--out", "generated"], dir, (pid) => process.kill(pid, signalName));
        expect([run.code, run.signal]).toEqual([exitCode, null]);
        expect(run.stderr).toContain(`Interrupted by ${signalName}`);
        expect(digestTree(dir)).toEqual(before);
      } finally {
        removeDir(dir);
      }
    },
    30_000,
  );
});

async function runCliWithSignal(cwd: string, signal: AbortSignal, stderr: (text: string) => void): Promise<number> {
  const { runCli } = await import("../../src/cli/main");
  return runCli(["generate", "--registry", "registry.yaml", "--out", "generated"], {
    stdout: { write: () => true },
    stderr: { write: (text: string) => stderr(text) },
    env: {},
    cwd,
    signal,
  });
}
