// The runtime's entry types are generated from the shipped schema (scripts/schema-types.ts); this is their drift check.
import { readFileSync } from "node:fs";
import { ENTRY_TYPES_PATH, renderEntryTypes } from "../../scripts/schema-types";

test("src/shared/registry-entry.generated.ts is what the shipped schema generates (npm run generate:entry-types)", () => {
  expect(readFileSync(ENTRY_TYPES_PATH, "utf8")).toBe(renderEntryTypes());
});
