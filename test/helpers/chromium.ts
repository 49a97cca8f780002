import { findChromium } from "../../bench/chromium";

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
