// `usages --fix` edits the user's own files: it must never lose an edit, write outside the project or into a
// dependency, replace a symlink by a copy, strip a byte order mark, change a mode, overwrite a read-only file, or
// leave temporaries behind; and a signal stops it before its next write. Real files, symlinks and processes.
import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runUsages } from "../../src/usages/scan";
import { runBinWithSignal } from "../helpers/run-cli";
import { BASE_ARGS, cli, PROJECT } from "./helpers";

/** A scratch directory holding `project/` (a copy of the fixture project, with a package.json: the root) and `outside/`. */
function workspace(): { root: string; project: string; outside: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "usages-fix-safety-"));
  const project = join(root, "project");
  cpSync(PROJECT, project, { recursive: true });
  writeFileSync(join(project, "package.json"), '{ "name": "app", "private": true }\n');
  const outside = join(root, "outside");
  mkdirSync(outside);
  return { root, project, outside, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const CLIENT = "src/client.ts";
const read = (path: string) => readFileSync(path, "utf8");

describe("an edit made while --fix runs", () => {
  test("is kept: the file changed since it was read is skipped with a message, the others are rewritten", async () => {
    const ws = workspace();
    try {
      const client = join(ws.project, CLIENT);
      const edited = read(client).replace("hello", "edited meanwhile");
      // The first write checkpoint runs after the scan and the type checks: the user saves the file just then.
      const signal = new AbortController().signal;
      let saved = false;
      Object.defineProperty(signal, "aborted", {
        get: () => {
          if (!saved) writeFileSync(client, edited);
          saved = true;
          return false;
        },
      });
      const outcome = await runUsages({ cwd: ws.project, tsconfig: "tsconfig.json", patterns: ["config/models.json"], asOf: "2026-12-01", fix: true, signal });
      expect(read(client)).toBe(edited);
      const reasons = outcome.report.fix!.outcomes.filter((o) => o?.kind === "skipped").map((o) => (o as { reason: string }).reason);
      expect(reasons).toContainEqual(expect.stringContaining("src/client.ts was not written: it changed since it was read"));
      expect(read(join(ws.project, "config/models.json"))).toContain('"gpt-4o"');
    } finally {
      ws.cleanup();
    }
  }, 60_000);
});

describe("--fix writes only regular files inside the project, never under node_modules", () => {
  test("a dependency linked from outside (npm link) is not rewritten, though TypeScript resolves its real path", async () => {
    const ws = workspace();
    try {
      mkdirSync(join(ws.outside, "dep"));
      const depSource = 'import type { ModelId } from "../project/generated/models.generated";\nexport const depModel: ModelId = "gpt-4";\n';
      writeFileSync(join(ws.outside, "dep", "index.ts"), depSource);
      writeFileSync(join(ws.outside, "dep", "package.json"), '{ "name": "dep", "types": "index.ts", "main": "index.ts" }\n');
      mkdirSync(join(ws.project, "node_modules"));
      symlinkSync(join(ws.outside, "dep"), join(ws.project, "node_modules", "dep"));
      writeFileSync(join(ws.project, "src", "uses-dep.ts"), 'import { depModel } from "dep";\nexport const again = depModel;\n');
      const run = await cli([...BASE_ARGS, "--fix"], ws.project);
      expect(run.code).toBe(0);
      expect(read(join(ws.outside, "dep", "index.ts"))).toBe(depSource);
      expect(read(join(ws.project, CLIENT))).toContain('complete("gpt-4o", "hello")');
    } finally {
      ws.cleanup();
    }
  }, 60_000);

  test.each([
    ["outside the project: left alone, reported", "outside", false],
    ["inside the project: the target is rewritten, the link stays a link", "inside", true],
  ])(
    "a symlinked source file whose target is %s",
    async (_name, where, rewritten) => {
      const ws = workspace();
      try {
        const targetDir = where === "outside" ? ws.outside : join(ws.project, "shared");
        mkdirSync(targetDir, { recursive: true });
        const target = join(targetDir, "linked.ts");
        const source = 'import type { ModelId } from "./models";\nexport const linked: ModelId = "gpt-4";\n';
        writeFileSync(target, source.replace("./models", where === "outside" ? "../project/generated/models.generated" : "../generated/models.generated"));
        const before = read(target);
        const link = join(ws.project, "src", "linked.ts");
        symlinkSync(target, link);
        const run = await cli([...BASE_ARGS, "--fix"], ws.project);
        expect(run.code).toBe(0);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readlinkSync(link)).toBe(target);
        if (rewritten) expect(read(target)).toBe(before.replace('"gpt-4"', '"gpt-4o"'));
        else {
          expect(read(target)).toBe(before);
          expect(run.stdout).toContain("outside the project");
        }
      } finally {
        ws.cleanup();
      }
    },
    60_000,
  );
});

describe("--fix changes only the model names", () => {
  test("keeps a byte order mark, CRLF line endings and the file's mode", async () => {
    const ws = workspace();
    try {
      const client = join(ws.project, CLIENT);
      const crlf = read(client).replace(/\n/g, "\r\n");
      writeFileSync(client, "\uFEFF" + crlf);
      chmodSync(client, 0o640);
      expect((await cli([...BASE_ARGS, "--fix"], ws.project)).code).toBe(0);
      const after = read(client);
      expect(after.startsWith("\uFEFF")).toBe(true);
      expect(after).toBe(
        "\uFEFF" +
          crlf
            .replace('complete("gpt-4"', 'complete("gpt-4o"')
            .replace("'claude-3-opus'", "'claude-opus-4-1'")
            .replace('"o1-mini"', '"o3-mini"')
            .replace("GPT_3_5_TURBO", "GPT_4O_MINI"),
      );
      expect(statSync(client).mode & 0o777).toBe(0o640);
    } finally {
      ws.cleanup();
    }
  }, 60_000);

  test("refuses a read-only file with a message and leaves it as it was", async () => {
    const ws = workspace();
    try {
      const client = join(ws.project, CLIENT);
      const before = read(client);
      chmodSync(client, 0o444);
      const run = await cli([...BASE_ARGS, "--fix"], ws.project);
      expect(run.code).toBe(0);
      expect(read(client)).toBe(before);
      expect(statSync(client).mode & 0o777).toBe(0o444);
      expect(run.stdout).toContain("src/client.ts was not written: it is read-only");
    } finally {
      ws.cleanup();
    }
  }, 60_000);

  test("removes temporaries a killed --fix left beside the project's files", async () => {
    const ws = workspace();
    try {
      const dead = spawn("true");
      await new Promise((resolve) => dead.on("close", resolve));
      const leftover = join(ws.project, "src", `.client.ts.${dead.pid}.0123456789ab.tmp`);
      writeFileSync(leftover, "half a file");
      expect((await cli([...BASE_ARGS, "--fix"], ws.project)).code).toBe(0);
      expect(existsSync(leftover)).toBe(false);
    } finally {
      ws.cleanup();
    }
  }, 60_000);
});

describe("signals during --fix", () => {
  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s: stops before the first write, exit %i, every file as it was",
    async (signal, code) => {
      const ws = workspace();
      try {
        const before = execFileSync("git", ["hash-object", join(ws.project, CLIENT), join(ws.project, "config/models.json")], { encoding: "utf8" });
        const run = await runBinWithSignal([...BASE_ARGS, "--fix"], ws.project, signal);
        expect([run.code, run.stderr]).toEqual([code, expect.stringContaining(`Interrupted by ${signal}`)]);
        expect(execFileSync("git", ["hash-object", join(ws.project, CLIENT), join(ws.project, "config/models.json")], { encoding: "utf8" })).toBe(before);
      } finally {
        ws.cleanup();
      }
    },
    60_000,
  );
});

describe("files usages reads are regular files of bounded size", () => {
  test.each(["src/pipe.ts", "config/pipe.json"])(
    "a FIFO named as a file to scan (%s): exit 1 naming it, promptly",
    async (file) => {
      const ws = workspace();
      try {
        execFileSync("mkfifo", [join(ws.project, file)]);
        const run = await runBinWithSignal(
          ["usages", "--module", "generated/models.generated.d.ts", "--as-of", "2026-12-01", "src/client.ts", file],
          ws.project,
          undefined,
        );
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`${file}: it is a named pipe (FIFO), not a regular file`);
      } finally {
        ws.cleanup();
      }
    },
    60_000,
  );
});
