/**
 * A source that cannot be read: where (a file:line:column, a package file, a URL) and what is wrong. The refresh
 * reports it and goes on with the other sources; nothing is taken from it.
 */
export class SourceError extends Error {
  constructor(
    readonly location: string,
    readonly reason: string,
  ) {
    super(`${location}: ${reason}`);
    this.name = "SourceError";
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${line}:${column}`;
}

/** Keys that reach an object's prototype when assigned: a source that uses them is refused, not read around. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * JSON.parse with located errors: a syntax error (truncated, malformed) names line and column, and a prototype
 * key names where it first occurs.
 */
export function parseJsonSource(text: string, location: string): unknown {
  let offending: string | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (offending === undefined && PROTOTYPE_KEYS.has(key)) offending = key;
      return value;
    });
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? (/unexpected end/i.test(message) ? lineColumn(text, text.length) : undefined) : lineColumn(text, Number(position));
    throw new SourceError(where === undefined ? location : `${location}:${where}`, `not valid JSON (${message.replace(/ in JSON at position \d+.*$/, "")})`);
  }
  if (offending !== undefined) {
    const offset = text.indexOf(JSON.stringify(offending));
    throw new SourceError(`${location}:${lineColumn(text, offset)}`, `the key "${offending}" is not allowed (it would reach an object's prototype)`);
  }
  return parsed;
}
