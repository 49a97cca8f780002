import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { citablePath, loadAuditSource, MAX_SOURCE_FILE_BYTES, parseSourceSpec } from "../../../src/audit/sources/load";
import { parseJsonSource } from "../../../src/audit/sources/source-error";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sources-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const litellm = (text: string) => {
  const path = join(dir, "prices.json");
  writeFileSync(path, text);
  return () => loadAuditSource({ name: "litellm", path }, { projectRoot: dir });
};

test.each([
  ["truncated", '{\n  "gpt-4o": {\n    "litellm_provider": "openai",', /^prices\.json:3:34: not valid JSON/],
  ["malformed", '{\n  "gpt-4o": { litellm_provider: "openai" }\n}', /^prices\.json:2:15: not valid JSON/],
  ["a __proto__ key", '{\n  "__proto__": { "litellm_provider": "openai" }\n}', /^prices\.json:2:3: the key "__proto__" is not allowed/],
  ["a constructor key", '{ "x": { "constructor": 1 } }', /^prices\.json:1:10: the key "constructor" is not allowed/],
  ["the wrong type at the top", "[1, 2, 3]", /^prices\.json: LiteLLM price list: the top level is not a JSON object/],
])("a LiteLLM file that is %s is refused with where and why", (_what, text, message) => {
  expect(litellm(text)).toThrow(message);
});

test("a file over the size cap is refused before it is parsed", () => {
  const path = join(dir, "huge.json");
  writeFileSync(path, "");
  // A sparse file: the cap is checked on its size, so the test writes no 64 MB.
  require("node:fs").truncateSync(path, MAX_SOURCE_FILE_BYTES + 1);
  expect(() => loadAuditSource({ name: "litellm", path }, { projectRoot: dir })).toThrow(/huge\.json: cannot be read: it is larger than the limit/);
});

test("parseJsonSource keeps no prototype keys and names where they are", () => {
  expect(() => parseJsonSource('{"a": {"b": {"__proto__": 1}}}', "x.json")).toThrow('x.json:1:14: the key "__proto__" is not allowed');
  expect(parseJsonSource('{"a": 1}', "x.json")).toEqual({ a: 1 });
});

test("citations are project-relative, never a path of this machine", () => {
  expect(citablePath("/home/me/project/data/sources/litellm/x.json", "/home/me/project")).toBe("data/sources/litellm/x.json");
  expect(citablePath("/tmp/elsewhere/x.json", "/home/me/project")).toBe("x.json");
});

test.each([
  ["litellm=a.json", { name: "litellm", path: "a.json" }],
  ["openai-sdk", { name: "openai-sdk" }],
  ["xai-api", { name: "xai-api" }],
])("parseSourceSpec(%j)", (text, spec) => {
  expect(parseSourceSpec(text)).toEqual(spec);
});

test.each([
  ["openai-sdk=x", 'source "openai-sdk" takes no path'],
  ["models-dev", 'source "models-dev" needs a path'],
  ["openrouter", 'unknown source "openrouter"'],
])("parseSourceSpec(%j) refuses: %s", (text, message) => {
  expect(() => parseSourceSpec(text)).toThrow(message);
});
