/** Every value the package entry exports is deeply frozen: one caller cannot change the registry or a table for all others. */
import * as entry from "../../src/index";
import { PRIORITY_WEIGHTS, QUALITY_WEIGHTS, selectModels } from "../../src/index";

/** Paths (from the export name) of every object or function reachable through own properties that is not frozen. */
function unfrozenPaths(name: string, value: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const walk = (current: unknown, path: string) => {
    if (!((typeof current === "object" && current !== null) || typeof current === "function") || seen.has(current)) return;
    seen.add(current);
    if (!Object.isFrozen(current)) found.push(path);
    for (const key of Reflect.ownKeys(current)) {
      const descriptor = Object.getOwnPropertyDescriptor(current, key)!;
      if ("value" in descriptor) walk(descriptor.value, `${path}.${String(key)}`);
    }
  };
  walk(value, name);
  return found;
}

test("the entry exports values (sanity check of the walk below)", () => {
  expect(Object.keys(entry).length).toBeGreaterThan(30);
});

test.each(Object.keys(entry))("export %s is deeply frozen", (name) => {
  expect(unfrozenPaths(name, (entry as Record<string, unknown>)[name])).toEqual([]);
});

test("writing into a nested weight table throws and selection keeps its documented 0..1 scores", () => {
  expect(() => {
    (PRIORITY_WEIGHTS.balanced as { cost: number }).cost = 9;
  }).toThrow(TypeError);
  expect(() => {
    (QUALITY_WEIGHTS.general as { coding: number }).coding = 9;
  }).toThrow(TypeError);
  expect(PRIORITY_WEIGHTS.balanced.cost).toBe(0.3);
  for (const candidate of selectModels().candidates) expect(candidate.score).toBeLessThanOrEqual(1);
});
