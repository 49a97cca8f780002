import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRegistryApi, type RegistryApiOptions } from "../../src/runtime/api";
import type { RegistryData } from "../../src/runtime/data";

/** test/fixtures/runtime/small-registry: eight models on three providers, chosen so scores and prices are easy to compute by hand. */
export function smallRegistryData(): RegistryData {
  const path = join(__dirname, "..", "fixtures", "runtime", "small-registry", "registry.json");
  return deepFreeze(JSON.parse(readFileSync(path, "utf8")) as RegistryData);
}

export function smallRegistryApi(options?: RegistryApiOptions) {
  return createRegistryApi(smallRegistryData(), options);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
