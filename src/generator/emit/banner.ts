import { jsDocText } from "../../shared/escape";

/** What marks every file the generator writes (modules, docs, charts, the catalogue): `check` and the writer look for it. */
export const GENERATED_BANNER = "GENERATED FILE - DO NOT EDIT";

/**
 * What opens a generated TypeScript file after its banner: tsc then skips checking it, as `skipLibCheck` skips a
 * declaration file, and an app's stricter options (which the generator cannot know) are not applied to it.
 */
export const NO_CHECK_LINES: readonly string[] = [
  "// Checked by the generator when written; the app's own compiler options are not this file's to meet.",
  "// @ts-nocheck",
];

/** The banner of a generated module: what it is (already escaped for JSDoc), how to regenerate it. */
export function generatedBanner(description: readonly string[], command: string, typescript: boolean): string {
  return [
    "/**",
    ` * ${GENERATED_BANNER}.`,
    ...description.map((line) => ` * ${line}`),
    ` * Regenerate: ${jsDocText(command)}`,
    " */",
    "/* eslint-disable */",
    ...(typescript ? NO_CHECK_LINES : []),
  ].join("\n");
}
