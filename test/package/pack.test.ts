import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const REPO_ROOT = resolve(__dirname, "../..");
const SMALL_REGISTRY = join(REPO_ROOT, "test/fixtures/cli/small/model_registry.yaml");

/** npm's own variables from `npm run jest` would leak this repo's settings into the fresh project. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("npm_")) delete env[key];
  delete env.FORCE_COLOR;
  return env;
}

function run(command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8" });
}

/**
 * The published artefact, end to end: `npm pack`, install the tarball into a fresh project, generate
 * that project's own registry module with the package's bin, and let the project's `tsc` judge it.
 * One install (the slow part); the npm cache is warm for our dependencies.
 */
test("the packed package works in a fresh project", () => {
  const work = mkdtempSync(join(tmpdir(), "model-registry-pack-"));
  try {
    execFileSync("npm", ["pack", "--pack-destination", work], { cwd: REPO_ROOT, env: cleanEnv(), stdio: "pipe" });
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
    expect(tarball).toBeDefined();

    const project = join(work, "consumer");
    mkdirSync(join(project, "src"), { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }, null, 2));
    const install = run(
      "npm",
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", join(work, tarball!), "typescript@5.9.3"],
      project,
    );
    expect(install.stderr.replace(/^npm warn .*\n/gim, "")).toBe("");
    expect(install.status).toBe(0);

    const bin = join(project, "node_modules/.bin/model-registry");
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(project, "node_modules/@lattice-lock/model-registry/dist/scripts/model-registry.js"), "utf8")).toMatch(
      /^#!\/usr\/bin\/env node\n/,
    );

    copyFileSync(SMALL_REGISTRY, join(project, "my_models.yaml"));
    const generated = run("npx", ["model-registry", "generate", "--registry", "./my_models.yaml", "--out", "./src/generated"], project);
    expect(generated.stderr.replace(/^npm warn .*\n/gim, "")).toBe("");
    expect(generated.stdout).toContain("wrote src/generated/models.generated.d.ts");
    expect(generated.status).toBe(0);
    expect(run("npx", ["model-registry", "check", "--registry", "./my_models.yaml", "--out", "./src/generated"], project).status).toBe(0);

    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "commonjs", skipLibCheck: false }, include: ["src"] }),
    );
    writeFileSync(
      join(project, "src/use.ts"),
      [
        'import { Models, MODELS, type ModelId } from "./generated/models.generated";',
        'import * as shipped from "@lattice-lock/model-registry";',
        'const chosen: ModelId = "claude-sonnet-4-5";',
        "export const window: number = MODELS[chosen].context_window + MODELS[Models.GPT_4O].max_output_tokens;",
        "export const shippedIds: readonly shipped.ModelId[] = shipped.MODEL_IDS;",
        "",
      ].join("\n"),
    );
    const tsc = join(project, "node_modules/.bin/tsc");
    const good = run(tsc, ["-p", "."], project);
    expect(good.stdout + good.stderr).toBe("");
    expect(good.status).toBe(0);

    writeFileSync(join(project, "src/bad.ts"), 'import type { ModelId } from "./generated/models.generated";\nexport const typo: ModelId = "gpt-5";\n');
    const bad = run(tsc, ["-p", "."], project);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("src/bad.ts(2,14)");
    expect(bad.stdout).toContain('"gpt-5"');

    const required = run("node", ["-e", 'const m = require("@lattice-lock/model-registry"); console.log(m.MODEL_IDS.includes("gpt-4o"), Object.isFrozen(m.MODELS))'], project);
    expect(required.stdout.trim()).toBe("true true");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 300_000);
