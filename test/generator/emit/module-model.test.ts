// One module model, four printed forms: what each flavour declares, defines or leaves out.
import { printModule, type Flavour, type ModuleModel } from "../../../src/generator/emit/module-model";

const MODEL: ModuleModel = {
  banner: (flavour) => `/** ${flavour} */`,
  imports: [
    { from: "./runtime", kind: "namespace", names: ["runtime"] },
    { from: "./runtime", kind: "types", names: ["Cost"] },
    { from: "./runtime", kind: "values", names: ["ModelError"], reexport: true },
  ],
  declarations: [
    { kind: "type", name: "ModelId", doc: ["Every model ID."], type: { union: ['"a"', '"b"'] } },
    { kind: "interface", name: "Models", extends: ["Base"], members: [{ key: "A-1", type: '"a"', readonly: true, doc: ["`a`: the first."] }] },
    { kind: "text", name: "__lines", lines: ['["a",{"x":"`${1}`"}]'] },
    { kind: "const", name: "MODELS", doc: ["The models."], type: "Models", value: "runtime.table(__lines)" },
    { kind: "const", name: "REGISTRY", local: true, type: "runtime.Registry", value: "runtime.define(MODELS)" },
    { kind: "local-type", name: "RegistryFunction", type: "(registry: runtime.Registry, ...args: any[]) => any" },
    { kind: "function", name: "getModel", doc: ["A model."], signatures: ["(id: ModelId): Cost"] },
  ],
};

const DECLARATIONS = `/** declarations */

import type { Cost } from "./runtime";

export { ModelError } from "./runtime";

/** Every model ID. */
export type ModelId = "a" | "b";

export interface Models extends Base {
  /** \`a\`: the first. */
  readonly "A-1": "a";
}

export declare const __lines: string;

/** The models. */
export declare const MODELS: Models;

/** A model. */
export declare function getModel(id: ModelId): Cost;
`;

const TYPESCRIPT = `/** typescript */

import * as runtime from "./runtime";

import type { Cost } from "./runtime";

export { ModelError } from "./runtime";

/** Every model ID. */
export type ModelId = "a" | "b";

export interface Models extends Base {
  /** \`a\`: the first. */
  readonly "A-1": "a";
}

export const __lines = \`
["a",{"x":"\\\`\\\${1}\\\`"}]
\`;

/** The models. */
export const MODELS: Models = runtime.table(__lines);

const REGISTRY = runtime.define(MODELS);

type RegistryFunction = (registry: runtime.Registry, ...args: any[]) => any;

/** A model. */
export function getModel(id: ModelId): Cost;
export function getModel(...args: any[]): any {
  return (runtime.getModel as RegistryFunction)(REGISTRY, ...args);
}
`;

const CJS = `/** cjs */
"use strict";

const runtime = require("./runtime");

const __lines = \`
["a",{"x":"\\\`\\\${1}\\\`"}]
\`;

const MODELS = runtime.table(__lines);
const REGISTRY = runtime.define(MODELS);

function getModel(...args) {
  return runtime.getModel(REGISTRY, ...args);
}

exports.ModelError = runtime.ModelError;
exports.__lines = __lines;
exports.MODELS = MODELS;
exports.getModel = getModel;
`;

test.each<[Flavour, string]>([
  ["declarations", DECLARATIONS],
  ["typescript", TYPESCRIPT],
  ["cjs", CJS],
])("%s", (flavour, want) => {
  expect(printModule(MODEL, flavour)).toBe(want);
});

test("esm exports what cjs lists at the end, and re-exports the runtime's values", () => {
  const esm = printModule(MODEL, "esm");
  expect(esm).toContain('export { ModelError } from "./runtime";');
  expect(esm).toContain("export const MODELS = runtime.table(__lines);\nconst REGISTRY = runtime.define(MODELS);");
  expect(esm).toContain("export function getModel(...args) {");
  expect(esm).not.toContain("exports.");
});

test("a long union is printed one member per line", () => {
  const members = Array.from({ length: 20 }, (_, index) => `"model-${index}"`);
  const text = printModule({ banner: () => "", imports: [], declarations: [{ kind: "type", name: "ModelId", type: { union: members } }] }, "declarations");
  expect(text).toContain('export type ModelId =\n  | "model-0"\n  | "model-1"\n');
});
