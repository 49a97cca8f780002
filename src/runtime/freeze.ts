/**
 * Freezes `value` and everything reachable through its own properties (functions and classes too:
 * their statics and `prototype`). Unlike a freeze that stops at the first frozen object, a frozen
 * parent does not shield an unfrozen child. Getters are not called.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (!isFreezable(value) || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor) deepFreeze(descriptor.value, seen);
  }
  Object.freeze(value);
  return value;
}

/** Deep-freezes every value a module exports (not the module object itself, which the module system owns). */
export function freezeExportedValues(...modules: ReadonlyArray<Record<string, unknown>>): void {
  const seen = new WeakSet<object>();
  for (const module of modules) for (const key of Object.keys(module)) deepFreeze(module[key], seen);
}

function isFreezable(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}
