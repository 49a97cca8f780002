import { readFileSync } from "node:fs";
import { join } from "node:path";
import { googleGenaiSource } from "../../../src/audit/sources/google-genai";

const source = googleGenaiSource(readFileSync(join(__dirname, "../../fixtures/refresh/packages/google-genai/genai.d.ts"), "utf8"), "@google/genai@3.6.1");

test("the model union, whatever the bundler named it; text models are chat, speech, image and music models are not", () => {
  const chat = (id: string) => source.models.find((model) => model.id === id)?.chat;
  expect(chat("gemini-4-neon")).toBe(true);
  expect(chat("gemma-4-31b-it")).toBe(true);
  expect(chat("gemini-3.8-flash-tts")).toBe(false);
  expect(chat("gemini-3.1-flash-image")).toBe(false);
  expect(chat("lyria-3.5")).toBe(false);
  expect(source.label).toBe("@google/genai@3.6.1 (Model)");
  expect(source.firstPartyFor).toEqual(["google"]);
});
