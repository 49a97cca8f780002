/**
 * The fixture project's generated module is committed (the usages tests read it as an app's would be), so it is
 * checked like the repository's own: generating it again from its registry changes nothing. After a change to the
 * generated form: `npm run build`, then in test/fixtures/usages/basic/project run `model-registry generate
 * --registry registry/model_registry.yaml --out generated --language js` (no settings file).
 */
import { join } from "node:path";
import { generate } from "../../src/generator/generate";
import { FIXTURE_AS_OF } from "../helpers/generate-fixture";
import { PROJECT } from "./helpers";

test("the fixture project's committed generated module is what its registry generates", async () => {
  const result = await generate({
    cwd: PROJECT,
    registryPath: join(PROJECT, "registry", "model_registry.yaml"),
    outDir: join(PROJECT, "generated"),
    language: "js",
    mode: "check",
    asOf: FIXTURE_AS_OF,
  });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.stale.map((file) => `${file.state} ${file.path}`)).toEqual([]);
});
