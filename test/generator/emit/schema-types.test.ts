// The schema → entry types converter: one type per definition, named after it; value constraints are not types.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { printModule, type Declaration } from "../../../src/generator/emit/module-model";
import { schemaTypes, UnsupportedSchemaError } from "../../../src/generator/emit/schema-types";
import type { JsonSchema } from "../../../src/generator/validate/validate-schema";
import { REPO_ROOT } from "../../hardening/helpers";

const print = (declarations: Declaration[]) => printModule({ banner: () => "", imports: [], declarations }, "declarations");

test("the shipped schema: every type is named after its definition, none is numbered", () => {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schema/model_registry.schema.json"), "utf8")) as JsonSchema;
  const names = schemaTypes(schema).map((declaration) => declaration.name);
  expect(names.filter((name) => /\d$/.test(name))).toEqual([]);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toEqual(expect.arrayContaining(["ModelRegistryFile", "ModelEntry", "BenchmarkResult", "ServiceTierPrice", "PricePeriod"]));
  // Primitive definitions are left to the literal unions the module declares.
  expect(names).not.toContain("ModelId");
});

const object = (properties: Record<string, unknown>, extra: JsonSchema = {}): JsonSchema => ({ type: "object", properties, ...extra });

test.each<[string, { given: JsonSchema; want: string }]>([
  [
    "a definition referred to twice, each property with its own description, is one type",
    {
      given: object(
        { a: { description: "First.", $ref: "#/definitions/Price" }, b: { $ref: "#/definitions/Price" } },
        { required: ["a"], definitions: { Price: object({ usd: { type: "number" } }) } },
      ),
      want: "export interface ModelRegistryFile {\n  /** First. */\n  a: Price;\n  b?: Price;\n}\n\nexport interface Price {\n  usd?: number;\n}\n",
    },
  ],
  [
    "a oneOf of required lists constrains values, so the object keeps its members",
    {
      given: object({ x: { type: "integer" } }, { oneOf: [{ required: ["x"] }, { required: ["y"] }] }),
      want: "export interface ModelRegistryFile {\n  x?: number;\n}\n",
    },
  ],
  [
    "enums, consts, typed unions, arrays of unions and maps",
    {
      given: object({
        e: { enum: ["a", "b"] },
        c: { const: 2 },
        u: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
        l: { type: "array", items: { type: ["string", "null"] } },
        m: { type: "object", additionalProperties: { type: "boolean" } },
      }),
      want:
        'export interface ModelRegistryFile {\n  e?: "a" | "b";\n  c?: 2;\n  u?: string | string[];\n  l?: (string | null)[];\n' +
        "  m?: {\n    [key: string]: boolean | undefined;\n  };\n}\n",
    },
  ],
])("%s", (_name, { given, want }) => {
  expect(print(schemaTypes(given))).toBe(`\n\n${want}`);
});

test.each<[string, JsonSchema]>([
  ["a boolean subschema", object({ a: true })],
  ["a $ref outside the definitions", object({ a: { $ref: "other.json#/x" } })],
  ["an object literal as a const", object({ a: { const: { b: 1 } } })],
])("%s is reported as unsupported, not a crash", (_name, schema) => {
  expect(() => schemaTypes(schema)).toThrow(UnsupportedSchemaError);
});
