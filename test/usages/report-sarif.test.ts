// SARIF locations are URIs: `#` and `?` in a file name or in the project root are percent-encoded (unencoded they
// start a fragment or a query, and the result points at another file); a file reached under several names (a
// symlink loop such as src/self -> .) is reported once.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, PROJECT } from "./helpers";

interface SarifLog {
  runs: Array<{
    originalUriBaseIds: { SRCROOT: { uri: string } };
    results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
  }>;
}

const USE = 'import type { ModelId } from "../../generated/models.generated";\nexport const m: ModelId = "gpt-4";\n';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "usages-sarif-#?%-"));
  cpSync(PROJECT, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const sarifOf = async (args: string[]): Promise<SarifLog> => {
  const run = await cli(["usages", "--module", "generated/models.generated.d.ts", "--as-of", "2026-12-01", "--format", "sarif", ...args], root);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as SarifLog;
};
const uris = (log: SarifLog) => log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);

test("# and ? in a file name and in the project root are percent-encoded", async () => {
  mkdirSync(join(root, "src", "we ird#dir"));
  writeFileSync(join(root, "src", "we ird#dir", "a?b.ts"), USE);
  const log = await sarifOf(["src/we ird#dir/a?b.ts"]);
  expect(uris(log)).toEqual(["src/we%20ird%23dir/a%3Fb.ts"]);
  const base = log.runs[0]!.originalUriBaseIds.SRCROOT.uri;
  expect(base).toContain("usages-sarif-%23%3F%25-");
  expect(new URL(uris(log)[0]!, base).pathname).toBe(
    new URL(`file://${join(root, "src", "we ird#dir", "a?b.ts").split("/").map(encodeURIComponent).join("/")}`).pathname,
  );
});

test("a glob through a symlink loop reports each use once", async () => {
  mkdirSync(join(root, "src", "loop"));
  writeFileSync(join(root, "src", "loop", "one.ts"), USE);
  symlinkSync(".", join(root, "src", "loop", "self"));
  const log = await sarifOf(["src/loop/**/*.ts"]);
  expect(uris(log)).toEqual(["src/loop/one.ts"]);
});
