// jest's node environment, which ends a test file only once the child processes, servers and connections it started
// are gone, and fails a file that opened the process's stdin.
//
// A worker that still holds one when jest asks it to exit is killed 500 ms later, and jest prints "A worker process
// has failed to exit gracefully". Logged at each file's end (2026-12-07): children killed but not yet reaped, or
// exited with their pipes still open (7 files), a local HTTP server with a connection still closing (2 files), and
// stdin opened by prettier's Node entry (docs.test.ts), which then stayed open in that worker for every later file.
// Teardown runs after the file's own hooks (which close the browser, servers and watchers), so waiting here misses
// nothing; what outlives the wait is a test bug, and the file fails naming it.
import { ChildProcess } from "node:child_process";
import { Server, Socket } from "node:net";
import { TestEnvironment } from "jest-environment-node";

const SETTLE_MS = 10_000;

type Open = ChildProcess | Server | Socket;

/** The socket's file descriptor: 0, 1 and 2 are the worker's stdin, stdout and stderr. */
function fdOf(socket: Socket): number | undefined {
  return (socket as unknown as { _handle?: { fd?: number } })._handle?.fd;
}

const isStdin = (handle: Open) => handle instanceof Socket && fdOf(handle) === 0;

/** What keeps the worker alive besides jest's own channel and output (the process's stdin is never touched here: reading `process.stdin` opens it). */
function openHandles(): Open[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter(
    (handle): handle is Open =>
      handle instanceof ChildProcess || handle instanceof Server || (handle instanceof Socket && fdOf(handle) !== 1 && fdOf(handle) !== 2),
  );
}

function describe(handle: Open): string {
  if (handle instanceof ChildProcess) return `child process ${handle.spawnargs.join(" ")}`;
  if (handle instanceof Server) return `server ${JSON.stringify(handle.address())}`;
  if (isStdin(handle)) return "the process's stdin, opened by code the file loaded";
  return `connection to ${handle.remoteAddress}:${handle.remotePort}`;
}

function end(handle: Open): void {
  if (handle instanceof ChildProcess) handle.kill("SIGKILL");
  else if (handle instanceof Server) handle.close();
  else handle.destroy();
}

export default class SettledNodeEnvironment extends TestEnvironment {
  override async teardown(): Promise<void> {
    const deadline = Date.now() + SETTLE_MS;
    while (openHandles().some((handle) => !isStdin(handle)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const left = openHandles();
    const named = left.map(describe);
    left.forEach(end);
    await super.teardown();
    if (left.length > 0) throw new Error(`still open when the file ended: ${named.join("; ")}`);
  }
}
