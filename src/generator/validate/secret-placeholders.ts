import type { Diagnostic } from "../../shared/diagnostics";
import { placeholderNames } from "../../shared/base-url-template";
import { locateValue, type RegistrySource } from "../input/registry-source";
import { formatJsonPointer } from "../input/source-map";
import { judgeableRegistry } from "./judgeable";

/** Variable names that hold credentials by convention: never part of a URL (URLs end up in logs, proxies, error messages). */
const SECRET_VARIABLE_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL/;

/**
 * base_url templates may interpolate only non-secret variables (endpoints, regions, versions). A
 * placeholder naming a credential (`{OPENAI_API_KEY}`) would put the key into every resolved URL.
 */
export function secretPlaceholderProblems(source: RegistrySource): Diagnostic[] {
  const { registry } = judgeableRegistry(source.data);
  const diagnostics: Diagnostic[] = [];
  for (const [id, config] of Object.entries(registry.providers)) {
    if (config!.base_url === undefined) continue;
    const secrets = placeholderNames(config!.base_url).filter((name) => SECRET_VARIABLE_NAME.test(name));
    for (const name of new Set(secrets)) {
      const { path, ...at } = locateValue(source, ["providers", id, "base_url"]);
      diagnostics.push({
        severity: "error",
        code: "rule/secret-in-base-url",
        message: `base_url of provider "${id}" interpolates {${name}}, which holds a credential (its name contains ${SECRET_VARIABLE_NAME.exec(name)![0]}); a URL may only use non-secret variables such as endpoints, regions and API versions`,
        ...at,
        path: formatJsonPointer(path),
        hint: "send the credential through `auth` (bearer, api-key-header or query-key) instead of the URL",
      });
    }
  }
  return diagnostics;
}
