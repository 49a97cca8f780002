import { templateLiteralText, tsPropertyKey, tsString } from "../../shared/escape";

/**
 * A generated module as data: what it imports and the declarations it makes, each `{ name, kind, doc, type |
 * members }`. One model per module prints as a declaration file, a TypeScript module and a JavaScript module
 * (`printModule`), and the generator asks the model, never the printed text, which names a module declares.
 */
export interface ModuleModel {
  /** The opening comment, already escaped for JSDoc. */
  banner: (flavour: Flavour) => string;
  imports: readonly Import[];
  declarations: readonly Declaration[];
}

/**
 * `declarations`: a `.d.ts` file describing the JavaScript module beside it. `typescript`: one `.ts` module holding
 * the declarations and the values, which the app's own compiler or bundler emits. `esm`/`cjs`: the JavaScript module.
 */
export type Flavour = "declarations" | "typescript" | ModuleFormat;

export type ModuleFormat = "esm" | "cjs";

export interface Import {
  from: string;
  /** `namespace`: `import * as <the one name>` (values only); `types`: `import type { … }`; `values`: `import { … }`. */
  kind: "namespace" | "types" | "values";
  names: readonly string[];
  /** Re-exported as it is imported (`export { … } from`), not imported for the module's own use. */
  reexport?: boolean;
}

/** A type as the printer lays it out: written text, a union, an array, or an object type's members. */
export type TypeNode = string | { union: readonly TypeNode[] } | { array: TypeNode } | { members: readonly Member[] };

export interface Member {
  key: string;
  type: TypeNode;
  doc?: readonly string[];
  optional?: boolean;
  readonly?: boolean;
  /** `[key: string]: type`: the key is the index signature's name. */
  index?: boolean;
}

interface Named {
  name: string;
  doc?: readonly string[];
}

export type Declaration =
  | (Named & { kind: "type"; params?: string; type: TypeNode })
  | (Named & { kind: "interface"; params?: string; extends?: readonly string[]; members: readonly Member[] })
  /** A value: its type (for the typed flavours) and the JavaScript expression that makes it. */
  | (Named & { kind: "const"; type: string; value: string; local?: boolean })
  /** Text data, one line per entry, in a template literal; declared `string`. */
  | (Named & { kind: "text"; lines: readonly string[] })
  /** A runtime function bound to the module's registry handle: its typed overloads. */
  | (Named & { kind: "function"; signatures: readonly string[] })
  /** A type only the TypeScript module needs for its own implementation. */
  | (Named & { kind: "local-type"; type: string });

/** Every name a module binds or exports at top level, with what declares it. */
export function declaredNames(model: ModuleModel): Array<{ name: string; kind: string; local: boolean; exported: boolean }> {
  return [
    ...model.imports.flatMap((entry) =>
      entry.names.map((name) => ({ name, kind: entry.reexport ? "re-export" : "import", local: entry.reexport !== true, exported: entry.reexport === true })),
    ),
    ...model.declarations.map(({ name, kind, ...rest }) => ({
      name,
      kind,
      local: true,
      exported: kind !== "local-type" && !("local" in rest && rest.local === true),
    })),
  ];
}

/** Names bound twice in the module, or exported twice: either does not compile. */
export function duplicateNames(model: ModuleModel): string[] {
  const names = declaredNames(model);
  const twice = (list: ReadonlyArray<{ name: string }>) => list.map(({ name }) => name).filter((name, index, all) => all.indexOf(name) !== index);
  return [...new Set([...twice(names.filter((n) => n.local)), ...twice(names.filter((n) => n.exported))])];
}

const WIDTH = 120;
const INDENT = "  ";

/** The module as text: deterministic, LF, one fixed style (two-space indentation, double quotes, semicolons). */
export function printModule(model: ModuleModel, flavour: Flavour): string {
  const typed = flavour === "declarations" || flavour === "typescript";
  const banner = model.banner(flavour) + (flavour === "cjs" ? '\n"use strict";' : "");
  const blocks = [banner, ...model.imports.flatMap((entry) => printImport(entry, flavour))];
  let previousKind: string | undefined;
  for (const declaration of model.declarations) {
    const text = typed ? printTyped(declaration, flavour) : printJavaScript(declaration, flavour === "esm");
    if (text === undefined) continue;
    // JavaScript has no comments to set declarations apart: a run of one kind (the functions) stays together.
    if (!typed && declaration.kind === previousKind) blocks[blocks.length - 1] += `\n${text}`;
    else blocks.push(text);
    previousKind = declaration.kind;
  }
  if (flavour === "cjs") {
    // One `exports.name =` per name: Node's ESM loader finds them statically, so `import { getModel }` works too.
    const runtime = model.imports.find((entry) => entry.kind === "namespace")?.names[0];
    const reexported = model.imports.filter((entry) => entry.reexport && entry.kind === "values");
    const lines = [
      ...reexported.flatMap((entry) => entry.names.map((name) => `exports.${name} = ${runtime}.${name};`)),
      ...model.declarations.filter(isExportedValue).map(({ name }) => `exports.${name} = ${name};`),
    ];
    blocks.push(lines.join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}

function isExportedValue(declaration: Declaration): boolean {
  return declaration.kind === "text" || declaration.kind === "function" || (declaration.kind === "const" && declaration.local !== true);
}

function printImport(entry: Import, flavour: Flavour): string[] {
  const from = tsString(entry.from);
  if (entry.kind === "namespace") {
    if (flavour === "declarations") return [];
    const name = entry.names[0]!;
    return [flavour === "cjs" ? `const ${name} = require(${from});` : `import * as ${name} from ${from};`];
  }
  const typed = flavour === "declarations" || flavour === "typescript";
  if (entry.kind === "types" && !typed) return [];
  if (entry.kind === "values" && !entry.reexport && flavour === "declarations") return [];
  if (entry.reexport && flavour === "cjs") return [];
  if (flavour === "cjs") return [`const ${braced(entry.names, "const ", ` = require(${from});`)}`];
  const keyword = `${entry.reexport ? "export" : "import"}${entry.kind === "types" ? " type" : ""} `;
  return [`${keyword}${braced(entry.names, keyword, ` from ${from};`)}`];
}

/** `{ a, b }` on the line when it fits, else one name per line. */
function braced(names: readonly string[], before: string, after: string): string {
  const line = `{ ${names.join(", ")} }`;
  if (before.length + line.length + after.length <= WIDTH) return line + after;
  return `{\n${names.map((name) => `${INDENT}${name},`).join("\n")}\n}${after}`;
}

function printTyped(declaration: Declaration, flavour: "declarations" | "typescript"): string | undefined {
  const doc = printDoc(declaration.doc, "");
  const declare = flavour === "declarations" ? "export declare" : "export";
  switch (declaration.kind) {
    case "type":
      return `${doc}${typeAlias(`export type ${declaration.name}${declaration.params ?? ""}`, declaration.type)}`;
    case "interface":
      return `${doc}${interfaceHead(declaration.name, declaration.params, declaration.extends)} ${printMembers(declaration.members, "")}`;
    case "const":
      if (declaration.local) return flavour === "typescript" ? `const ${declaration.name} = ${declaration.value};` : undefined;
      return `${doc}${declare} const ${declaration.name}: ${declaration.type}${flavour === "typescript" ? ` = ${declaration.value}` : ""};`;
    case "text":
      return flavour === "typescript" ? `${doc}${textConstant("export const", declaration)}` : `${doc}export declare const ${declaration.name}: string;`;
    case "function": {
      const overloads = declaration.signatures.map((signature) => `${declare} function ${declaration.name}${signature};`).join("\n");
      if (flavour === "declarations") return doc + overloads;
      const call = `(runtime.${declaration.name} as RegistryFunction)(REGISTRY, ...args)`;
      return `${doc}${overloads}\nexport function ${declaration.name}(...args: any[]): any {\n${INDENT}return ${call};\n}`;
    }
    case "local-type":
      return flavour === "typescript" ? `type ${declaration.name} = ${declaration.type};` : undefined;
  }
}

function printJavaScript(declaration: Declaration, esm: boolean): string | undefined {
  const exported = esm ? "export " : "";
  switch (declaration.kind) {
    case "const":
      return `${declaration.local ? "" : exported}const ${declaration.name} = ${declaration.value};`;
    case "text":
      return textConstant(`${exported}const`, declaration);
    case "function":
      return `${exported}function ${declaration.name}(...args) {\n${INDENT}return runtime.${declaration.name}(REGISTRY, ...args);\n}`;
    default:
      return undefined;
  }
}

function textConstant(keyword: string, declaration: { name: string; lines: readonly string[] }): string {
  return `${keyword} ${declaration.name} = \`\n${declaration.lines.map(templateLiteralText).join("\n")}\n\`;`;
}

function interfaceHead(name: string, params: string | undefined, bases: readonly string[] | undefined): string {
  const head = `export interface ${name}${params ?? ""}`;
  if (bases === undefined || bases.length === 0) return head;
  const line = `${head} extends ${bases.join(", ")}`;
  return line.length + 2 <= WIDTH ? line : `${head}\n${INDENT}extends\n${bases.map((base) => `${INDENT}${INDENT}${base}`).join(",\n")}`;
}

/** `type X = a | b;` on one line when it fits, else one `| member` per line. */
function typeAlias(head: string, type: TypeNode): string {
  if (typeof type === "object" && "union" in type && type.union.length > 1) {
    const members = type.union.map((member) => printType(member, INDENT));
    const line = `${head} = ${members.join(" | ")};`;
    if (line.length <= WIDTH && !line.includes("\n")) return line;
    return `${head} =\n${members.map((member) => `${INDENT}| ${member}`).join("\n")};`;
  }
  return `${head} = ${printType(type, "")};`;
}

function printType(type: TypeNode, indent: string): string {
  if (typeof type === "string") return type;
  if ("union" in type) return type.union.length === 0 ? "never" : type.union.map((member) => printType(member, indent)).join(" | ");
  if ("array" in type) {
    const element = printType(type.array, indent);
    return typeof type.array === "object" && "union" in type.array && type.array.union.length > 1 ? `(${element})[]` : `${element}[]`;
  }
  return printMembers(type.members, indent);
}

function printMembers(members: readonly Member[], indent: string): string {
  if (members.length === 0) return "{}";
  const inner = indent + INDENT;
  const lines = members.map((member) => {
    const key = member.index ? `[${member.key}: string]` : tsPropertyKey(member.key);
    const modifiers = member.readonly ? "readonly " : "";
    return `${printDoc(member.doc, inner)}${inner}${modifiers}${key}${member.optional ? "?" : ""}: ${printType(member.type, inner)};`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** A JSDoc comment (lines already escaped for JSDoc): one line when there is one line of text and it fits. */
function printDoc(lines: readonly string[] | undefined, indent: string): string {
  if (lines === undefined || lines.length === 0) return "";
  if (lines.length === 1 && indent.length + lines[0]!.length + 7 <= WIDTH) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join("\n")}\n${indent} */\n`;
}
