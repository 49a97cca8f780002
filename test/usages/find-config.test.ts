import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModelEntry } from "../../src/shared/registry-file";
import { findConfigUses } from "../../src/usages/find-config";
import { buildUsageRegistry } from "../../src/usages/registry";

const registry = buildUsageRegistry(
  [
    { id: "gpt-4", provider: "openai", status: "deprecated", replaced_by: "gpt-4o" },
    { id: "gpt-4o", provider: "openai", status: "production", api_name: "gpt-4o-2024-08-06" },
  ] as ModelEntry[],
  { legacy: "gpt-4" },
  "test",
);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "model-registry-find-config-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function usesIn(name: string, text: string, language: "json" | "yaml" | "env") {
  const path = join(dir, name);
  writeFileSync(path, text);
  return findConfigUses(path, language, registry).uses.map((use) => ({
    at: `${use.line}:${use.column}`,
    raw: text.slice(use.start, use.end),
    model: use.modelId,
    via: use.via,
  }));
}

describe("config file scanning", () => {
  it("JSON: values, not keys; escapes decoded; positions at the opening quote", () => {
    const text = '{\n  "gpt-4": "gpt\\u002d4",\n  "list": ["legacy", "other"],\n  "nested": { "model": "gpt-4o-2024-08-06" }\n}\n';
    expect(usesIn("a.json", text, "json")).toEqual([
      { at: "2:12", raw: "gpt\\u002d4", model: "gpt-4", via: "id" },
      { at: "3:12", raw: "legacy", model: "gpt-4", via: "alias" },
      { at: "4:24", raw: "gpt-4o-2024-08-06", model: "gpt-4o", via: "api_name" },
    ]);
  });

  it("YAML: plain and quoted values and list items; keys and block scalars are not uses", () => {
    const text = "gpt-4: key only\nmodel: gpt-4\nquoted: 'gpt-4o'\nlist:\n  - legacy\nprose: |\n  gpt-4\n";
    expect(usesIn("a.yaml", text, "yaml")).toEqual([
      { at: "2:8", raw: "gpt-4", model: "gpt-4", via: "id" },
      { at: "3:9", raw: "gpt-4o", model: "gpt-4o", via: "id" },
      { at: "5:5", raw: "legacy", model: "gpt-4", via: "alias" },
    ]);
  });

  it(".env: bare, quoted and exported values, trailing comments ignored", () => {
    const text = "# gpt-4 in a comment\nMODEL=gpt-4\nexport FALLBACK='gpt-4o'  # fallback\nEMPTY=\nGPT_4=other\n";
    expect(usesIn("a.env", text, "env")).toEqual([
      { at: "2:7", raw: "gpt-4", model: "gpt-4", via: "id" },
      { at: "3:17", raw: "gpt-4o", model: "gpt-4o", via: "id" },
    ]);
  });
});
