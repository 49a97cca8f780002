import { existsSync, unlinkSync, writeFileSync } from "node:fs";
import { DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { basename, dirname, join, resolve } from "node:path";
import type { AuditSource, RegistryModel } from "../audit/types";
import { LIST_MODELS_APIS, type ListModelsApi } from "../audit/sources/api";
import { findInstalledPackage } from "../audit/sources/installed-package";
import type { BenchmarkSource } from "../audit/sources/benchmark-source";
import { loadBenchmarkSource, loadSource, PACKAGE_ADAPTERS, sourceKind, type LoadContext, type SourceSpec } from "../audit/sources/load";
import { PINNED_BENCHMARK_SOURCES } from "../audit/sources/pinned";
import { SourceError } from "../audit/sources/source-error";
import { generate } from "../generator/generate";
import { abortSignalName, exitCodeForSignal, isInterrupted } from "../io/abort";
import { HttpError } from "../io/http-get";
import { nearestPackageDirectory } from "../io/paths";
import { readRegularFile } from "../io/read-input";
import { loadRefreshSettings } from "../config/refresh-settings";
import { applyUpdates } from "../refresh/apply";
import { planRefresh } from "../refresh/propose";
import { pendingChanges, renderRefreshJson, renderRefreshReport, type RefreshReport, type SourceStatus } from "../refresh/report";
import { todayUtc } from "../shared/dates";
import { checkedAsOf, EXIT_INVALID, EXIT_OK, InputError, requireExistingFile, runCommand, UsageError, writeOrExplain, type CliIO } from "./args";
import { configuredSources, sourceFromCommandLine, validRegistry } from "./audit";
import type { Colors } from "./colors";
import { formatDiagnostic, readSourceText, summarize } from "./report";

export const REFRESH_USAGE = `Usage: model-registry refresh [options]

Reads the registry's sources — installed SDK and price packages, pinned files, and the providers' list-models
APIs when a key is in the environment — and proposes, per figure, what should change: updates a first-party
source states or two sources agree on (a price change keeps the old price as a dated period), new models,
new lifecycle dates, and the disagreements a person must settle. Differences the entries' notes explain
stay quiet. See docs/refresh.md.

Options:
  --registry <path>      registry YAML (default: models/model_registry.yaml)
  --source <spec>        read only these sources; repeatable (default: the configured audit sources, every
                         installed package source, the pinned benchmark boards in data/sources/ when the
                         project holds them, and every API whose key is set). Names:
                           litellm=PATH, models-dev=PATH, aider-polyglot=PATH,
                           swe-bench=PATH, genai-prices, openai-sdk, anthropic-sdk,
                           google-genai, ai-sdk-openai, ai-sdk-anthropic, ai-sdk-google, ai-sdk-xai,
                           ai-sdk-mistral, openai-api, anthropic-api, google-api, xai-api, mistral-api,
                           deepseek-api, groq-api, openrouter-api, ollama-api
  --base-url <name=url>  the base URL of a list-models API (openai=http://127.0.0.1:8080/v1); repeatable
                         (default: the provider's base_url in the registry, else the public one)
  --offline              read no API
  --as-of <date>         the day of the refresh, YYYY-MM-DD (default: today, UTC)
  --write                apply the updates and append the new models the sources settle (unrated), in place
                         (comments and order kept); validate, and write only if the result is valid
  --check                exit 1 when the sources show changes neither applied nor explained
  --json                 print the report as JSON
  --help                 show this help

Candidates a person decided against: package.json "modelRegistry": { "refresh": { "notAdded": {
"provider/id": "why" } } } (listed with the reason, never proposed). A provider whose entries are a chosen subset
of its list (an aggregator such as OpenRouter): "curated": { "provider": "why" } — its entries are still updated
and reported when missing from its list, but its new models are only counted (listed in --json), not proposed.

Keys are read from the environment only (OPENAI_API_KEY, ANTHROPIC_API_KEY, GOOGLE_API_KEY, XAI_API_KEY,
MISTRAL_API_KEY, DEEPSEEK_API_KEY, GROQ_API_KEY, OPENROUTER_API_KEY; OLLAMA_BASE_URL for a local Ollama) and
never printed.

Exit codes: 0 ok, 1 invalid registry, a registry --write would make invalid, or (with --check) pending
changes, 2 bad usage, 3 internal error.`;

const OPTIONS = {
  registry: { type: "string" },
  source: { type: "string", multiple: true },
  "base-url": { type: "string", multiple: true },
  offline: { type: "boolean" },
  "as-of": { type: "string" },
  write: { type: "boolean" },
  check: { type: "boolean" },
  json: { type: "boolean" },
} as const;

const SPEC = { name: "model-registry refresh", usage: REFRESH_USAGE, options: OPTIONS, paths: ["registry"] } as const;

/** Per attempt; the whole refresh of nine APIs stays well under a minute even when every one times out once. */
const HTTP_TIMEOUT_MS = 20_000;

interface RegistryData {
  models: RegistryModel[];
  providers?: Record<string, { base_url?: string; env?: { defaults?: Record<string, string> } }>;
}

export function runRefresh(argv: readonly string[], io: CliIO, c: Colors): Promise<number> {
  return runCommand(argv, io, c, SPEC, async ({ values }) => {
    const registryPath = values.registry === undefined ? resolve(io.cwd, DEFAULT_REGISTRY_PATH) : requireExistingFile(values.registry, io.cwd, "--registry");
    const asOf = checkedAsOf(values["as-of"] ?? todayUtc());
    const baseUrls = parseBaseUrls(values["base-url"] ?? []);
    const explicit = values.source?.map((text) => sourceFromCommandLine(text, io.cwd));
    const validated = await validRegistry(registryPath, asOf, io, c, "refreshed");
    if (validated === undefined) return EXIT_INVALID;
    const data = validated as RegistryData;
    const { notAdded, curated } = loadRefreshSettings(registryPath, registryProviders(data));
    const projectRoot = nearestPackageDirectory(dirname(registryPath)) ?? dirname(registryPath);
    const specs = explicit ?? defaultSources(registryPath, projectRoot, io.env, values.offline === true);
    const context: LoadContext = {
      projectRoot,
      env: io.env,
      baseUrls: { ...providerBaseUrls(data, io.env), ...baseUrls },
      http: { timeoutMs: HTTP_TIMEOUT_MS },
      models: data.models,
      readOn: asOf,
    };
    const { sources, benchmarkSources, statuses } = await readSources(
      specs.filter((spec) => !(values.offline && sourceKind(spec.name) === "http")),
      context,
      io.env,
    );
    const plan = planRefresh(data.models, sources, asOf, { notAdded, curated, benchmarkSources });
    const report: RefreshReport = { asOf, registryModels: data.models.length, sources: statuses, plan, applied: [], skipped: [] };
    if (values.write) {
      const outcome = await writeRefreshed(registryPath, report, asOf, io, c);
      if (outcome !== EXIT_OK) return outcome;
    }
    io.stdout.write(redact(values.json ? renderRefreshJson(report) : renderRefreshReport(report), io.env));
    return values.check && pendingChanges(report).length > 0 ? EXIT_INVALID : EXIT_OK;
  });
}

/** The configured audit sources, every installed package source, and each API whose key is set (unless offline). */
function defaultSources(registryPath: string, projectRoot: string, env: NodeJS.ProcessEnv, offline: boolean): SourceSpec[] {
  let configured: SourceSpec[] = [];
  try {
    configured = configuredSources(registryPath) ?? [];
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
  }
  const names = new Set(configured.map((spec) => spec.name));
  const packages = PACKAGE_ADAPTERS.filter((adapter) => !names.has(adapter.name) && findInstalledPackage(adapter.packageName, projectRoot) !== undefined).map(
    (adapter) => ({ name: adapter.name }),
  );
  const apis = offline ? [] : LIST_MODELS_APIS.filter((api) => apiEnabled(api, env)).map((api) => ({ name: api.name }));
  const boards = PINNED_BENCHMARK_SOURCES.map((spec) => ({ ...spec, path: join(projectRoot, spec.path!) })).filter((spec) => existsSync(spec.path));
  return [...configured, ...packages, ...boards, ...apis];
}

function apiEnabled(api: ListModelsApi, env: NodeJS.ProcessEnv): boolean {
  if (api.keyVariable === undefined) return Boolean(env.OLLAMA_BASE_URL);
  return Boolean(env[api.keyVariable]);
}

/** Each source on its own: one that cannot be read is reported with where and why, and the others go on. */
async function readSources(
  specs: readonly SourceSpec[],
  context: LoadContext,
  env: NodeJS.ProcessEnv,
): Promise<{ sources: AuditSource[]; benchmarkSources: BenchmarkSource[]; statuses: SourceStatus[] }> {
  const sources: AuditSource[] = [];
  const benchmarkSources: BenchmarkSource[] = [];
  const statuses: SourceStatus[] = [];
  for (const spec of specs) {
    const api = LIST_MODELS_APIS.find((candidate) => candidate.name === spec.name);
    if (api?.keyVariable !== undefined && !env[api.keyVariable]) {
      statuses.push({ name: spec.name, skipped: `${api.keyVariable} is not set` });
      continue;
    }
    try {
      if (sourceKind(spec.name) === "benchmark") {
        const board = loadBenchmarkSource(spec, context);
        benchmarkSources.push(board);
        statuses.push({ name: spec.name, label: board.label, runs: board.runs.length });
        continue;
      }
      const source = await loadSource(spec, context);
      sources.push(source);
      statuses.push({ name: spec.name, label: source.label, models: source.models.length });
    } catch (error) {
      if (!(error instanceof SourceError || error instanceof HttpError || error instanceof Error)) throw error;
      statuses.push({ name: spec.name, error: error.message });
    }
  }
  return { sources, benchmarkSources, statuses };
}

/** The providers the registry configures or its models name. */
function registryProviders(data: RegistryData): string[] {
  return [...new Set([...Object.keys(data.providers ?? {}), ...data.models.map((model) => model.provider)])];
}

/** `--base-url name=url` values, by adapter or provider name. */
function parseBaseUrls(values: readonly string[]): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const text of values) {
    const separator = text.indexOf("=");
    const name = text.slice(0, Math.max(0, separator));
    const url = text.slice(separator + 1);
    if (separator <= 0 || !/^https?:\/\/[^\s]+$/.test(url)) throw new UsageError(`--base-url expects NAME=http(s)://…, got "${text}"`);
    urls[name] = url;
  }
  return urls;
}

/** A provider's `base_url` from the registry, with `{VAR}` filled from the environment or its defaults; unusable ones (a template still) are left out. */
function providerBaseUrls(data: RegistryData, env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [provider, config] of Object.entries(data.providers ?? {})) {
    const url = config.base_url?.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (match, name: string) => env[name] ?? config.env?.defaults?.[name] ?? match);
    if (url !== undefined && /^https?:\/\/[^{}\s]+$/.test(url)) urls[provider] = url;
  }
  return urls;
}

/**
 * Applies the updates, validates the result as `validate` would (from a sibling file, so `extends` resolves the
 * same), and replaces the registry atomically only when it is valid: an invalid result, an interrupt before the
 * rename or a failing write leaves the old file.
 */
async function writeRefreshed(registryPath: string, report: RefreshReport, asOf: string, io: CliIO, c: Colors): Promise<number> {
  const read = readRegularFile(registryPath);
  if (!read.ok) throw new InputError(`cannot read ${registryPath}: ${read.reason}`);
  const original = read.bytes.toString("utf8");
  const { text, applied, skipped } = applyUpdates(original, report.plan.proposals, asOf);
  report.skipped = skipped;
  if (text === original || applied.length === 0) return EXIT_OK;
  const candidate = join(dirname(registryPath), `.${basename(registryPath, ".yaml")}.refresh-${process.pid}.yaml`);
  try {
    writeFileSync(candidate, text);
    const validation = await generate({ cwd: io.cwd, registryPath: candidate, mode: "validate", asOf });
    const errors = validation.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      for (const diagnostic of errors) io.stderr.write(formatDiagnostic(diagnostic, readSourceText(resolve(io.cwd, diagnostic.file)), c) + "\n\n");
      io.stderr.write(summarize(errors, c) + "\nThe refreshed registry would not be valid, so nothing was written.\n");
      return EXIT_INVALID;
    }
  } finally {
    unlinkSync(candidate);
  }
  if (await isInterrupted(io.signal)) {
    const name = abortSignalName(io.signal) ?? "SIGINT";
    io.stderr.write(`Interrupted by ${name}: nothing was written; the registry is as it was.\n`);
    return exitCodeForSignal(name);
  }
  writeOrExplain([{ path: registryPath, contents: text }]);
  report.applied = applied;
  return EXIT_OK;
}

/** Belt and braces: no value of a key variable ever reaches the output, whatever a source echoed back. */
function redact(text: string, env: NodeJS.ProcessEnv): string {
  let out = text;
  for (const api of LIST_MODELS_APIS) {
    const key = api.keyVariable === undefined ? undefined : env[api.keyVariable];
    if (key !== undefined && key.length >= 4) out = out.split(key).join(`<${api.keyVariable}>`);
  }
  return out;
}
