import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deprecationNotes, openaiSdkSource } from "../../../src/audit/sources/openai-sdk";
import type { RegistryModel } from "../../../src/audit/types";

const FIXTURE = readFileSync(join(__dirname, "../../fixtures/refresh/packages/openai/shared.d.ts"), "utf8");
const source = openaiSdkSource(FIXTURE, "openai@7.60.0");
const byId = (id: string) => source.models.find((model) => model.id === id);

test("the ChatModel union, each a chat model of OpenAI, first-party, cited as package@version and file", () => {
  expect(source.models).toHaveLength(91);
  expect(byId("gpt-6.2-sol")).toEqual({ provider: "openai", id: "gpt-6.2-sol", key: "ChatModel gpt-6.2-sol", chat: true });
  expect(source.firstPartyFor).toEqual(["openai"]);
  expect(source.citation).toBe("openai@7.60.0 resources/shared.d.ts");
});

test.each([
  ["gpt-5", "2026-12-11"],
  ["o3-2025-04-16", "2026-12-11"],
  ["gpt-4o", "2027-01-14"],
  ["gpt-3.5-turbo-1106", "2026-09-28"],
  ["chatgpt-4o-latest", "2026-02-17"],
])("%s: announced shutdown %s", (id, date) => {
  expect(byId(id)?.shutdown_date).toBe(date);
});

test('"Not a supported model ID" leaves the ID out', () => {
  expect(byId("gpt-5.1-mini")).toBeUndefined();
  expect(deprecationNotes('/**\n * - "a", "b": Announced shutdown date: 2026-01-02.\n * - "c": Not a supported model ID.\n */')).toEqual(
    new Map([
      ["a", "2026-01-02"],
      ["b", "2026-01-02"],
      ["c", "unsupported"],
    ]),
  );
});

test("a registry entry finds its model through api_name or id", () => {
  expect(source.find({ id: "openai/gpt-5", provider: "openai", api_name: "gpt-5" } as RegistryModel)?.shutdown_date).toBe("2026-12-11");
});

test("a package whose shape changed is a located error, not an empty list", () => {
  expect(() => openaiSdkSource("export type Other = 'x';", "openai@9.0.0")).toThrow(
    "openai@9.0.0 resources/shared.d.ts: no union of model IDs named ChatModel",
  );
});
