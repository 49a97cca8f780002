// `--version` and `--help` answer at once: they load none of the generator's modules or packages (ajv,
// yaml, typescript…), which only a run that generates needs.
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compiledModule } from "../helpers/compiled-sources";
import { REPO_ROOT, tempPackage } from "./helpers";

const HEAVY_PACKAGES = ["ajv", "ajv-formats", "yaml", "typescript", "diff", "smol-toml"];

const MAIN = compiledModule("src/cli/main.ts");
const GENERATOR = compiledModule("src/generator/generate.ts");

/**
 * A fresh process runs the CLI (the sources compiled to CommonJS, as in dist/) with `argv`, then reports every module
 * it loaded: its dynamic imports are requires, so require.cache holds them all.
 */
function modulesLoadedBy(argv: readonly string[], cwd = REPO_ROOT): { code: number; modules: string[] } {
  const probe = String.raw`
    const { runCli } = require(process.argv[1]);
    const quiet = { write: () => true };
    runCli(process.argv.slice(2), { stdout: quiet, stderr: quiet, env: {}, cwd: process.cwd() }).then((code) => {
      console.log(JSON.stringify({ code, modules: Object.keys(require.cache) }));
    });
  `;
  const output = execFileSync(process.execPath, ["-e", probe, MAIN, ...argv], { cwd, encoding: "utf8" });
  return JSON.parse(output) as { code: number; modules: string[] };
}

const isHeavy = (file: string) => file.startsWith(`${dirname(GENERATOR)}/`) || HEAVY_PACKAGES.some((name) => file.includes(`/node_modules/${name}/`));

test.each([[["--version"]], [["--help"]], [["validate", "--help"]], [["check", "--frobnicate"]]])("%j loads no generator module", (argv) => {
  const { code, modules } = modulesLoadedBy(argv);
  expect(code).toBe(argv.includes("--frobnicate") ? 2 : 0);
  expect(modules).toContain(MAIN);
  expect(modules.filter(isHeavy)).toEqual([]);
});

const GENERATE_ARGS = ["generate", "--registry", "model_registry.yaml", "--out", "out", "--as-of", "2026-12-01"];
const loadsGenerator = (modules: string[]) => modules.includes(GENERATOR);

test("a run that validates does load the generator (the probe sees lazy modules)", () => {
  expect(loadsGenerator(modulesLoadedBy(["validate", "--registry", "test/fixtures/cli/small/model_registry.yaml"]).modules)).toBe(true);
});

function inTempPackage(body: (dir: string) => void): void {
  const project = tempPackage("small");
  try {
    body(project.dir);
  } finally {
    project.cleanup();
  }
}

test("a generate with nothing changed since the recorded run loads no generator module", () => {
  inTempPackage((dir) => {
    expect(loadsGenerator(modulesLoadedBy(GENERATE_ARGS, dir).modules)).toBe(true);
    const again = modulesLoadedBy(GENERATE_ARGS, dir);
    expect(again.code).toBe(0);
    expect(again.modules.filter(isHeavy)).toEqual([]);
  });
});

test("a generate after an edit compiles the validator again (never run from a project's cache) and loads no formatter", () => {
  const compiler = (modules: string[]) => modules.filter((file) => file.endsWith("/node_modules/ajv/dist/ajv.js"));
  const formatter = (modules: string[]) => modules.filter((file) => file.includes("/node_modules/prettier/"));
  inTempPackage((dir) => {
    expect(loadsGenerator(modulesLoadedBy(GENERATE_ARGS, dir).modules)).toBe(true);
    appendFileSync(join(dir, "model_registry.yaml"), "# edited\n");
    const afterEdit = modulesLoadedBy(GENERATE_ARGS, dir);
    expect(afterEdit.code).toBe(0);
    expect(loadsGenerator(afterEdit.modules)).toBe(true);
    expect(formatter(afterEdit.modules)).toEqual([]);
    // Validator code comes only from a build's shipped entries (dist/derived); running from sources there are none.
    expect(compiler(afterEdit.modules)).not.toEqual([]);
  });
});
