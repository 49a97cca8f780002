// The folders are layers (docs/design.md): what runs in an app's process, the shared facts and the converters
// never reach up into the generator or the CLI. Read from the sources, so a new import that breaks a rule fails here.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "../../src");

/** Every module a file imports at run time (`import type` is erased, so it does not count), resolved against src/. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [
    ...[...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)"/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^import\s+"([^"]+)"/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]!),
  ];
  return specifiers.map((specifier) => (specifier.startsWith(".") ? relative(SRC, resolve(dirname(file), specifier)) : specifier));
}

function filesIn(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(SRC, folder, name));
}

function violations(folder: string, allowed: (target: string) => boolean): string[] {
  return filesIn(folder).flatMap((file) =>
    runtimeImports(file)
      .filter((target) => !allowed(target))
      .map((target) => `${relative(SRC, file)} imports ${target}`),
  );
}

const inside =
  (...folders: string[]) =>
  (target: string) =>
    folders.some((folder) => target === folder || target.startsWith(`${folder}/`));

test("runtime/ imports only itself and shared/: no package, no node module, never the generator", () => {
  expect(violations("runtime", inside("runtime", "shared"))).toEqual([]);
});

test("shared/ imports only itself", () => {
  expect(violations("shared", inside("shared"))).toEqual([]);
});

test("io/ and migrate/ never import the generator or the CLI", () => {
  const notUp = (target: string) => !inside("generator", "cli", "usages", "audit")(target);
  expect([...violations("io", notUp), ...violations("migrate", notUp)]).toEqual([]);
});

test("the CLI's argument helper imports only node, shared/ and io/ (every bin may use it)", () => {
  const targets = runtimeImports(join(SRC, "cli/args.ts"));
  expect(targets.filter((target) => !target.startsWith("node:") && !inside("shared", "io")(target))).toEqual([]);
});

/** The generator's stages in the order a run goes through them; emit/ and docs/ are one stage, side by side. */
const STAGES = [["input"], ["validate"], ["model"], ["emit", "docs"], ["output"]];

const stageOf = (path: string): number | undefined => {
  const [top, folder] = path.split("/");
  return top === "generator" && folder !== undefined ? STAGES.findIndex((stage) => stage.includes(folder)) : undefined;
};

/** Being replaced by the emit model on branch emitmodel (issue 26, section 1). */
// The identifier checks ask the emit model which names the module declares (issue 26: derived, not a hand list),
// so they read the module the registry would print; nothing else in validate/ looks ahead.
const KNOWN_BACKWARD = new Set(
  ["module-model", "registry-module", "schema-types"].map((module) => `generator/validate/identifiers.ts imports generator/emit/${module}`),
);

test("inside generator/, a stage imports only itself and earlier stages (input → validate → model → emit/docs → output)", () => {
  const backwards = STAGES.flat().flatMap((folder) =>
    violations(`generator/${folder}`, (target) => {
      const from = stageOf(`generator/${folder}/`);
      const to = stageOf(target);
      return to === undefined || to === -1 || from === undefined || to <= from;
    }),
  );
  expect(backwards.filter((violation) => !KNOWN_BACKWARD.has(violation))).toEqual([]);
});

test("config/ never imports the CLI", () => {
  expect(violations("config", (target) => !inside("cli")(target))).toEqual([]);
});
