import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ROOT = join(__dirname, "..", "..");
const DOCUMENTS = [
  "docs/design.md",
  "README.md",
  "models/model_registry.md",
  "docs/using-in-another-repository.md",
  "docs/runtime-api.md",
  "docs/adding-a-model.md",
  "docs/cli.md",
];

/** Inline link and image targets, outside fenced code blocks and code spans. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[^]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
}

describe.each(DOCUMENTS)("%s", (document) => {
  const text = readFileSync(join(ROOT, document), "utf8");
  const relative = linkTargets(text).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"));

  test("has relative links, and every one resolves to a file or directory in the repository", () => {
    expect(relative.length).toBeGreaterThan(0);
    const missing = relative.filter((target) => {
      const path = resolve(dirname(join(ROOT, document)), decodeURI(target.replace(/#.*$/, "")));
      return !path.startsWith(ROOT) || !existsSync(path);
    });
    expect(missing).toEqual([]);
  });
});
