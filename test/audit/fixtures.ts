import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { RegistryModel } from "../../src/audit/types";

export const FIXTURES = join(__dirname, "..", "fixtures", "audit");
export const ROOT = join(__dirname, "..", "..");
export const PINNED = join(ROOT, "data", "sources");

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The v2 entries of test/fixtures/audit/registry.yaml (dates stay strings: YAML 1.2 core schema). */
export function fixtureRegistry(): RegistryModel[] {
  return (parse(readFileSync(fixturePath("registry.yaml"), "utf8")) as { models: RegistryModel[] }).models;
}

export function registryModel(id: string): RegistryModel {
  const model = fixtureRegistry().find((entry) => entry.id === id);
  if (model === undefined) throw new Error(`no fixture model ${id}`);
  return model;
}
