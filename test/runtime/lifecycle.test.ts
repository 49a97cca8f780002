import { DeprecatedModelError, InvalidArgumentError, ModelRemovedError, resolveModel, UnknownModelError, type DeprecationNotice } from "../../src/index";
import { smallRegistryApi } from "./small-registry";

const BEFORE_REMOVAL = new Date("2026-01-15T12:00:00Z");

function recordingApi() {
  const notices: DeprecationNotice[] = [];
  const api = smallRegistryApi({ warn: (notice) => notices.push(notice) });
  return { api, notices };
}

describe("resolveModel: lifecycle policy", () => {
  test("production, beta and experimental models resolve silently", () => {
    const { api, notices } = recordingApi();
    expect(api.resolveModel("alpha").id).toBe("alpha");
    expect(api.resolveModel("beta-model").status).toBe("beta");
    expect(api.resolveModel("exp-model").status).toBe("experimental");
    expect(notices).toEqual([]);
  });

  test("a deprecated model resolves and warns once per ID, with replacement and shutdown date", () => {
    const { api, notices } = recordingApi();
    const now = new Date("2029-12-31T23:59:59Z");
    expect(api.resolveModel("old-model", { now }).id).toBe("old-model");
    api.resolveModel("old-model", { now });
    api.resolveModel("legacy-old", { now }); // an alias of old-model: same ID, no second warning
    expect(notices).toEqual([
      {
        modelId: "old-model",
        replacement: "alpha",
        deprecatedSince: "2024-01-01",
        shutdownDate: "2030-01-01",
        message: 'model "old-model" is deprecated since 2024-01-01 (shuts down on 2030-01-01); use "alpha" instead',
      },
    ]);
  });

  test("warn-once state belongs to the API instance; a per-call sink receives the warning instead of the default", () => {
    const { api, notices } = recordingApi();
    const perCall: DeprecationNotice[] = [];
    api.resolveModel("old-model", { now: BEFORE_REMOVAL, warn: (n) => perCall.push(n) });
    api.resolveModel("old-model", { now: BEFORE_REMOVAL });
    expect(perCall.map((n) => n.modelId)).toEqual(["old-model"]);
    expect(notices).toEqual([]);
    const fresh = recordingApi();
    fresh.api.resolveModel("old-model", { now: BEFORE_REMOVAL });
    expect(fresh.notices).toHaveLength(1);
  });

  test("strict mode throws instead of warning, every time", () => {
    const { api, notices } = recordingApi();
    for (let i = 0; i < 2; i++) {
      let error: unknown;
      try {
        api.resolveModel("old-model", { strict: true, now: BEFORE_REMOVAL });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DeprecatedModelError);
      expect(error).toMatchObject({ code: "MODEL_DEPRECATED", modelId: "old-model", replacement: "alpha", shutdownDate: "2030-01-01" });
      expect((error as Error).message).toBe('model "old-model" is deprecated since 2024-01-01 (shuts down on 2030-01-01); use "alpha" instead (strict mode)');
    }
    expect(notices).toEqual([]);
    expect(api.resolveModel("alpha", { strict: true }).id).toBe("alpha");
  });

  test("from 00:00 UTC on the shutdown date it throws, naming the replacement, strict or not", () => {
    const { api, notices } = recordingApi();
    api.resolveModel("old-model", { now: new Date("2029-12-31T23:59:59.999Z") });
    const removed = () => api.resolveModel("old-model", { now: new Date("2030-01-01T00:00:00Z") });
    expect(removed).toThrow(ModelRemovedError);
    expect(removed).toThrow('model "old-model" was shut down on 2030-01-01; use "alpha" instead');
    expect(() => api.resolveModel("legacy-old", { strict: true, now: new Date("2031-01-01") })).toThrow(ModelRemovedError);
    expect(notices).toHaveLength(1);
  });

  test("the clock defaults to now: a model shut down in 2020 fails today", () => {
    const { api } = recordingApi();
    expect(() => api.resolveModel("gone-model")).toThrow('model "gone-model" was shut down on 2020-06-01; use "alpha" instead');
  });

  test("unknown names throw UnknownModelError, with a did-you-mean for likely typos", () => {
    const { api } = recordingApi();
    expect(() => api.resolveModel("alpah")).toThrow('unknown model "alpah"; did you mean "alpha"?');
    expect(() => api.resolveModel("legacy-alpa")).toThrow('did you mean "legacy-alpha"?');
    expect(() => api.resolveModel("toString")).toThrow(UnknownModelError);
    expect(() => api.resolveModel("zzzzzzzzzzzz")).toThrow(/^unknown model "zzzzzzzzzzzz"$/);
  });

  test("a huge untrusted name fails fast with a capped message and no suggestion", () => {
    const { api } = recordingApi();
    const huge = "a".repeat(5_000_000);
    let error: UnknownModelError | undefined;
    try {
      api.resolveModel(huge);
    } catch (caught) {
      error = caught as UnknownModelError;
    }
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(error!.suggestion).toBeUndefined();
    expect(error!.input).toHaveLength(100);
    expect(error!.message.length).toBeLessThan(150);
  });

  test("an invalid clock is an argument error", () => {
    const { api } = recordingApi();
    expect(() => api.resolveModel("old-model", { now: new Date("not a date") })).toThrow(InvalidArgumentError);
  });
});

describe("resolveModel on the generated registry", () => {
  test("gpt-4o: warns before its shutdown on 2027-01-14, fails from then on naming gpt-6-luna", () => {
    const warnings: string[] = [];
    const warn = (notice: DeprecationNotice) => warnings.push(notice.message);
    expect(resolveModel("gpt-4o", { now: new Date("2027-01-13T23:59:59Z"), warn }).replaced_by).toBe("gpt-6-luna");
    expect(warnings).toEqual(['model "gpt-4o" is deprecated since 2026-10-14 (shuts down on 2027-01-14); use "gpt-6-luna" instead']);
    expect(() => resolveModel("gpt-4o", { now: new Date("2027-01-14T00:00:00Z") })).toThrow(
      'model "gpt-4o" was shut down on 2027-01-14; use "gpt-6-luna" instead',
    );
  });

  test("gemini-2.0-pro has no shutdown date: strict throws, otherwise it resolves; the replacement is the end of its chain", () => {
    expect(() => resolveModel("gemini-2.0-pro", { strict: true })).toThrow(DeprecatedModelError);
    expect(() => resolveModel("gemini-2.0-pro", { strict: true })).toThrow('use "gemini-3.8-flash" instead (strict mode)');
    const warnings: DeprecationNotice[] = [];
    expect(resolveModel("gemini-2.0-pro", { warn: (n) => warnings.push(n) }).id).toBe("gemini-2.0-pro");
    expect(warnings.map((n) => [n.modelId, n.replacement, n.shutdownDate])).toEqual([["gemini-2.0-pro", "gemini-3.8-flash", undefined]]);
  });

  test("production models resolve to the same frozen record as getModel", () => {
    expect(resolveModel("claude-haiku-4-5", { strict: true }).api_name).toBe("claude-haiku-4-5-20251001");
  });
});
