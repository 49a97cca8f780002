// Writes src/shared/registry-entry.generated.ts: the registry's entry types, generated from the shipped JSON Schema,
// for the runtime (which must not depend on any one registry's generated module). `--check` reports drift.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { printModule } from "../src/generator/emit/module-model";
import { schemaTypes } from "../src/generator/emit/schema-types";
import { writeFilesAtomically } from "../src/io/write";

export const ENTRY_TYPES_PATH = join(__dirname, "..", "src", "shared", "registry-entry.generated.ts");

/** The schema's types printed as the generated module prints them (the same model and printer). */
export function renderEntryTypes(): string {
  const schema = JSON.parse(readFileSync(join(__dirname, "..", "schema", "model_registry.schema.json"), "utf8"));
  const banner = "// GENERATED from schema/model_registry.schema.json by scripts/schema-types.ts - DO NOT EDIT.\n/* eslint-disable */";
  return printModule({ banner: () => banner, imports: [], declarations: schemaTypes(schema) }, "declarations");
}

if (require.main === module) {
  const contents = renderEntryTypes();
  if (!process.argv.includes("--check")) writeFilesAtomically([{ path: ENTRY_TYPES_PATH, contents }]);
  else if (!existsSync(ENTRY_TYPES_PATH) || readFileSync(ENTRY_TYPES_PATH, "utf8") !== contents) {
    process.stderr.write(`${ENTRY_TYPES_PATH} is stale: run npm run generate:entry-types\n`);
    process.exitCode = 1;
  }
}
