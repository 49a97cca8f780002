import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { convertLegacyMarkdown } from "../../src/migrate/legacy-table";
import { entriesToYaml } from "../../src/migrate/yaml-out";
import { LEGACY_PATH, REGISTRY_PATH } from "./registry-data";

// YAML 1.1 readers (js-yaml, PyYAML, ajv-cli) turn a plain 2026-01-05 into a timestamp; the `yaml` library's
// 1.1 mode does the same, so a file that parses alike in both modes reads the same in those tools as here.
const yamlWeWrite: ReadonlyArray<[string, () => string]> = [
  ["the shipped registry", () => readFileSync(REGISTRY_PATH, "utf8")],
  ["migrate output", () => entriesToYaml(convertLegacyMarkdown(readFileSync(LEGACY_PATH, "utf8"), "2025-11-01").entries, { withKey: true })],
];

describe.each(yamlWeWrite)("%s", (_name, read) => {
  it("parses the same as YAML 1.1 and as YAML 1.2 (dates quoted)", () => {
    const text = read();
    expect(text).toMatch(/"\d{4}-\d{2}-\d{2}"/);
    expect(parse(text, { version: "1.1" })).toEqual(parse(text, { version: "1.2" }));
  });
});
