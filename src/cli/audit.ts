import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { auditRegistry, hasUnexplainedDifferences, loadAuditSource, parseSourceSpec, renderAuditJson, renderAuditTable, type SourceSpec } from "../audit";
import type { RegistryModel } from "../audit/types";
import { generate } from "../generator/generate";
import { loadRegistryChain } from "../generator/input/load-chain";
import { nearestPackageDirectory } from "../io/paths";
import { asOfProblem, todayUtc } from "../shared/dates";
import type { Colors } from "./colors";
import { formatDiagnostic, readSourceText, summarize } from "./report";

export const AUDIT_USAGE = `Usage: model-registry audit [options]

Compares the registry with public model lists and reports, per source, the figures that differ (prices,
context/input/output limits, dates, capabilities), whether the entry's notes explain each difference, the
live chat models the source lists that the registry lacks, and the registry models the source marks
deprecated or gone.

Options:
  --registry <path>   registry YAML (default: models/model_registry.yaml)
  --source <spec>     a list to compare with; repeatable:
                        litellm=PATH      LiteLLM model_prices_and_context_window.json
                        genai-prices      the installed @pydantic/genai-prices package
                        models-dev=PATH   a models.dev api.json, or a checkout holding providers/
                      default: "modelRegistry.audit.sources" in the package.json of the project that holds
                      the registry (paths relative to that package.json)
  --as-of <date>      compare prices and lifecycle as of this day, YYYY-MM-DD (default: today, UTC)
  --json              print the whole report as JSON
  --strict            exit 1 when any difference is unexplained
  --help              show this help

Exit codes: 0 ok, 1 invalid registry or (with --strict) unexplained differences, 2 bad usage.`;

export interface AuditIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

class AuditUsageError extends Error {}

/** `model-registry audit`: resolves with the exit code. */
export async function runAudit(argv: readonly string[], io: AuditIO, c: Colors): Promise<number> {
  let options: AuditOptions;
  try {
    options = parseAuditArgs(argv, io.cwd);
  } catch (error) {
    if (!(error instanceof AuditUsageError)) throw error;
    io.stderr.write(`${c.red("error")}: ${error.message}\nRun \`model-registry audit --help\` for usage.\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(AUDIT_USAGE + "\n");
    return 0;
  }
  const validation = await generate({ cwd: io.cwd, registryPath: options.registryPath, mode: "validate", asOf: options.asOf });
  const errors = validation.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    for (const diagnostic of errors) io.stderr.write(formatDiagnostic(diagnostic, readSourceText(resolve(io.cwd, diagnostic.file)), c) + "\n\n");
    io.stderr.write(summarize(errors, c) + "\nThe registry must be valid before it can be audited.\n");
    return 1;
  }
  let sources;
  try {
    sources = options.sources.map(loadAuditSource);
  } catch (error) {
    io.stderr.write(`${c.red("error")}: cannot load a source: ${(error as Error).message}\n`);
    return 2;
  }
  // Validated above, so the chain loads: an extending registry is audited with its bases merged in.
  const models = (loadRegistryChain(options.registryPath).source!.data as { models: RegistryModel[] }).models;
  const report = auditRegistry(models, sources, { asOf: options.asOf });
  io.stdout.write(options.json ? renderAuditJson(report) : renderAuditTable(report));
  return options.strict && hasUnexplainedDifferences(report) ? 1 : 0;
}

interface AuditOptions {
  registryPath: string;
  sources: SourceSpec[];
  asOf: string;
  json: boolean;
  strict: boolean;
  help: boolean;
}

function parseAuditArgs(argv: readonly string[], cwd: string): AuditOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        registry: { type: "string" },
        source: { type: "string", multiple: true },
        "as-of": { type: "string" },
        json: { type: "boolean" },
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new AuditUsageError((error as Error).message.split("\n")[0] ?? String(error));
  }
  const { values } = parsed;
  const registryPath = resolve(cwd, values.registry ?? "models/model_registry.yaml");
  const asOf = values["as-of"] ?? todayUtc();
  const asOfError = asOfProblem(asOf);
  if (asOfError !== undefined) throw new AuditUsageError(asOfError);
  const help = values.help === true;
  let sources: SourceSpec[] = [];
  if (!help) {
    try {
      sources = values.source === undefined ? configuredSources(registryPath) : values.source.map((spec) => parseSourceSpec(spec));
    } catch (error) {
      throw new AuditUsageError((error as Error).message);
    }
  }
  return { registryPath, sources, asOf, json: values.json === true, strict: values.strict === true, help };
}

/** `modelRegistry.audit.sources` of the nearest package.json above the registry, paths relative to it. */
function configuredSources(registryPath: string): SourceSpec[] {
  const directory = nearestPackageDirectory(dirname(registryPath));
  const manifest = directory === undefined ? undefined : (JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as {
    modelRegistry?: { audit?: { sources?: unknown } };
  });
  const specs = manifest?.modelRegistry?.audit?.sources;
  if (Array.isArray(specs) && specs.length > 0 && specs.every((s) => typeof s === "string")) {
    return specs.map((text: string) => {
      const spec = parseSourceSpec(text);
      return spec.path === undefined ? spec : { ...spec, path: resolve(directory!, spec.path) };
    });
  }
  throw new Error('no source to compare with: name one with --source, or list them in package.json under "modelRegistry": { "audit": { "sources": [...] } }');
}
