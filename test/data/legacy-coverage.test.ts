import { readFileSync } from "node:fs";
import { parseLegacyTable } from "../../src/migrate/legacy-table";
import { LEGACY_PATH, loadRegistry } from "./registry-data";

describe("every legacy table row maps to a registry ID", () => {
  const registry = loadRegistry();
  const ids = new Set(registry.models.map((m) => m.id));
  const aliases = registry.aliases ?? {};
  const { rows } = parseLegacyTable(readFileSync(LEGACY_PATH, "utf8"));

  test("the legacy file has its 53 real rows", () => {
    expect(rows).toHaveLength(53);
  });

  test.each(rows.map((r) => [r.cells["Model"]!]))("%s is a model ID or an alias of one", (legacyId) => {
    const target = ids.has(legacyId) ? legacyId : aliases[legacyId];
    expect(target).toBeDefined();
    expect(ids.has(target!)).toBe(true);
  });

  test("the registry has at least the 63 models the legacy headers promised, and still the 8 legacy providers", () => {
    expect(registry.models.length).toBeGreaterThanOrEqual(63);
    const providers = new Set(registry.models.map((m) => m.provider));
    for (const legacy of ["openai", "anthropic", "google", "xai", "bedrock", "azure", "dial", "ollama"]) expect(providers).toContain(legacy);
  });
});
