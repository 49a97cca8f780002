/** Child process: one `generate()` (write mode) or the parse-only floor; prints one JSON line. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { generate } from "../src/generator/generate";

async function main(): Promise<void> {
  const [mode, cwd, registryPath, outDir, language = "js"] = process.argv.slice(2) as [string, string, string, string, string?];
  const start = performance.now();
  if (mode === "floor") {
    parse(readFileSync(`${cwd}/${registryPath}`, "utf8"));
    report({ wallMs: performance.now() - start });
    return;
  }
  const result = await generate({ cwd, registryPath, outDir, mode: "write", language: language === "ts" ? "ts" : "js" });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 5)));
  report({ wallMs: performance.now() - start, timings: result.timings });
}

function report(figures: object): void {
  process.stdout.write(JSON.stringify({ ...figures, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
