#!/usr/bin/env node
// The signal handlers come first, before the generator's modules load (which takes a while), so a
// Ctrl+C at any moment stops the run through the abort signal: nothing written, exit 130 (143 for SIGTERM).
// A second signal exits at once.
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(signal === "SIGINT" ? 130 : 143);
    stop.abort(signal);
  });
}
// `model-registry audit | head`: the reader closing the pipe is the end of the output, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
// Shown by ps/top; also tells a supervisor (and the signal tests) that the handlers are in place.
process.title = "model-registry";

void import("../src/cli/main").then(({ runCli }) =>
  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signal: stop.signal,
  }).then((code) => {
    process.exitCode = code;
  }),
);
