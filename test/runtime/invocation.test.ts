import { invocationId, InvalidArgumentError, MODEL_IDS, MODELS } from "../../src/index";
import { invocationIdOf } from "../../src/runtime/invocation";

const model = (fields: Record<string, unknown>) => ({ id: "m", ...fields }) as never;

describe("invocationId: the ID that actually works", () => {
  test.each([
    ["no profiles: the api_name", { api_name: "m-2026-01-01" }, undefined, "m-2026-01-01"],
    ["no profiles, no api_name: the registry ID", {}, undefined, "m"],
    ["profiles offered but not required: the base ID unless one is asked for", { inference_profiles: { us: "us.m" } }, undefined, "m"],
    ["a profile asked for", { inference_profiles: { us: "us.m", global: "global.m" } }, "us", "us.m"],
    ["required: global by default", { requires_inference_profile: true, inference_profiles: { us: "us.m", global: "global.m" } }, undefined, "global.m"],
    ["required, one profile only: that one", { requires_inference_profile: true, inference_profiles: { us: "us.m" } }, undefined, "us.m"],
  ])("%s", (_name, fields, profile, expected) => {
    expect(invocationIdOf(model(fields), profile)).toBe(expected);
  });

  test.each([
    ["a profile the model lacks", { inference_profiles: { us: "us.m" } }, "eu", 'model "m" has no "eu" inference profile; it offers: us'],
    ["a prototype name", { inference_profiles: { us: "us.m" } }, "toString", 'model "m" has no "toString" inference profile; it offers: us'],
    [
      "required, several profiles, no global",
      { requires_inference_profile: true, inference_profiles: { us: "us.m", eu: "eu.m" } },
      undefined,
      'model "m" needs an inference profile and offers no "global" one; it offers: eu, us',
    ],
  ])("%s throws InvalidArgumentError", (_name, fields, profile, message) => {
    expect(() => invocationIdOf(model(fields), profile)).toThrow(InvalidArgumentError);
    expect(() => invocationIdOf(model(fields), profile)).toThrow(message);
  });

  test("on the shipped registry every model resolves: a profile ID where one is required, else its provider-side name", () => {
    for (const id of MODEL_IDS) {
      const record = MODELS[id] as { api_name?: string; requires_inference_profile?: boolean; inference_profiles?: Record<string, string> };
      const sent = invocationId(id);
      if (record.requires_inference_profile) expect(Object.values(record.inference_profiles!)).toContain(sent);
      else expect(sent).toBe(record.api_name ?? id);
    }
    expect(invocationId("anthropic.claude-opus-4-8", "us")).toBe("us.anthropic.claude-opus-4-8");
  });
});
