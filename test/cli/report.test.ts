import { createColors } from "picocolors";
import { codeFrame } from "../../src/cli/report";

const plain = createColors(false);

test("a code frame shows bidi controls by name, so a hostile line cannot reorder the terminal", () => {
  const frame = codeFrame('a: 1\nname: "abc\u202Edef"\nb: 2\n', 2, 7, plain);
  expect(frame).toContain('name: "abc<U+202E>def"');
  expect(frame).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
});

test("control characters in a frame are replaced, tabs become spaces", () => {
  const frame = codeFrame("x:\t\u001b[31mred\n", 1, 1, plain);
  expect(frame).toContain("x: <ESC>[31mred");
  expect(frame).not.toContain("\u001b");
});

describe("bounded error output", () => {
  test("a frame around a 20 MB line shows a window of the line, with the caret at the column", () => {
    const long = "bad: " + "x".repeat(20_000_000);
    const frame = codeFrame(`a: 1\n${long}\nb: 2\n`, 2, 10_000, plain);
    expect(frame.length).toBeLessThan(1000);
    const [, marked, caret] = frame.split("\n");
    expect(marked).toMatch(/\| …x+…$/);
    expect(caret!.indexOf("^") - caret!.indexOf("|")).toBe(marked!.indexOf("…") - marked!.indexOf("|") + 81);
  });

  test("15,000 unknown keys: a capped report (and N more) in seconds, not a 6 MB dump", async () => {
    const { readFileSync, writeFileSync, mkdtempSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { runCli } = await import("../../src/cli/main");
    const dir = mkdtempSync(join(tmpdir(), "report-cap-"));
    try {
      const base = readFileSync(join(__dirname, "../fixtures/hardening-base/registry.yaml"), "utf8");
      const keys = Array.from({ length: 15_000 }, (_, i) => `    unknown_key_${i}: 1\n`).join("");
      writeFileSync(join(dir, "registry.yaml"), base.replace(`    verified: "2026-07-24"\n`, `    verified: "2026-07-24"\n` + keys));
      let stderr = "";
      const code = await runCli(["validate", "--registry", "registry.yaml"], {
        stdout: { write: () => true },
        stderr: { write: (text: string) => (stderr += text) },
        env: {},
        cwd: dir,
      });
      expect(code).toBe(1);
      expect(stderr.length).toBeLessThan(100_000);
      expect(stderr).toContain("14800 more schema error(s) not listed");
      expect(stderr).toMatch(/… and \d+ more not shown\.\nFound 201 errors\.\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
