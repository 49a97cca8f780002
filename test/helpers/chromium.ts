// The operating system's Chromium, for tests that open a generated page in a real browser (driven by playwright-core,
// which downloads no browser of its own). .ci/run installs Debian's `chromium` when it is missing.
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
 * What a browser suite does without a Chromium: in CI (CI=true) it fails, since .ci/run installs one; elsewhere it
 * is skipped with a message nobody can miss.
 */
export function chromiumOrSkip(suite: string): { executablePath: string | undefined; describe: jest.Describe } {
  const executablePath = findChromium();
  if (executablePath !== undefined) return { executablePath, describe };
  if (process.env.CI === "true") {
    throw new Error(`${suite}: no Chromium found (set CHROMIUM_PATH, or install Debian's chromium: .ci/run does); CI must run this test`);
  }
  console.warn(
    `\n${"!".repeat(78)}\n!! SKIPPED ${suite}: no Chromium found on PATH or in CHROMIUM_PATH.\n!! Install it (apt-get install chromium) to run the browser tests; CI fails without it.\n${"!".repeat(78)}\n`,
  );
  return { executablePath: undefined, describe: describe.skip };
}
