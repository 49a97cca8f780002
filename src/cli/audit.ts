import { existsSync } from "node:fs";
import { DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { dirname, join, resolve } from "node:path";
import {
  auditRegistry,
  hasUnexplainedDifferences,
  loadAuditSource,
  parseSourceSpec,
  pinnedSources,
  renderAuditJson,
  renderAuditTable,
  type SourceSpec,
} from "../audit";
import type { AuditSource, RegistryModel } from "../audit/types";
import { generate } from "../generator/generate";
import { abortSignalName, exitCodeForSignal, isInterrupted } from "../io/abort";
import { nearestPackageDirectory, packageRoot, packageVersion } from "../io/paths";
import { readBoundedText } from "../io/read-input";
import { todayUtc } from "../shared/dates";
import { checkedAsOf, EXIT_INVALID, EXIT_OK, InputError, requireExistingFile, runCommand, UsageError, type CliIO } from "./args";
import type { Colors } from "./colors";
import { ConfigError } from "../config/project-config";
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
                        openai-sdk, anthropic-sdk, google-genai, ai-sdk-openai, ai-sdk-anthropic,
                        ai-sdk-google, ai-sdk-xai, ai-sdk-mistral
                                          the installed package's model list (docs/refresh.md)
                      default: "modelRegistry.audit.sources" in the package.json of the project that holds
                      the registry (paths relative to that package.json), else the dated LiteLLM and
                      models.dev copies this package ships, and genai-prices when it is installed
  --as-of <date>      compare prices and lifecycle as of this day, YYYY-MM-DD (default: today, UTC)
  --json              print the whole report as JSON
  --strict            exit 1 when any difference is unexplained
  --help              show this help

Exit codes: 0 ok, 1 invalid registry, a source that cannot be read, or (with --strict) unexplained
differences, 2 bad usage (unknown flag, bad value, a file named here that does not exist), 3 internal error,
130/143 stopped by SIGINT/SIGTERM before the report.`;

const OPTIONS = {
  registry: { type: "string" },
  source: { type: "string", multiple: true },
  "as-of": { type: "string" },
  json: { type: "boolean" },
  strict: { type: "boolean" },
} as const;

const SPEC = { name: "model-registry audit", usage: AUDIT_USAGE, options: OPTIONS, paths: ["registry"] } as const;

/** `model-registry audit`: resolves with the exit code. */
export function runAudit(argv: readonly string[], io: CliIO, c: Colors): Promise<number> {
  return runCommand(argv, io, c, SPEC, async ({ values }) => {
    const registryPath = values.registry === undefined ? resolve(io.cwd, DEFAULT_REGISTRY_PATH) : requireExistingFile(values.registry, io.cwd, "--registry");
    const asOf = checkedAsOf(values["as-of"] ?? todayUtc());
    const specs =
      values.source === undefined
        ? (configuredSources(registryPath) ?? shippedSources(io, c))
        : values.source.map((text) => sourceFromCommandLine(text, io.cwd));
    const registry = await validRegistry(registryPath, asOf, io, c);
    if (registry === undefined) return EXIT_INVALID;
    // A SIGINT/SIGTERM that came during validation stops the run here, before the sources are read and compared.
    if (await isInterrupted(io.signal)) return reportInterrupted(io);
    const projectRoot = nearestPackageDirectory(dirname(registryPath)) ?? io.cwd;
    const sources = specs.map((spec) => loadSource(spec, projectRoot));
    // As validated: an extending registry is audited with its bases merged in.
    const models = (registry as { models: RegistryModel[] }).models;
    const report = auditRegistry(models, sources, { asOf });
    // Loading and comparing run without yielding: a SIGINT/SIGTERM that came meanwhile is seen here, before any output.
    if (await isInterrupted(io.signal)) return reportInterrupted(io);
    io.stdout.write(values.json ? renderAuditJson(report) : renderAuditTable(report));
    return values.strict && hasUnexplainedDifferences(report) ? EXIT_INVALID : EXIT_OK;
  });
}

function reportInterrupted(io: CliIO): number {
  const by = abortSignalName(io.signal);
  io.stderr.write(`Interrupted${by === undefined ? "" : ` by ${by}`}: no report was printed.\n`);
  return exitCodeForSignal(by);
}

/** The registry's data, validated exactly as `validate` would; undefined, with the errors printed, when it is not valid. */
export async function validRegistry(registryPath: string, asOf: string, io: CliIO, c: Colors, what = "audited"): Promise<unknown> {
  const validation = await generate({ cwd: io.cwd, registryPath, mode: "validate", asOf });
  const errors = validation.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return validation.registry;
  for (const diagnostic of errors) io.stderr.write(formatDiagnostic(diagnostic, readSourceText(resolve(io.cwd, diagnostic.file)), c) + "\n\n");
  io.stderr.write(summarize(errors, c) + `\nThe registry must be valid before it can be ${what}.\n`);
  return undefined;
}

function loadSource(spec: SourceSpec, projectRoot: string): AuditSource {
  try {
    return loadAuditSource(spec, { projectRoot });
  } catch (error) {
    throw new InputError(`cannot load a source: ${(error as Error).message}`);
  }
}

/** A `--source` value: its name checked, its path (relative to the working directory) required to exist. */
export function sourceFromCommandLine(text: string, cwd: string): SourceSpec {
  let spec: SourceSpec;
  try {
    spec = parseSourceSpec(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return spec.path === undefined ? spec : { ...spec, path: requireExistingFile(spec.path, cwd, `--source ${spec.name}`) };
}

function configuredSpec(text: string, directory: string): SourceSpec {
  try {
    return parseSourceSpec(text);
  } catch (error) {
    throw new ConfigError(`${join(directory, "package.json")} (modelRegistry.audit.sources): ${(error as Error).message}`);
  }
}

/** `modelRegistry.audit.sources` of the nearest package.json above the registry, paths relative to it; undefined when it names none. */
export function configuredSources(registryPath: string): SourceSpec[] | undefined {
  const directory = nearestPackageDirectory(dirname(registryPath));
  const manifest =
    directory === undefined
      ? undefined
      : (JSON.parse(readBoundedText(join(directory, "package.json"))) as {
          modelRegistry?: { audit?: { sources?: unknown } };
        });
  const specs = manifest?.modelRegistry?.audit?.sources;
  if (Array.isArray(specs) && specs.length > 0 && specs.every((s) => typeof s === "string")) {
    return specs.map((text: string) => {
      const spec = configuredSpec(text, directory!);
      return spec.path === undefined ? spec : { ...spec, path: resolve(directory!, spec.path) };
    });
  }
  return undefined;
}

/**
 * Without `--source` or configured sources (an app): the dated copies this package ships and is tested against,
 * and genai-prices when it is installed. Says so on stderr, so the report's figures have a stated origin.
 */
function shippedSources(io: CliIO, c: Colors): SourceSpec[] {
  const genaiPrices = isResolvable("@pydantic/genai-prices");
  const specs = pinnedSources(packageRoot()).filter((spec) => (spec.path === undefined ? genaiPrices : existsSync(spec.path)));
  if (specs.length === 0)
    throw new UsageError(
      'no source to compare with: name one with --source, or list them in package.json under "modelRegistry": { "audit": { "sources": [...] } }',
    );
  const names = specs.map((spec) => spec.name).join(", ");
  const missing = genaiPrices ? "" : "; add genai-prices with npm install --save-dev @pydantic/genai-prices";
  io.stderr.write(
    `${c.dim("note")}: no --source given: comparing with the lists shipped with @lattice-lock/model-registry ${packageVersion()} (${names})${missing}\n`,
  );
  return specs;
}

function isResolvable(specifier: string): boolean {
  try {
    require.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}
