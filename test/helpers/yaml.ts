import { Document, type ToStringOptions } from "yaml";
import { quoteDates } from "../../src/migrate/yaml-out";

/** YAML text of `value` with its dates quoted, as the registry's rule asks (validate warns about unquoted ones). */
export function yamlWithQuotedDates(value: unknown, options: ToStringOptions = {}): string {
  const document = new Document(value);
  quoteDates(document);
  return document.toString(options);
}
