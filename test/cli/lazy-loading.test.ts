// `--version` and `--help` answer at once: they load none of the generator's modules or packages (ajv,
// prettier, yaml, json-schema-to-typescript, ts-morph…), which only a run that generates needs.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NODE_WITH_TSX, REPO_ROOT, tempProject } from "./helpers";

const HEAVY_PACKAGES = ["ajv", "ajv-formats", "prettier", "yaml", "json-schema-to-typescript", "ts-morph", "typescript", "diff", "smol-toml"];

const [node, ...nodeArgs] = NODE_WITH_TSX;

/**
 * A fresh process runs the CLI with `argv`, then reports every module it loaded. With tsx's full loader, modules
 * loaded by a dynamic import() are CommonJS too, so require.cache holds them as well.
 */
function modulesLoadedBy(argv: readonly string[], cwd = REPO_ROOT): { code: number; modules: string[] } {
  const probe = String.raw`
    const { runCli } = require(process.argv[1]);
    const quiet = { write: () => true };
    runCli(process.argv.slice(2), { stdout: quiet, stderr: quiet, env: {}, cwd: process.cwd() }).then((code) => {
      console.log(JSON.stringify({ code, modules: Object.keys(require.cache) }));
    });
  `;
  const output = execFileSync(node, [...nodeArgs, "-e", probe, join(REPO_ROOT, "src/cli/main.ts"), ...argv], { cwd, encoding: "utf8" });
  return JSON.parse(output) as { code: number; modules: string[] };
}

const isHeavy = (file: string) =>
  file.includes(`${join(REPO_ROOT, "src", "generator")}/`) || HEAVY_PACKAGES.some((name) => file.includes(`/node_modules/${name}/`));

test.each([[["--version"]], [["--help"]], [["validate", "--help"]], [["check", "--frobnicate"]]])("%j loads no generator module", (argv) => {
  const { code, modules } = modulesLoadedBy(argv);
  expect(code).toBe(argv.includes("--frobnicate") ? 2 : 0);
  expect(modules.some((file) => file.endsWith(join("src", "cli", "main.ts")))).toBe(true);
  expect(modules.filter(isHeavy)).toEqual([]);
});

test("a run that validates does load the generator (the probe sees lazy modules)", () => {
  const { modules } = modulesLoadedBy(["validate", "--registry", "test/fixtures/cli/small/model_registry.yaml"]);
  expect(modules.some((file) => file.endsWith(join("src", "generator", "generate.ts")))).toBe(true);
});

test("a generate with nothing changed since the recorded run loads no generator module", () => {
  const project = tempProject("small");
  try {
    mkdirSync(join(project.dir, "node_modules"));
    writeFileSync(join(project.dir, "package.json"), "{}\n");
    const args = ["generate", "--registry", "model_registry.yaml", "--out", "out", "--as-of", "2026-12-01"];
    expect(modulesLoadedBy(args, project.dir).modules.some((file) => file.endsWith(join("src", "generator", "generate.ts")))).toBe(true);
    const again = modulesLoadedBy(args, project.dir);
    expect(again.code).toBe(0);
    expect(again.modules.filter(isHeavy)).toEqual([]);
  } finally {
    project.cleanup();
  }
});
