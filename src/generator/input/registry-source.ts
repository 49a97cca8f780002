import type { LoadedRegistry } from "./load";
import type { PathSegment, SourceMap } from "./source-map";

/** One registry file as diagnostics name it. */
export interface SourceFile {
  /** Absolute path: what a diagnostic's `file` holds. */
  path: string;
  /** How messages name the file when they point into it from elsewhere (relative to the working directory). */
  shownPath: string;
  sourceMap: SourceMap;
}

/** Where a value was written: a file, and the value's path in that file's YAML. */
export interface ValueOrigin {
  file: SourceFile;
  path: PathSegment[];
}

/** A located point in a registry file, as a diagnostic carries it. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** The value's path in that file (`/overrides/models/0/pricing`), which may differ from its path in the registry. */
  path: PathSegment[];
}

/**
 * The registry the validators judge: one file, or a file merged with the bases it extends. `data` is the registry
 * as a whole; `originOf` says which file, and where in it, each value came from.
 */
export interface RegistrySource {
  /** The registry file the run was asked for: problems of the registry as a whole are reported there. */
  file: string;
  data: unknown;
  originOf(path: readonly PathSegment[]): ValueOrigin;
}

/**
 * The origins of a value and of the values below it. A node holds explicit children only where a merge put values
 * from another file (or from another place in the same file); below any other node, paths map one to one onto the
 * node's own origin.
 */
export class OriginTree {
  private readonly children = new Map<string, OriginTree>();

  constructor(readonly origin: ValueOrigin) {}

  static root(file: SourceFile): OriginTree {
    return new OriginTree({ file, path: [] });
  }

  /** The origin of the value at `path` below this node. */
  originOf(path: readonly PathSegment[]): ValueOrigin {
    let node: OriginTree = this;
    for (const [index, segment] of path.entries()) {
      const child = node.children.get(String(segment));
      if (child === undefined) return { file: node.origin.file, path: [...node.origin.path, ...path.slice(index)] };
      node = child;
    }
    return node.origin;
  }

  /** The node of the child `segment`: an explicit one, or one derived from this node's origin. */
  child(segment: PathSegment): OriginTree {
    return this.children.get(String(segment)) ?? new OriginTree({ file: this.origin.file, path: [...this.origin.path, segment] });
  }

  /** Records that the child `segment` came from `tree`'s origins. Only while a merge builds this node. */
  setChild(segment: PathSegment, tree: OriginTree): void {
    this.children.set(String(segment), tree);
  }

  deleteChild(segment: PathSegment): void {
    this.children.delete(String(segment));
  }

  /** A new node with this node's origin and explicit children, for a merge to change. */
  copy(): OriginTree {
    const copy = new OriginTree(this.origin);
    for (const [segment, child] of this.children) copy.children.set(segment, child);
    return copy;
  }
}

export function sourceFileOf(loaded: LoadedRegistry, shownPath: string = loaded.file): SourceFile {
  return { path: loaded.file, shownPath, sourceMap: loaded.sourceMap };
}

/** A registry that is one file: every value comes from where it sits. */
export function singleFileSource(loaded: LoadedRegistry, shownPath?: string): RegistrySource {
  const tree = OriginTree.root(sourceFileOf(loaded, shownPath));
  return { file: loaded.file, data: loaded.data, originOf: (path) => tree.originOf(path) };
}

/** Where the value at `path` is written. */
export function locateValue(source: RegistrySource, path: readonly PathSegment[]): SourceLocation {
  const origin = source.originOf(path);
  return { file: origin.file.path, ...origin.file.sourceMap.valuePosition(origin.path), path: origin.path };
}

/** Where the mapping at `path` is written as a whole (for a missing field): its key, or a list item's first key. */
export function locateMapping(source: RegistrySource, path: readonly PathSegment[]): SourceLocation {
  const origin = source.originOf(path);
  return { file: origin.file.path, ...origin.file.sourceMap.mappingPosition(origin.path), path: origin.path };
}

/** Where the key `key` of the mapping at `path` is written. */
export function locateKey(source: RegistrySource, path: readonly PathSegment[], key: string): SourceLocation {
  const origin = source.originOf([...path, key]);
  const mapping = origin.path.length > 0 && origin.path[origin.path.length - 1] === key ? origin.path.slice(0, -1) : source.originOf(path).path;
  return { file: origin.file.path, ...origin.file.sourceMap.keyPosition(mapping, key), path: [...mapping, key] };
}

/** "line 12" for a value in the registry file itself; "line 12 of base.yaml" for one in a file it extends. */
export function placeOf(source: RegistrySource, path: readonly PathSegment[]): string {
  const origin = source.originOf(path);
  const { line } = origin.file.sourceMap.valuePosition(origin.path);
  return origin.file.path === source.file ? `line ${line}` : `line ${line} of ${origin.file.shownPath}`;
}
