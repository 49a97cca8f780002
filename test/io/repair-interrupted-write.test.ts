/**
 * Repairing a write a killed run left half-renamed: the journal's temporaries are renamed only when their content is
 * what the journal says, and a journal whose writer is still alive is left to that writer.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repairInterruptedWrite, WRITE_JOURNAL_NAME } from "../../src/io/write";
import { temporaryDirectory } from "../helpers/typescript";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The pid of a process that has exited: a killed writer's. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

function stage(dir: string, pid: number, files: ReadonlyArray<{ target: string; staged: string; journalled: string }>): string[] {
  const renames = files.map(({ target, staged, journalled }, index) => {
    const temporary = join(dir, `.${target}.${pid}.${String(index).padStart(12, "0")}.tmp`);
    writeFileSync(temporary, staged);
    return { temporary, target: join(dir, target), sha256: sha256(journalled) };
  });
  writeFileSync(join(dir, WRITE_JOURNAL_NAME), JSON.stringify({ version: 1, pid, renames }));
  return renames.map((rename) => rename.temporary);
}

test("a dead writer's journal: a temporary whose hash matches is renamed into place, one that does not is removed", () => {
  const { path: dir, remove } = temporaryDirectory("repair-dead");
  try {
    writeFileSync(join(dir, "a.ts"), "old a\n");
    writeFileSync(join(dir, "b.ts"), "old b\n");
    const [aTemporary, bTemporary] = stage(dir, deadPid(), [
      { target: "a.ts", staged: "new a\n", journalled: "new a\n" },
      { target: "b.ts", staged: "torn b", journalled: "new b\n" },
    ]);
    expect(repairInterruptedWrite(dir)).toEqual([join(dir, "a.ts")]);
    expect(readFileSync(join(dir, "a.ts"), "utf8")).toBe("new a\n");
    expect(readFileSync(join(dir, "b.ts"), "utf8")).toBe("old b\n");
    expect([existsSync(aTemporary!), existsSync(bTemporary!), existsSync(join(dir, WRITE_JOURNAL_NAME))]).toEqual([false, false, false]);
  } finally {
    remove();
  }
});

test("a live writer's journal is left alone: nothing renamed, nothing removed", async () => {
  const { path: dir, remove } = temporaryDirectory("repair-live");
  const writer = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
  try {
    writeFileSync(join(dir, "a.ts"), "old a\n");
    const [temporary] = stage(dir, writer.pid!, [{ target: "a.ts", staged: "new a\n", journalled: "new a\n" }]);
    expect(repairInterruptedWrite(dir)).toEqual([]);
    expect(readFileSync(join(dir, "a.ts"), "utf8")).toBe("old a\n");
    expect([existsSync(temporary!), existsSync(join(dir, WRITE_JOURNAL_NAME))]).toEqual([true, true]);
  } finally {
    const exited = new Promise((resolve) => writer.on("close", resolve));
    writer.kill();
    await exited;
    remove();
  }
});
