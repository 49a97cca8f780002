/**
 * Polls `condition` until it holds. The bound is generous on purpose: it only turns a hang into a failure that
 * names what never happened; how long things take on a loaded machine is not what these tests judge.
 */
export async function waitFor(what: string, condition: () => boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
