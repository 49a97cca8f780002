import { isMap, isPair, isScalar, isSeq, type LineCounter, type Document, type Node } from "yaml";

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

/**
 * Maps a data path (as ajv's instancePath or a rule's path) back to the YAML node it came from,
 * so every diagnostic can point at `file:line:column`.
 */
export class SourceMap {
  constructor(
    private readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Position of the value at `path`; falls back to the nearest ancestor that exists. */
  valuePosition(path: readonly PathSegment[]): Position {
    const node = this.nodeAt(path);
    // A block mapping or list "starts" at its first entry, on the line below its key; the key names it.
    if ((isMap(node) || isSeq(node)) && !node.flow) return this.mappingPosition(path);
    return this.offsetToPosition(node?.range?.[0] ?? 0);
  }

  /** Position of the key `key` in the mapping at `path` (for unknown or misplaced fields). */
  keyPosition(path: readonly PathSegment[], key: string): Position {
    const node = this.nodeAt(path);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return this.offsetToPosition(keyNode.range[0]);
    }
    return this.valuePosition(path);
  }

  /**
   * Position of the mapping at `path` as a whole (for a missing required field): the key that owns
   * it (`anthropic:`), or for a list item its first key.
   */
  mappingPosition(path: readonly PathSegment[]): Position {
    const last = path[path.length - 1];
    if (typeof last === "string" && isMap(this.nodeAt(path.slice(0, -1)))) return this.keyPosition(path.slice(0, -1), last);
    return this.offsetToPosition(this.nodeAt(path)?.range?.[0] ?? 0);
  }

  offsetToPosition(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  private nodeAt(path: readonly PathSegment[]): Node | undefined {
    let node: unknown = this.document.contents;
    let lastFound: Node | undefined = node as Node | undefined;
    for (const segment of path) {
      node = childOf(node, segment);
      if (node === undefined) return lastFound;
      lastFound = node as Node;
    }
    return lastFound;
  }
}

function childOf(node: unknown, segment: PathSegment): unknown {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    return isPair(pair) ? (pair.value ?? undefined) : undefined;
  }
  if (isSeq(node) && typeof segment === "number") return node.items[segment];
  return undefined;
}

/** Decodes an ajv instancePath (`/models/3/id`) into path segments. */
export function parseJsonPointer(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

export function formatJsonPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => "/" + String(segment).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
