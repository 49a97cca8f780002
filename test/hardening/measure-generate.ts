// Child-process entry for the large-registry test: runs generate() once and prints its figures as
// JSON, so peak RSS is this process's own and not the test runner's.
import { generate } from "../../src/generator/generate";

async function main(): Promise<void> {
  const [cwd, registryPath] = process.argv.slice(2);
  const started = performance.now();
  const result = await generate({ cwd: cwd!, registryPath: registryPath!, outDir: "generated" });
  const wallMs = performance.now() - started;
  const figures = {
    ok: result.ok,
    errors: result.diagnostics.filter((d) => d.severity === "error").slice(0, 3),
    wallMs: Math.round(wallMs),
    timings: Object.fromEntries(Object.entries(result.timings).map(([stage, ms]) => [stage, Math.round(ms)])),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(figures) + "\n");
}

void main();
