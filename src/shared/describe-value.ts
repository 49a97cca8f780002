// A value from the input, named for a message: its kind, or the value itself when short.

export function kindOfValue(value: unknown): string {
  if (value === null || Array.isArray(value) || typeof value === "object") return describeValue(value);
  return typeof value === "string" ? "a string" : `a ${typeof value}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? value.slice(0, 57) + "..." : value);
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return String(value);
}
