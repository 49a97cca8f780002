// jest's node environment, which ends a test file only once the child processes, servers and connections it started
// are gone.
//
// A worker that still holds one when jest asks it to exit is killed 500 ms later, and jest prints "A worker process
// has failed to exit gracefully". Logged at each file's end (2026-12-07): children killed but not yet reaped, or
// exited with their pipes still open (7 files), and a local HTTP server with a connection still closing (2 files).
// Teardown runs after the file's own hooks (which close the browser, servers and watchers), so waiting here misses
// nothing; one that outlives the wait is a test bug, and the file fails naming it.
import { ChildProcess } from "node:child_process";
import { Server, Socket } from "node:net";
import { TestEnvironment } from "jest-environment-node";

const SETTLE_MS = 10_000;

type Lingering = ChildProcess | Server | Socket;

function lingering(): Lingering[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  const stdio: unknown[] = [process.stdin, process.stdout, process.stderr];
  return handles.filter(
    (handle): handle is Lingering => handle instanceof ChildProcess || handle instanceof Server || (handle instanceof Socket && !stdio.includes(handle)),
  );
}

function describe(handle: Lingering): string {
  if (handle instanceof ChildProcess) return `child process ${handle.spawnargs.join(" ")}`;
  if (handle instanceof Server) return `server ${JSON.stringify(handle.address())}`;
  return `connection to ${handle.remoteAddress}:${handle.remotePort}`;
}

function end(handle: Lingering): void {
  if (handle instanceof ChildProcess) handle.kill("SIGKILL");
  else if (handle instanceof Server) handle.close();
  else handle.destroy();
}

export default class SettledNodeEnvironment extends TestEnvironment {
  override async teardown(): Promise<void> {
    const deadline = Date.now() + SETTLE_MS;
    while (lingering().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const left = lingering();
    const named = left.map(describe);
    left.forEach(end);
    await super.teardown();
    if (left.length > 0) throw new Error(`still open ${SETTLE_MS / 1000} s after the file ended: ${named.join("; ")}`);
  }
}
