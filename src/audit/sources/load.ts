import { existsSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { readRegularFile } from "../../io/read-input";
import type { AuditSource, RegistryModel } from "../types";
import { AI_SDK_CATALOGUES, installedAiSdkSource } from "./ai-sdk";
import { aiderPolyglotSource } from "./aider-polyglot";
import { installedAnthropicSdkSource } from "./anthropic-sdk";
import { LIST_MODELS_APIS, type ListModelsApi } from "./api";
import { installedGenaiPricesSource } from "./genai-prices";
import { installedGoogleGenaiSource } from "./google-genai";
import { requireInstalledPackage, type InstalledPackage } from "./installed-package";
import { liteLlmSource } from "./litellm";
import { modelsDevSource, readModelsDevTree } from "./models-dev";
import { installedOpenaiSdkSource } from "./openai-sdk";
import type { BenchmarkSource } from "./benchmark-source";
import { SourceError, parseJsonSource } from "./source-error";
import { sweBenchSource } from "./swe-bench";
import type { HttpRequestOptions } from "../../io/http-get";

/**
 * Every source `audit` and `refresh` read, behind one name each: `--source NAME[=PATH]`.
 *
 * - package: an npm package installed in the project (kept current with `npm update`), cited as package@version;
 * - file: a file or directory (LiteLLM's JSON, models.dev's api.json or providers/ tree), cited by its path
 *   relative to the project;
 * - http: a provider's list-models API, read when its key is in the environment;
 * - benchmark: a benchmark board's data file (the Aider leaderboard YAML, SWE-bench's leaderboard JSON), read by
 *   `refresh` only: it holds results, not model figures.
 */
export type SourceKind = "package" | "file" | "http" | "benchmark";

export interface SourceSpec {
  name: string;
  path?: string;
}

interface PackageAdapter {
  name: string;
  packageName: string;
  load(pkg: InstalledPackage): AuditSource;
}

export const PACKAGE_ADAPTERS: readonly PackageAdapter[] = [
  { name: "genai-prices", packageName: "@pydantic/genai-prices", load: (pkg) => installedGenaiPricesSource(pkg) },
  { name: "openai-sdk", packageName: "openai", load: installedOpenaiSdkSource },
  { name: "anthropic-sdk", packageName: "@anthropic-ai/sdk", load: installedAnthropicSdkSource },
  { name: "google-genai", packageName: "@google/genai", load: installedGoogleGenaiSource },
  ...Object.entries(AI_SDK_CATALOGUES).map(([packageName, catalogue]) => ({ name: `ai-sdk-${catalogue.provider}`, packageName, load: installedAiSdkSource })),
];

const FILE_ADAPTERS = ["litellm", "models-dev"] as const;

/** Benchmark boards: a file each (docs/refresh.md, "Benchmark results"). */
const BENCHMARK_ADAPTERS = ["aider-polyglot", "swe-bench"] as const;

/** A file source bigger than this is refused (today's LiteLLM list is about 1.5 MB, models.dev's api.json 2 MB). */
export const MAX_SOURCE_FILE_BYTES = 64 * 1024 * 1024;

export function sourceKind(name: string): SourceKind | undefined {
  if ((FILE_ADAPTERS as readonly string[]).includes(name)) return "file";
  if ((BENCHMARK_ADAPTERS as readonly string[]).includes(name)) return "benchmark";
  if (PACKAGE_ADAPTERS.some((adapter) => adapter.name === name)) return "package";
  if (LIST_MODELS_APIS.some((api) => api.name === name)) return "http";
  return undefined;
}

function sourceNames(): string[] {
  return [...FILE_ADAPTERS, ...BENCHMARK_ADAPTERS, ...PACKAGE_ADAPTERS.map((adapter) => adapter.name), ...LIST_MODELS_APIS.map((api) => api.name)];
}

/**
 * `--source` values: `litellm=PATH`, `models-dev=PATH` (api.json or a checkout), `aider-polyglot=PATH`,
 * `swe-bench=PATH`, or the name of a package or API adapter.
 */
export function parseSourceSpec(text: string): SourceSpec {
  const separator = text.indexOf("=");
  const name = separator < 0 ? text : text.slice(0, separator);
  const path = separator < 0 ? undefined : text.slice(separator + 1);
  const kind = sourceKind(name);
  if (kind === undefined)
    throw new Error(
      `unknown source "${name}": expected litellm=PATH, models-dev=PATH, aider-polyglot=PATH, swe-bench=PATH or one of ${sourceNames()
        .filter((n) => sourceKind(n) !== "file" && sourceKind(n) !== "benchmark")
        .join(", ")}`,
    );
  const takesPath = kind === "file" || kind === "benchmark";
  if (takesPath && !path) throw new Error(`source "${name}" needs a path: ${name}=PATH`);
  if (!takesPath && path) throw new Error(`source "${name}" takes no path`);
  return path ? { name, path } : { name };
}

/** Where relative citations are taken from (the project root) and packages resolved. */
export interface LoadContext {
  projectRoot: string;
  /** For list-models APIs. */
  env?: Readonly<Record<string, string | undefined>>;
  baseUrls?: Readonly<Record<string, string>>;
  http?: HttpRequestOptions;
  models?: readonly RegistryModel[];
  readOn?: string;
}

/** A file or package source (synchronous); a list-models API needs `loadSource`. */
export function loadAuditSource(spec: SourceSpec, context: LoadContext = { projectRoot: process.cwd() }): AuditSource {
  if (spec.name === "litellm") return loadLiteLlm(requirePath(spec), context);
  if (spec.name === "models-dev") return loadModelsDev(requirePath(spec), context);
  const adapter = PACKAGE_ADAPTERS.find((candidate) => candidate.name === spec.name);
  if (adapter !== undefined) return adapter.load(requireInstalledPackage(adapter.packageName, context.projectRoot));
  if (sourceKind(spec.name) === "benchmark") throw new Error(`source "${spec.name}" holds benchmark results, not model figures: only refresh reads it`);
  throw new Error(`source "${spec.name}" is read over HTTP: only refresh reads it`);
}

/**
 * A benchmark board's file. Its results cite the origin the pinned copy records in an `ORIGIN` file beside it
 * ("<owner/repo>@<commit> <path in that repository>", data/sources/README.md), else the file's project-relative path.
 */
export function loadBenchmarkSource(spec: SourceSpec, context: LoadContext): BenchmarkSource {
  const { text, location } = readSourceFile(requirePath(spec), context);
  const citation = pinnedOrigin(requirePath(spec)) ?? location;
  try {
    if (spec.name === "aider-polyglot") return aiderPolyglotSource(text, location, citation);
    if (spec.name === "swe-bench") return sweBenchSource(parseJsonSource(text, location), location, citation);
  } catch (error) {
    throw error instanceof SourceError ? error : new SourceError(location, (error as Error).message);
  }
  throw new Error(`source "${spec.name}" is not a benchmark board`);
}

/** The first line of `ORIGIN` beside a pinned copy, when there is one. */
function pinnedOrigin(path: string): string | undefined {
  const originFile = join(dirname(path), "ORIGIN");
  if (!existsSync(originFile)) return undefined;
  const result = readRegularFile(originFile, 4096);
  const line = result.ok ? result.bytes.toString("utf8").split("\n")[0]!.trim() : "";
  return line === "" ? undefined : line;
}

/** Any source; a list-models API with the key its environment holds. */
export async function loadSource(spec: SourceSpec, context: LoadContext): Promise<AuditSource> {
  const api = LIST_MODELS_APIS.find((candidate) => candidate.name === spec.name);
  if (api === undefined) return loadAuditSource(spec, context);
  return api.load({
    baseUrl: apiBaseUrl(api, context),
    key: api.keyVariable === undefined ? undefined : context.env?.[api.keyVariable],
    http: context.http ?? {},
    models: (context.models ?? []).filter((model) => model.provider === api.provider),
    readOn: context.readOn ?? new Date().toISOString().slice(0, 10),
  });
}

/** An override (`--base-url NAME=URL`), else the adapter's default. */
function apiBaseUrl(api: ListModelsApi, context: LoadContext): string {
  return context.baseUrls?.[api.name] ?? context.baseUrls?.[api.provider] ?? api.defaultBaseUrl;
}

function readSourceFile(path: string, context: LoadContext): { text: string; location: string } {
  const location = citablePath(path, context.projectRoot);
  const result = readRegularFile(path, MAX_SOURCE_FILE_BYTES);
  // A file that cannot be read is named as the user gave it; what is read is cited by its project-relative path.
  if (!result.ok) throw new SourceError(path, `cannot be read: ${result.reason}`);
  return { text: result.bytes.toString("utf8"), location };
}

function loadLiteLlm(path: string, context: LoadContext): AuditSource {
  const { text, location } = readSourceFile(path, context);
  try {
    return { ...liteLlmSource(parseJsonSource(text, location)), citation: location };
  } catch (error) {
    throw error instanceof SourceError ? error : new SourceError(location, (error as Error).message);
  }
}

/** A directory is a checkout (`providers/…/*.toml`); a file is `api.json`. */
function loadModelsDev(path: string, context: LoadContext): AuditSource {
  const location = citablePath(path, context.projectRoot);
  try {
    if (statSync(path).isDirectory())
      return { ...modelsDevSource(readModelsDevTree(path), modelsDevTreeLabel(path)), citation: modelsDevTreeCitation(path, location) };
    const { text } = readSourceFile(path, context);
    return { ...modelsDevSource(parseJsonSource(text, location), `models.dev (${basename(path)})`), citation: location };
  } catch (error) {
    throw error instanceof SourceError ? error : new SourceError(location, (error as Error).message);
  }
}

/** A pinned copy carries a `VERSION` file, "<commit> <date>" (data/sources/README.md); a plain checkout does not. */
function modelsDevVersion(root: string): { commit: string; date?: string } | undefined {
  const versionFile = join(root, "VERSION");
  if (!existsSync(versionFile)) return undefined;
  const result = readRegularFile(versionFile, 4096);
  if (!result.ok) return undefined;
  const [commit = "", date] = result.bytes.toString("utf8").trim().split(/\s+/);
  return { commit, ...(date ? { date } : {}) };
}

function modelsDevTreeLabel(root: string): string {
  const version = modelsDevVersion(root);
  if (version === undefined) return `models.dev (${basename(root)})`;
  return `models.dev@${version.commit.slice(0, 7)}${version.date ? ` (${version.date})` : ""}`;
}

function modelsDevTreeCitation(root: string, location: string): string {
  const version = modelsDevVersion(root);
  return version === undefined ? location : `models.dev@${version.commit.slice(0, 7)} ${location}`;
}

/** A path as a citation: relative to the project when inside it, else its base name — never a path of this machine. */
export function citablePath(path: string, projectRoot: string): string {
  const inside = relative(projectRoot, path);
  return inside !== "" && !inside.startsWith("..") && !isAbsolute(inside) ? inside.split("\\").join("/") : basename(path);
}

function requirePath(spec: SourceSpec): string {
  if (spec.path === undefined) throw new Error(`source "${spec.name}" needs a path`);
  return spec.path;
}
