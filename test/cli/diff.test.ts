import { boundedDiff, MAX_DIFF_LINES } from "../../src/cli/diff";

const numbered = (count: number, prefix = "line") => Array.from({ length: count }, (_, i) => `${prefix} ${i}`).join("\n") + "\n";

test("a small change is shown whole, a/ on disk to b/ what would be written", () => {
  const diff = boundedDiff([{ path: "out/x.ts", before: "a\nb\nc\n", after: "a\nB\nc\n" }]);
  expect(diff).toBe(["--- a/out/x.ts", "+++ b/out/x.ts", "@@ -1,3 +1,3 @@", " a", "-b", "+B", " c", ""].join("\n"));
});

test("a missing file diffs from nothing", () => {
  expect(boundedDiff([{ path: "new.ts", before: undefined, after: "x\n" }])).toContain("@@ -0,0 +1,1 @@\n+x\n");
});

test(`at most ${MAX_DIFF_LINES} lines over all files, then a note of how many were left out`, () => {
  const diff = boundedDiff([
    { path: "a.ts", before: "", after: numbered(150) },
    { path: "b.ts", before: "", after: numbered(150) },
  ]);
  const lines = diff.trimEnd().split("\n");
  expect(lines).toHaveLength(MAX_DIFF_LINES + 1);
  expect(lines).toContain("+++ b/b.ts");
  // 2 × (150 + 3 header lines) = 306 lines of diff, 200 shown.
  expect(lines.at(-1)).toBe(`… 106 more diff lines not shown (at most ${MAX_DIFF_LINES} are)`);
});

test("long lines are cut, and the cut is counted", () => {
  const long = "x".repeat(1000);
  const diff = boundedDiff([{ path: "m.js", before: `${long}1\n`, after: `${long}2\n` }], 200, 400);
  expect(diff).toContain(`-${"x".repeat(399)}… (602 more characters)\n`);
  expect(diff.trimEnd().split("\n").at(-1)).toBe("(2 lines cut at 400 characters)");
  expect(diff.split("\n").every((line) => line.length <= 430)).toBe(true);
});
