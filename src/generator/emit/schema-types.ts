import { jsDocText, tsString } from "../../shared/escape";
import { EXTENSION_KEYS } from "../input/extend";
import type { JsonSchema } from "../validate/validate-schema";
import type { Declaration, Member, TypeNode } from "./module-model";

/** The name of the type of a whole registry file (the schema's root). */
const ROOT_TYPE = "ModelRegistryFile";

/** A schema this converter cannot turn into types; the message says what (a `--schema` of the user's: exit 1). */
export class UnsupportedSchemaError extends Error {}

/**
 * The registry's entry types, from the JSON Schema, so the schema stays the one definition of the entry's shape:
 * the root as `ModelRegistryFile`, each object or enum definition as a type of its name, with the descriptions
 * as JSDoc. A definition is one type however many properties refer to it (a property's own description documents
 * the property). Definitions of a plain string or number (`ModelId`, `Url`) are written as `string` or `number`
 * where they are used, so the names are left to the literal unions the module declares. Keywords that constrain
 * values rather than shapes (`if`/`then`/`not`, a `oneOf` of `required` lists, `pattern`, `minimum`) are not types.
 */
export function schemaTypes(schema: JsonSchema): Declaration[] {
  const root = resolvedRegistryShape(schema);
  const definitions = objectOf(root.definitions ?? {}, "definitions") as Record<string, JsonSchema>;
  const named = new Set(Object.keys(definitions).filter((name) => !isPrimitiveAlias(definitions[name]!)));
  const converter = new Converter(definitions, named);
  return [converter.declaration(ROOT_TYPE, root), ...[...named].map((name) => converter.declaration(name, definitions[name]!))];
}

class Converter {
  constructor(
    private readonly definitions: Readonly<Record<string, JsonSchema>>,
    private readonly named: ReadonlySet<string>,
  ) {}

  declaration(name: string, schema: JsonSchema): Declaration {
    const doc = docOf(schema);
    const type = this.type(schema);
    if (typeof type === "object" && "members" in type) return { kind: "interface", name, ...doc, members: type.members };
    return { kind: "type", name, ...doc, type };
  }

  type(node: unknown): TypeNode {
    const schema = objectOf(node, "a subschema");
    if (typeof schema.$ref === "string") return this.reference(schema.$ref);
    if ("const" in schema) return literal(schema.const);
    if (Array.isArray(schema.enum)) return { union: schema.enum.map(literal) };
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches = (schema[keyword] ?? []) as unknown[];
      if (!Array.isArray(branches)) throw new UnsupportedSchemaError(`${keyword} must be a list`);
      const shaped = branches.filter(isShaping);
      if (shaped.length > 0) return { union: shaped.map((branch) => this.type(branch)) };
    }
    const types = Array.isArray(schema.type) ? (schema.type as unknown[]) : schema.type === undefined ? [] : [schema.type];
    if (types.length === 0 && (schema.properties !== undefined || schema.additionalProperties !== undefined)) return this.object(schema);
    if (types.length === 0) return "unknown";
    const each = types.map((type) => this.ofType(type, schema));
    return each.length === 1 ? each[0]! : { union: each };
  }

  private ofType(type: unknown, schema: JsonSchema): TypeNode {
    switch (type) {
      case "object":
        return this.object(schema);
      case "array":
        return this.array(schema);
      case "string":
      case "number":
      case "boolean":
      case "null":
        return type;
      case "integer":
        return "number";
      default:
        throw new UnsupportedSchemaError(`unknown type ${JSON.stringify(type)}`);
    }
  }

  private reference(ref: string): TypeNode {
    const name = /^#\/definitions\/([^/]+)$/.exec(ref)?.[1];
    if (name === undefined || !Object.hasOwn(this.definitions, name)) throw new UnsupportedSchemaError(`$ref ${ref} is not a definition of this schema`);
    return this.named.has(name) ? name : this.type(this.definitions[name]);
  }

  private array(schema: JsonSchema): TypeNode {
    if (schema.items === undefined) return { array: "unknown" };
    if (Array.isArray(schema.items)) return `[${schema.items.map((item) => this.inline(item)).join(", ")}]`;
    return { array: this.type(schema.items) };
  }

  private inline(node: unknown): string {
    const type = this.type(node);
    if (typeof type === "string") return type;
    throw new UnsupportedSchemaError("a tuple's items must be simple types");
  }

  private object(schema: JsonSchema): TypeNode {
    const properties = objectOf(schema.properties ?? {}, "properties");
    const required = new Set((schema.required ?? []) as string[]);
    const members: Member[] = Object.entries(properties).map(([key, property]) => ({
      key,
      type: this.type(property),
      ...docOf(this.documented(property)),
      ...(required.has(key) ? {} : { optional: true }),
    }));
    const rest = [schema.additionalProperties, ...Object.values(objectOf(schema.patternProperties ?? {}, "patternProperties"))].filter(
      (extra) => extra !== undefined && extra !== false,
    );
    if (rest.length > 0) {
      const types = rest.map((extra) => (extra === true ? "unknown" : this.type(extra)));
      const description = rest.length === 1 && rest[0] !== true ? docOf(this.documented(rest[0])) : {};
      members.push({ key: "key", index: true, type: { union: [...types, "undefined"] }, ...description });
    }
    return { members };
  }

  /** A property's own description, else that of the plain definition it refers to (a named type documents itself). */
  private documented(property: unknown): JsonSchema {
    const schema = objectOf(property, "a property");
    if (schema.description !== undefined || typeof schema.$ref !== "string") return schema;
    const name = /^#\/definitions\/([^/]+)$/.exec(schema.$ref)?.[1];
    return name !== undefined && !this.named.has(name) && Object.hasOwn(this.definitions, name) ? this.definitions[name]! : schema;
  }
}

function objectOf(node: unknown, what: string): JsonSchema {
  if (node === null || typeof node !== "object" || Array.isArray(node)) {
    throw new UnsupportedSchemaError(`${what} must be an object (boolean subschemas are not supported), not ${JSON.stringify(node)}`);
  }
  return node as JsonSchema;
}

function docOf(schema: JsonSchema): { doc?: string[] } {
  return typeof schema.description === "string" ? { doc: [jsDocText(schema.description)] } : {};
}

function literal(value: unknown): string {
  if (typeof value === "string") return tsString(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  throw new UnsupportedSchemaError(`only string, number, boolean and null literals are supported, not ${JSON.stringify(value)}`);
}

/** A branch of `oneOf`/`anyOf` that says what a value is, not only which properties it must have. */
function isShaping(branch: unknown): boolean {
  const schema = objectOf(branch, "a oneOf/anyOf branch");
  return ["type", "$ref", "enum", "const", "properties", "items", "oneOf", "anyOf"].some((keyword) => keyword in schema);
}

function isPrimitiveAlias(definition: JsonSchema): boolean {
  return (definition.type === "string" || definition.type === "number" || definition.type === "integer") && definition.enum === undefined;
}

/**
 * The types describe the registry the generated data holds, which is always resolved: an extending file's
 * `extends`, `overrides` and `remove` are gone, and what such a file may leave to its base (the fields the root
 * requires of a file that extends nothing, `then.required`) is there.
 */
function resolvedRegistryShape(schema: JsonSchema): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries(objectOf(schema.properties ?? {}, "properties")).filter(([key]) => !(EXTENSION_KEYS as readonly string[]).includes(key)),
  );
  const required = [...((schema.required ?? []) as string[]), ...(((schema.then as JsonSchema | undefined)?.required ?? []) as string[])];
  return { ...schema, properties, required: [...new Set(required)] };
}
