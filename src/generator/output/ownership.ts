import { GENERATED_BANNER } from "../emit/banner";
import { lstatSync, readlinkSync, statSync } from "node:fs";
import { readTextIfRegular } from "../../io/read-input";
import type { Diagnostic } from "../../shared/diagnostics";
import { rewriteReadmeBlock } from "../docs/readme-block";
import type { OutputFile } from "../../io/write";

/** Every file this generator writes carries this in its first lines (module banner, markdown banner, chart comment). */

/** How far into a file the banner may be: after a BOM, a `/**` line or the `<svg …>` opening tag. */
const BANNER_SEARCH_LENGTH = 1024;

function hasGeneratedBanner(current: string): boolean {
  return current.slice(0, BANNER_SEARCH_LENGTH).includes(GENERATED_BANNER);
}

/** Charts written before the chart carried a banner: the fixed opening of emit-chart's output. */
function isLegacyGeneratedChart(current: string): boolean {
  return current.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && current.includes("<title>Blended price per 1M tokens against coding score,");
}

/**
 * Outputs that would replace a file this generator did not write, and outputs that two roles would
 * write to the same path (a registry named README.yaml makes the markdown registry README.md): errors,
 * so nothing is written.
 */
export function foreignOutputProblems(files: readonly OutputFile[]): Diagnostic[] {
  return [...pathCollisions(files), ...files.flatMap((file) => (isForeign(file) ? [foreignFileDiagnostic(file.path, symlinkTarget(file.path))] : []))];
}

function isForeign(file: OutputFile): boolean {
  const current = readExistingRegularFile(file.path);
  if (current === undefined) return false;
  return !isGeneratedBy(file.ownedBy ?? "banner", current);
}

function isGeneratedBy(ownedBy: NonNullable<OutputFile["ownedBy"]>, current: string): boolean {
  if (ownedBy === "readme-markers") return rewriteReadmeBlock(current, "") !== undefined;
  return hasGeneratedBanner(current) || (ownedBy === "chart" && isLegacyGeneratedChart(current));
}

function readExistingRegularFile(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return undefined; // a directory or special file makes the write fail, with its own error
    return readTextIfRegular(path);
  } catch {
    return undefined;
  }
}

/** Where a symlink at `path` points, or undefined when it is not one. */
function symlinkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

function foreignFileDiagnostic(path: string, linkTarget: string | undefined): Diagnostic {
  const what = linkTarget === undefined ? "it exists" : `it is a symlink to ${linkTarget}, which exists`;
  return {
    severity: "error",
    code: "write/not-generated",
    message:
      `refusing to overwrite ${path}: ${what} and was not written by model-registry (no "${GENERATED_BANNER}" banner), ` +
      `so it may be hand-written; nothing was written`,
    file: path,
    line: 0,
    column: 0,
    hint: "move or rename that file, or give the registry a name whose .md does not clash with it (e.g. model_registry.yaml)",
  };
}

function pathCollisions(files: readonly OutputFile[]): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (seen.has(file.path)) {
      diagnostics.push({
        severity: "error",
        code: "write/path-collision",
        message: `two generated outputs would be written to ${file.path} (e.g. the markdown registry and the README summary); nothing was written`,
        file: file.path,
        line: 0,
        column: 0,
        hint: "rename the registry file so that its .md does not land on the README",
      });
    }
    seen.add(file.path);
  }
  return diagnostics;
}
