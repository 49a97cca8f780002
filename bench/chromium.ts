// The operating system's Chromium, for the tests and the benchmark that open the catalogue page in a real browser
// (driven by playwright-core, which downloads no browser of its own). .ci/run installs Debian's `chromium` when missing.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Executable names tried on PATH, in order, after $CHROMIUM_PATH. */
const CANDIDATES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

/** The Chromium to drive: $CHROMIUM_PATH when set, else the first candidate on PATH; undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  for (const directory of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) {
      const path = join(directory, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * Resolves once `expression` is true in the page (polled every 20 ms, 30 s at most). page.waitForFunction compiles
 * its predicate inside the page, which the catalogue's Content-Security-Policy forbids (no 'unsafe-eval');
 * page.evaluate goes through the DevTools protocol, which the policy does not govern.
 */
export async function untilInPage(page: { evaluate(expression: string): Promise<unknown> }, expression: string): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (${expression}) resolve(true);
      else if (performance.now() - started > 30000) reject(new Error("timed out waiting for " + ${JSON.stringify(expression)}));
      else setTimeout(check, 20);
    };
    check();
  })`);
}
