import type { ModelRegistryFile } from "../../shared/registry-file";
import type { Report } from "./validate-rules";

/**
 * A path of one machine: POSIX (`/home/me/x.json`, two segments at least), home-relative (`~/x`), Windows
 * (`C:\x`, `C:/x`) or a `file:` URL. Checked at the start of the value and after a space, quote, bracket or
 * separator, so a URL's own path (`ai.google.dev/gemini-api/docs`) and ratios (`input/output`) never match.
 */
const MACHINE_PATH = /(?:^|[\s"'`([;,=])((?:\/[^\s/"'`()[\];,]+){2,}\/?|~\/[^\s"'`()[\];,]+|[A-Za-z]:[\\/][^\s"'`()[\];,]*|file:\/\/[^\s"'`()[\];,]*)/;
/** API routes (`GET /v1/models`, `/api/tags`) are cited as such, not as files. */
const API_ROUTE = /^\/(?:v\d[\w.-]*|v\dbeta\d*|api)\//;

/** The first path of one machine a `sources` line names, if any. */
export function machinePath(text: string): string | undefined {
  let rest = text;
  for (let match = MACHINE_PATH.exec(rest); match; match = MACHINE_PATH.exec(rest)) {
    if (!API_ROUTE.test(match[1]!)) return match[1]!;
    rest = rest.slice(match.index + match[0].length);
  }
  return undefined;
}

/**
 * `sources` cite what anyone can read again: a repository-relative path (`data/sources/…`), `package@version`,
 * `repository@commit path` or a URL. A path of the machine that wrote the entry means nothing anywhere else.
 */
export function checkSourcePaths(registry: ModelRegistryFile, report: Report): void {
  registry.models.forEach((model, index) => {
    for (const [group, text] of Object.entries(model.sources ?? {})) {
      const path = machinePath(text);
      if (path === undefined) continue;
      report.error(
        "source-machine-path",
        ["models", index, "sources", group],
        `sources.${group} of "${model.id}" names "${path}", a path on one machine; cite a repository-relative path (data/sources/…), package@version, repository@commit path or a URL`,
        "copy the file under data/sources/ with its origin and date, and cite that path",
      );
    }
  });
}
