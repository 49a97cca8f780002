import { dependencyVersion, throughCache, type DerivedCache } from "../../io/derived-cache";
import { BoundedCache } from "../../shared/bounded-cache";
import { EXTENSION_KEYS } from "../input/extend";
import type { JsonSchema } from "../validate/validate-schema";

/**
 * TypeScript declarations for the registry's entry types, generated from the JSON Schema by
 * json-schema-to-typescript, so the schema stays the one definition of truth. With a cache, a schema converted on
 * an earlier run is not converted again (nor json-schema-to-typescript loaded: ~100 ms).
 */
export function emitSchemaTypes(schema: JsonSchema, cache?: DerivedCache): Promise<string> {
  const key = JSON.stringify(schema);
  let types = typesBySchemaText.get(key);
  if (types === undefined) {
    types = throughCache(cache, "schema-types", { schema: key, converter: dependencyVersion("json-schema-to-typescript") }, () => schemaTypes(schema));
    typesBySchemaText.set(key, types);
    // A schema json-schema-to-typescript rejects is reported by the caller; the next run may bring a fixed one.
    types.catch(() => typesBySchemaText.delete(key));
  }
  return types;
}

/** By schema text, as the validators are: a process that generates many times converts each schema once. */
const typesBySchemaText = new BoundedCache<string, Promise<string>>(4);

async function schemaTypes(schema: JsonSchema): Promise<string> {
  const { compile } = await import("json-schema-to-typescript");
  const declarations = await compile(prepareForTypeGeneration(resolvedRegistryShape(schema)), "ModelRegistryFile", {
    bannerComment: "",
    format: false,
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
  });
  return declarations
    .replace(REFERENCED_BY_NOTE, "")
    .replace(EMPTY_DOC_LINE_BEFORE_END, "\n */")
    .replace(EMPTY_DOC_COMMENT, "")
    .replace(ITEMS_PREFIX, "$1Each item: ")
    .split("\n")
    .reduce(separateDeclarations, [] as string[])
    .join("\n");
}

/**
 * A blank line before each top-level declaration and its doc comment (json-schema-to-typescript runs them
 * together; prettier keeps the blank lines it is given but adds none). Its unformatted output starts only
 * top-level declarations with `export`.
 */
function separateDeclarations(lines: string[], line: string): string[] {
  if (line.startsWith("export ") && lines.length > 0) {
    let start = lines.length;
    if (lines[start - 1] === " */") while (start > 0 && lines[start - 1] !== "/**") start--;
    const docStart = lines[start - 1] === "/**" ? start - 1 : start;
    if (docStart > 0 && lines[docStart - 1] !== "") lines.splice(docStart, 0, "");
  }
  lines.push(line);
  return lines;
}

const REFERENCED_BY_NOTE =
  /\n \* ?\n \* This interface was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\.|\n \* This interface was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\./g;
const EMPTY_DOC_LINE_BEFORE_END = /\n \*\s*\n \*\//g;
const EMPTY_DOC_COMMENT = /^\/\*\*\n \*\/\n/gm;
/** json-schema-to-typescript labels an array's item description "Items:". */
const ITEMS_PREFIX = /^(\s*\* )Items: /gm;

/**
 * The types describe the registry the generated data holds, which is always resolved: an extending file's
 * `extends`, `overrides` and `remove` are gone, and what such a file may leave to its base (the fields the root
 * requires of a file that extends nothing, `then.required`) is there.
 */
function resolvedRegistryShape(schema: JsonSchema): JsonSchema {
  const { dependencies: _onlyInFiles, ...rest } = schema;
  const properties = Object.fromEntries(
    Object.entries((schema.properties ?? {}) as Record<string, unknown>).filter(([key]) => !(EXTENSION_KEYS as readonly string[]).includes(key)),
  );
  const required = [...((schema.required ?? []) as string[]), ...(((schema.then as JsonSchema | undefined)?.required ?? []) as string[])];
  return { ...rest, properties, required: [...new Set(required)] };
}

/**
 * Conditional keywords (if/then/else/not) constrain values, not shapes, and make the generator emit
 * duplicate `Foo1` types; primitive definitions (ModelId, Url, ...) are inlined so the declared
 * names are left to the literal unions the module emits.
 */
function prepareForTypeGeneration(schema: JsonSchema): JsonSchema {
  const definitions = (schema.definitions ?? {}) as Record<string, JsonSchema>;
  const inlined = new Set(Object.keys(definitions).filter((name) => isPrimitiveAlias(definitions[name]!)));
  const transform = (node: unknown, isPropertiesMap = false): unknown => {
    if (Array.isArray(node)) return node.map((item) => transform(item));
    if (node === null || typeof node !== "object") return node;
    const record = node as Record<string, unknown>;
    if (!isPropertiesMap && typeof record.$ref === "string") {
      const name = record.$ref.replace("#/definitions/", "");
      if (inlined.has(name)) {
        const { description, title: _title, ...rest } = definitions[name]!;
        const ownDescription = record.description ?? description;
        return transform({ ...rest, ...(ownDescription ? { description: ownDescription } : {}) });
      }
    }
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (!isPropertiesMap && CONDITIONAL_KEYWORDS.has(key)) continue;
      if (key === "definitions" && !isPropertiesMap) {
        result[key] = Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([name]) => !inlined.has(name))
            .map(([name, definition]) => [name, transform(definition)]),
        );
        continue;
      }
      result[key] = transform(value, !isPropertiesMap && key === "properties");
    }
    return result;
  };
  return transform(structuredClone(schema)) as JsonSchema;
}

const CONDITIONAL_KEYWORDS = new Set(["allOf", "if", "then", "else", "not", "$id", "$schema"]);

function isPrimitiveAlias(definition: JsonSchema): boolean {
  return (definition.type === "string" || definition.type === "number" || definition.type === "integer") && definition.enum === undefined;
}
