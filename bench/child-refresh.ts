/**
 * Child process: one `model-registry refresh --check --offline --json` on the shipped registry, in process, over
 * every pinned file source and every installed package source; prints one JSON line (wall time, peak RSS, what
 * it read). The exit code of --check (1 while the sources show pending changes) is reported, not thrown.
 */
import { runCli } from "../src/cli/main";

async function main(): Promise<void> {
  const [cwd] = process.argv.slice(2) as [string];
  let stdout = "";
  let stderr = "";
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const code = await runCli(["refresh", "--check", "--offline", "--json"], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { NO_COLOR: "1" },
    cwd,
  });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (code > 1) throw new Error(`refresh exited ${code}: ${stderr}`);
  const report = JSON.parse(stdout) as {
    sources: { name: string; models?: number; error?: string }[];
    plan: { proposals: { kind: string }[] };
    pending: number;
  };
  const kinds: Record<string, number> = {};
  for (const proposal of report.plan.proposals) kinds[proposal.kind] = (kinds[proposal.kind] ?? 0) + 1;
  process.stdout.write(
    JSON.stringify({
      wallMs,
      // On a shared machine wall time grows with the load; CPU time (user + system) does not.
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      exitCode: code,
      sources: report.sources.map((source) => `${source.name}${source.error === undefined ? "" : " (not read)"}`),
      sourceModels: report.sources.reduce((sum, source) => sum + (source.models ?? 0), 0),
      proposals: kinds,
      pending: report.pending,
    }) + "\n",
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
