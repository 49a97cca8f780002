// jest's node environment, which ends a test file only once every child process the file started is gone.
//
// A worker that still has a child when jest asks it to exit is killed 500 ms later, and jest prints "A worker process
// has failed to exit gracefully". Files that spawn processes sometimes finished with one just killed and not yet
// reaped, or exited with its pipes still open. Teardown runs after the file's own afterAll hooks (which close the
// browser, servers and watchers), so waiting here misses nothing; a child that outlives the wait is a test bug, and
// the file fails naming it.
import { ChildProcess } from "node:child_process";
import { TestEnvironment } from "jest-environment-node";

const SETTLE_MS = 10_000;

function liveChildren(): ChildProcess[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter((handle): handle is ChildProcess => handle instanceof ChildProcess);
}

export default class SettledNodeEnvironment extends TestEnvironment {
  override async teardown(): Promise<void> {
    const deadline = Date.now() + SETTLE_MS;
    while (liveChildren().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const left = liveChildren();
    for (const child of left) child.kill("SIGKILL");
    await super.teardown();
    if (left.length > 0) {
      throw new Error(`child processes still running ${SETTLE_MS / 1000} s after the file ended: ${left.map((child) => child.spawnargs.join(" ")).join("; ")}`);
    }
  }
}
