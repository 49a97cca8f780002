import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import * as prettier from "prettier";
import { throughCache, type DerivedCache } from "../../io/derived-cache";
import { tsPropertyKey, tsString } from "../../shared/escape";

/**
 * Formats generated source with prettier, using the consumer's own prettier configuration for the
 * output path, so their formatter leaves the generated files alone. Always LF and a final newline.
 */
export async function formatSource(source: string, outputPath: string): Promise<string> {
  const config = await resolvedConfig(outputPath);
  return withFinalNewline(await prettier.format(source, { ...config, filepath: outputPath, endOfLine: "lf" }));
}

// ---- Fast path: prettier formats the small skeleton; the O(N) data blocks are printed here ----
//
// Prettier needs ~0.5 ms per model; a 20,000-model module took minutes. The module is emitted as a skeleton
// with one placeholder per large block (ID unions, per-model interface members, data objects) plus the blocks
// themselves. The blocks are printed exactly as prettier would print them, for the options that matter;
// anything else falls back to running prettier over the whole source (test/generator/format.test.ts checks
// byte equality between the two).

/** A string-literal union type, e.g. the `ModelId` union. Never empty (empty unions are emitted as `never`). */
export interface UnionBlock {
  kind: "union";
  values: readonly string[];
}

export type DataValue = string | number | boolean | null | readonly DataValue[] | { readonly [key: string]: DataValue };

/** Members of an object literal, one per line; nested objects are expanded, as prettier keeps them. */
export interface ObjectBlock {
  kind: "object";
  /** JSDoc always as a multi-line block (default: one line when the text is one line). */
  blockDocs?: boolean;
  members: ReadonlyArray<{ doc?: readonly string[]; key: string; value: DataValue }>;
}

/** Members of an interface: `readonly "key": Generic<"arg">`. */
export interface InterfaceBlock {
  kind: "interface";
  members: ReadonlyArray<{ doc?: readonly string[]; key: string; generic: string; arg: string }>;
}

/** Members of a type literal holding constants: `readonly KEY: "value"`, each with a multi-line JSDoc block. */
export interface ConstantsBlock {
  kind: "constants";
  members: ReadonlyArray<{ doc: readonly string[]; key: string; value: string }>;
}

/** Top-level text prettier must not touch (the data's template literals), in place of the line `// <placeholder>`. */
export interface TextBlock {
  kind: "text";
  text: string;
}

export type FastBlock = UnionBlock | ObjectBlock | InterfaceBlock | ConstantsBlock | TextBlock;

/** A module as a skeleton holding placeholders (see `placeholder`) and the blocks that replace them. */
export interface ModuleParts {
  skeleton: string;
  blocks: readonly FastBlock[];
}

/**
 * What stands for block `index` in the skeleton: a union is the bare placeholder (a type); an object or
 * interface body is the one member `<placeholder>: 0` on its own line.
 */
export function placeholder(index: number): string {
  return `__FAST_BLOCK_${index}__`;
}

const PLACEHOLDER_LINE = /^[ \t]*(__FAST_BLOCK_(\d+)__): 0([,;]?)$/gm;
const PLACEHOLDER_TEXT = /^\/\/ __FAST_BLOCK_(\d+)__$/;
const PLACEHOLDER_TYPE = /__FAST_BLOCK_(\d+)__/g;

/** The whole module as plain (unformatted) TypeScript: what the fast path must match after prettier. */
export function plainSource(parts: ModuleParts): string {
  return parts.skeleton
    .replace(new RegExp(PLACEHOLDER_TEXT.source, "gm"), (_line, index: string) => textOf(parts.blocks[Number(index)]!))
    .replace(PLACEHOLDER_LINE, (_line, _name: string, index: string) => plainMembers(parts.blocks[Number(index)]!))
    .replace(PLACEHOLDER_TYPE, (_name, index: string) => plainUnion(parts.blocks[Number(index)]!));
}

function textOf(block: FastBlock): string {
  if (block.kind !== "text") throw new Error("placeholder comment must be a text block");
  return block.text;
}

function plainUnion(block: FastBlock): string {
  if (block.kind !== "union") throw new Error("placeholder type must be a union block");
  return block.values.map(tsString).join(" | ");
}

function plainMembers(block: FastBlock): string {
  const blockDocs = block.kind === "object" && block.blockDocs === true;
  const docs = (doc: readonly string[] | undefined) => (doc ? `${plainDoc(doc, blockDocs)}\n` : "");
  if (block.kind === "object") return block.members.map((m) => `${docs(m.doc)}${tsPropertyKey(m.key)}: ${plainValue(m.value)},`).join("\n");
  if (block.kind === "interface") {
    return block.members.map((m) => `${docs(m.doc)}readonly ${tsString(m.key)}: ${m.generic}<${tsString(m.arg)}>;`).join("\n");
  }
  if (block.kind === "constants") {
    return block.members.map((m) => `${plainDoc(m.doc, true)}\nreadonly ${tsPropertyKey(m.key)}: ${tsString(m.value)};`).join("\n");
  }
  throw new Error("placeholder member must be an object or interface block");
}

function plainValue(value: DataValue): string {
  if (typeof value === "string") return tsString(value);
  if (typeof value !== "object" || value === null) return String(value);
  if (isArray(value)) return `[${value.map(plainValue).join(", ")}]`;
  return `{\n${Object.entries(value)
    .map(([key, child]) => `${tsPropertyKey(key)}: ${plainValue(child)},`)
    .join("\n")}\n}`;
}

function isArray(value: DataValue): value is readonly DataValue[] {
  return Array.isArray(value);
}

/** A JSDoc comment: one line when there is one line of text. */
function plainDoc(lines: readonly string[], block = false): string {
  return lines.length === 1 && !block ? `/** ${lines[0]} */` : ["/**", ...lines.map((l) => ` * ${l}`), " */"].join("\n");
}

/** Formats a module: the fast path when the prettier options allow it, otherwise prettier over the whole source. */
export async function formatModule(parts: ModuleParts, outputPath: string, cache?: DerivedCache): Promise<string> {
  const config = await resolvedConfig(outputPath);
  const style = fastStyle(config);
  if (style) {
    const options = { ...config, filepath: outputPath, endOfLine: "lf" } as const;
    // A skeleton formatted before (same registry shape, settings and prettier) skips prettier's ~200 ms warm-up.
    const inputs = { skeleton: parts.skeleton, options, prettier: prettier.version };
    const skeleton = await throughCache(cache, "skeleton", inputs, () => prettier.format(parts.skeleton, options));
    const fast = spliceBlocks(skeleton, parts.blocks, style);
    if (fast !== undefined) return withFinalNewline(fast);
  }
  return formatSource(plainSource(parts), outputPath);
}

/**
 * The files that decide how `outputPath` is formatted: the prettier configuration prettier finds for it and
 * every `.editorconfig` above it (prettier reads them with `editorconfig: true`).
 */
export async function formatterSettingsFiles(outputPath: string): Promise<string[]> {
  const files: string[] = [];
  const configFile = await prettier.resolveConfigFile(outputPath);
  if (configFile !== null) files.push(configFile);
  for (let directory = dirname(outputPath); ; directory = dirname(directory)) {
    const editorConfig = join(directory, ".editorconfig");
    if (existsSync(editorConfig)) files.push(editorConfig);
    if (dirname(directory) === directory) return files;
  }
}

async function resolvedConfig(outputPath: string): Promise<prettier.Options> {
  return (await prettier.resolveConfig(outputPath, { editorconfig: true })) ?? {};
}

function withFinalNewline(text: string): string {
  return text.endsWith("\n") ? text : text + "\n";
}

interface Style {
  printWidth: number;
  tabWidth: number;
  useTabs: boolean;
  singleQuote: boolean;
}

/** The options the fast printer reproduces; `undefined` when the configuration needs full prettier. */
export function fastStyle(config: prettier.Options): Style | undefined {
  const record = config as Record<string, unknown>;
  const unsupported =
    (record.plugins !== undefined && (record.plugins as unknown[]).length > 0) ||
    (record.parser !== undefined && record.parser !== "typescript") ||
    (record.quoteProps !== undefined && record.quoteProps !== "as-needed") ||
    (record.objectWrap !== undefined && record.objectWrap !== "preserve") ||
    record.overrides !== undefined ||
    record.requirePragma === true ||
    record.checkIgnorePragma === true;
  if (unsupported) return undefined;
  return {
    printWidth: config.printWidth ?? 80,
    tabWidth: config.tabWidth ?? 2,
    useTabs: config.useTabs ?? false,
    singleQuote: config.singleQuote ?? false,
  };
}

/** Signals a block the fast printer cannot reproduce exactly; the caller falls back to full prettier. */
class Unsupported extends Error {}

/** Replaces each placeholder in prettier's output of the skeleton by the block printed in prettier's style. */
export function spliceBlocks(formattedSkeleton: string, blocks: readonly FastBlock[], style: Style): string | undefined {
  const printer = new BlockPrinter(style);
  const lines = formattedSkeleton.split("\n");
  const out: string[] = [];
  try {
    for (const line of lines) {
      const text = PLACEHOLDER_TEXT.exec(line);
      if (text) {
        out.push(textOf(blocks[Number(text[1])]!));
        continue;
      }
      const member = /^([ \t]*)__FAST_BLOCK_(\d+)__: 0([,;]?)$/.exec(line);
      if (member) {
        out.push(printer.members(blocks[Number(member[2])]!, printer.levelOf(member[1]!), member[3]!));
        continue;
      }
      const type = /^(.*)__FAST_BLOCK_(\d+)__(;?)$/.exec(line);
      if (type) {
        out.push(printer.union(blocks[Number(type[2])]!, type[1]!, type[3]!));
        continue;
      }
      if (line.includes("__FAST_BLOCK_")) throw new Unsupported(line);
      out.push(line);
    }
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return out.join("\n");
}

class BlockPrinter {
  constructor(private readonly style: Style) {}

  levelOf(indentation: string): number {
    if (this.style.useTabs) return indentation.length;
    return indentation.length / this.style.tabWidth;
  }

  private indent(level: number): string {
    return this.style.useTabs ? "\t".repeat(level) : " ".repeat(level * this.style.tabWidth);
  }

  /** Display width as prettier measures it (tabs count as tabWidth, wide characters as 2). */
  private width(level: number, text: string): number {
    return level * this.style.tabWidth + prettier.util.getStringWidth(text);
  }

  /** A string literal as prettier reprints it: preferred quote unless the other needs fewer escapes. */
  quote(value: string): string {
    const content = tsString(value).slice(1, -1);
    const enclosing = prettier.util.getPreferredQuote(content, this.style.singleQuote ? "'" : '"');
    return prettier.util.makeString(content, enclosing as '"' | "'");
  }

  /** A property key under quoteProps "as-needed": bare when an identifier, else quoted. */
  private key(key: string): string {
    const bare = tsPropertyKey(key);
    return bare === key ? key : this.quote(key);
  }

  private doc(lines: readonly string[] | undefined, level: number, out: string[], block = false): void {
    if (!lines) return;
    const indent = this.indent(level);
    if (lines.length === 1 && !block) out.push(`${indent}/** ${lines[0]} */`);
    else out.push(`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`);
  }

  /** `type X = a | b;` on one line, else the union alone on the next line, else one `| member` per line. */
  union(block: FastBlock, prefix: string, terminator: string): string {
    if (block.kind !== "union" || block.values.length === 0) throw new Unsupported("union");
    const members = block.values.map((v) => this.quote(v));
    const oneLine = members.join(" | ");
    if (this.width(0, `${prefix}${oneLine}${terminator}`) <= this.style.printWidth) return `${prefix}${oneLine}${terminator}`;
    const head = prefix.trimEnd();
    const indent = this.indent(1);
    if (members.length === 1 || this.width(1, `${oneLine}${terminator}`) <= this.style.printWidth) {
      return `${head}\n${indent}${oneLine}${terminator}`;
    }
    return `${head}\n${members.map((m) => `${indent}| ${m}`).join("\n")}${terminator}`;
  }

  members(block: FastBlock, level: number, lastSeparator: string): string {
    const out: string[] = [];
    if (block.kind === "interface") this.interfaceMembers(block, level, lastSeparator, out);
    else if (block.kind === "object") this.objectMembers(block.members, level, lastSeparator === ",", out, block.blockDocs);
    else if (block.kind === "constants") this.constantMembers(block, level, lastSeparator, out);
    else throw new Unsupported("members");
    return out.join("\n");
  }

  private interfaceMembers(block: InterfaceBlock, level: number, separator: string, out: string[]): void {
    const indent = this.indent(level);
    for (const member of block.members) {
      this.doc(member.doc, level, out);
      out.push(`${indent}readonly ${this.key(member.key)}: ${member.generic}<${this.quote(member.arg)}>${separator}`);
    }
  }

  private constantMembers(block: ConstantsBlock, level: number, separator: string, out: string[]): void {
    const indent = this.indent(level);
    for (const member of block.members) {
      this.doc(member.doc, level, out, true);
      out.push(`${indent}readonly ${this.key(member.key)}: ${this.quote(member.value)}${separator}`);
    }
  }

  private objectMembers(
    members: ReadonlyArray<{ doc?: readonly string[]; key: string; value: DataValue }>,
    level: number,
    trailingComma: boolean,
    out: string[],
    blockDocs = false,
  ): void {
    const indent = this.indent(level);
    members.forEach((member, index) => {
      const comma = index < members.length - 1 || trailingComma ? "," : "";
      const key = this.key(member.key);
      // prettier never moves a value below a key narrower than tabWidth + 3 (its MIN_OVERLAP_FOR_BREAK).
      const breakable = prettier.util.getStringWidth(key) >= this.style.tabWidth + 3;
      this.doc(member.doc, level, out, blockDocs);
      const value = member.value;
      if (value === null || (typeof value === "object" && isArray(value))) throw new Unsupported("array or null");
      if (typeof value === "object") {
        const entries = Object.entries(value).map(([k, v]) => ({ key: k, value: v }));
        if (entries.length === 0) throw new Unsupported("empty object");
        if (breakable && this.width(level, `${key}: {`) > this.style.printWidth) {
          out.push(`${indent}${key}:`, `${this.indent(level + 1)}{`);
          this.objectMembers(entries, level + 2, trailingComma, out);
          out.push(`${this.indent(level + 1)}}${comma}`);
        } else {
          out.push(`${indent}${key}: {`);
          this.objectMembers(entries, level + 1, trailingComma, out);
          out.push(`${indent}}${comma}`);
        }
        return;
      }
      const text = typeof value === "string" ? this.quote(value) : this.scalar(value);
      const line = `${key}: ${text}${comma}`;
      if (this.width(level, line) <= this.style.printWidth) out.push(indent + line);
      else if (typeof value !== "string") throw new Unsupported("long non-string line");
      else if (breakable) out.push(`${indent}${key}:`, `${this.indent(level + 1)}${text}${comma}`);
      else out.push(indent + line);
    });
  }

  private scalar(value: number | boolean): string {
    if (typeof value === "boolean") return String(value);
    if (!Number.isFinite(value)) throw new Unsupported("non-finite number");
    // prettier prints numbers in lower case without `+` in the exponent; String() already avoids the rest.
    return String(value).replace("e+", "e");
  }
}
