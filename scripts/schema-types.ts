// Writes src/shared/registry-entry.generated.ts: the registry's entry types, generated from the shipped JSON Schema,
// for the runtime (which must not depend on any one registry's generated module). `--check` reports drift.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emitSchemaTypes } from "../src/generator/emit/emit-types";
import { formatSource } from "../src/generator/emit/format";
import { writeFilesAtomically } from "../src/io/write";

export const ENTRY_TYPES_PATH = join(__dirname, "..", "src", "shared", "registry-entry.generated.ts");

export async function renderEntryTypes(): Promise<string> {
  const schema = JSON.parse(readFileSync(join(__dirname, "..", "schema", "model_registry.schema.json"), "utf8"));
  const banner = "// GENERATED from schema/model_registry.schema.json by scripts/schema-types.ts - DO NOT EDIT.\n/* eslint-disable */\n";
  return formatSource(banner + (await emitSchemaTypes(schema)), ENTRY_TYPES_PATH);
}

if (require.main === module) {
  void renderEntryTypes().then((contents) => {
    const current = (() => {
      try {
        return readFileSync(ENTRY_TYPES_PATH, "utf8");
      } catch {
        return undefined;
      }
    })();
    if (process.argv.includes("--check")) {
      if (current !== contents) {
        process.stderr.write(`${ENTRY_TYPES_PATH} is stale: run npm run generate:entry-types\n`);
        process.exitCode = 1;
      }
      return;
    }
    writeFilesAtomically([{ path: ENTRY_TYPES_PATH, contents }]);
  });
}
