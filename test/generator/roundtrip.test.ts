// The generated data is the YAML data: nothing lost, added or altered on the way through the
// generator, and frozen at every depth. Checked on the shipped registry (the committed module) and
// on the minimal fixture (generated into a temporary directory and imported from there).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { compareStrings } from "../../src/shared/diagnostics";
import * as shipped from "../../generated/models.generated";
import { FIXTURES, SHIPPED_REGISTRY, generateInto } from "../helpers/generate-fixture";
import { temporaryDirectory } from "../helpers/typescript";

type GeneratedModule = typeof shipped;

interface RegistryYaml {
  providers: Record<string, unknown>;
  models: Array<{
    id: string;
    provider: string;
    status: string;
    notes?: unknown;
    sources?: unknown;
    /** Absent on an unrated entry. */
    scores?: { coding: number; reasoning: number; basis: string };
  }>;
  aliases?: Record<string, string>;
}

function readYaml(path: string): RegistryYaml {
  return parse(readFileSync(path, "utf8")) as RegistryYaml;
}

function sortedCopy(values: readonly string[]): string[] {
  return [...values].sort(compareStrings);
}

/** Every object and array reachable from `value`, with its path. */
function containers(value: unknown, path = "$"): Array<{ path: string; value: object }> {
  if (value === null || typeof value !== "object") return [];
  return [{ path, value }, ...Object.entries(value).flatMap(([key, child]) => containers(child, `${path}.${key}`))];
}

function describeRoundTrip(name: string, registryPath: string, load: () => Promise<GeneratedModule>): void {
  describe(name, () => {
    let generated: GeneratedModule;
    let yaml: RegistryYaml;
    beforeAll(async () => {
      generated = await load();
      yaml = readYaml(registryPath);
    });

    test("MODELS deep-equals the YAML models' figures, keyed by id (provenance stays in the YAML; scores are derived)", () => {
      const figures = yaml.models.map(({ notes: _notes, sources: _sources, scores: _scores, ...model }) => model);
      const withoutScores = Object.fromEntries(Object.entries(generated.MODELS).map(([id, { scores: _scores, ...model }]) => [id, model]));
      expect(withoutScores).toStrictEqual(Object.fromEntries(figures.map((model) => [model.id, model])));
    });

    test("scores are the YAML's where no result counts, else derived from benchmarks (docs/scoring.md)", () => {
      for (const model of yaml.models) {
        const scores = (generated.MODELS as unknown as Record<string, { scores?: { coding: number; reasoning: number; basis: string; benchmark?: string } }>)[
          model.id
        ]!.scores;
        // Unrated (no scores, and no results of its own or of the weights it serves): none generated either.
        if (model.scores === undefined && (scores === undefined || scores.basis === "benchmark")) continue;
        if (scores === undefined || model.scores === undefined) throw new Error(`${model.id}: scores on one side only`);
        if (scores.basis === "benchmark" && model.scores.basis === "tier") expect(scores.benchmark).toMatch(/^(Derived from|Same weights as) /);
        else if (scores.coding !== model.scores.coding || scores.reasoning !== model.scores.reasoning) {
          // An unmeasured local model is capped at the small tier.
          expect([scores.coding, scores.reasoning]).toEqual([Math.min(model.scores.coding, 0.6), Math.min(model.scores.reasoning, 0.6)]);
        } else expect(scores).toStrictEqual(model.scores);
      }
    });

    test("PROVIDERS deep-equals the YAML providers", () => {
      expect(generated.PROVIDERS).toStrictEqual(yaml.providers);
    });

    test("MODEL_ALIASES deep-equals the YAML aliases", () => {
      expect(generated.MODEL_ALIASES).toStrictEqual(yaml.aliases ?? {});
    });

    test("MODEL_IDS and PROVIDER_IDS list every ID once, in code-unit order", () => {
      const ids = yaml.models.map((model) => model.id);
      expect(generated.MODEL_IDS).toEqual(sortedCopy(ids));
      // All-digit IDs are rejected by the schema, so no key is reordered as an array index.
      expect(sortedCopy(Object.keys(generated.MODELS))).toEqual(sortedCopy(ids));
      expect(generated.PROVIDER_IDS).toEqual(sortedCopy(Object.keys(yaml.providers)));
    });

    test("every constant in Models is the ID it is named after, one per model", () => {
      const constants = Object.entries(generated.Models);
      expect(constants.map(([, id]) => id)).toEqual(sortedCopy(yaml.models.map((model) => model.id)));
      for (const [name, id] of constants)
        expect(name).toBe(
          id
            .toUpperCase()
            .replace(/[^A-Z0-9]/g, "_")
            .replace(/^(?=[0-9])/, "_"),
        );
    });

    test("every exported object and array is frozen at every depth", () => {
      const exported = {
        MODELS: generated.MODELS,
        MODEL_IDS: generated.MODEL_IDS,
        PROVIDERS: generated.PROVIDERS,
        PROVIDER_IDS: generated.PROVIDER_IDS,
        MODEL_ALIASES: generated.MODEL_ALIASES,
        Models: generated.Models,
      };
      const unfrozen = Object.entries(exported)
        .flatMap(([name, value]) => containers(value, name))
        .filter((container) => !Object.isFrozen(container.value))
        .map((container) => container.path);
      expect(unfrozen).toEqual([]);
    });

    test("assigning into the frozen data throws in strict mode and changes nothing", () => {
      const [firstId] = generated.MODEL_IDS;
      const entry = generated.MODELS[firstId!] as unknown as { context_window: number; scores: { coding: number } };
      const before = entry.context_window;
      expect(() => {
        entry.context_window = before + 1;
      }).toThrow(TypeError);
      expect(() => {
        entry.scores.coding = 2;
      }).toThrow(TypeError);
      expect(() => {
        (generated.MODEL_IDS as string[]).push("extra");
      }).toThrow(TypeError);
      expect(() => {
        (generated.MODELS as unknown as Record<string, unknown>)["injected"] = {};
      }).toThrow(TypeError);
      expect(entry.context_window).toBe(before);
      expect(Object.keys(generated.MODELS)).not.toContain("injected");
    });
  });
}

describeRoundTrip("shipped registry (generated/models.generated.d.ts)", SHIPPED_REGISTRY, async () => shipped);

const scratch = temporaryDirectory("roundtrip");
afterAll(() => scratch.remove());

for (const fixture of ["minimal"]) {
  const registryPath = join(FIXTURES, "valid", fixture, "model_registry.yaml");
  describeRoundTrip(`fixture valid/${fixture} (generated into a temporary directory)`, registryPath, async () => {
    const modulePath = await generateInto(registryPath, join(scratch.path, fixture));
    return (await import(modulePath)) as GeneratedModule;
  });
}
