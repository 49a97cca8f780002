import * as prettier from "prettier";

/**
 * Formats generated source with prettier, using the consumer's own prettier configuration for the
 * output path, so their formatter leaves the generated files alone. Always LF and a final newline.
 */
export async function formatSource(source: string, outputPath: string): Promise<string> {
  const config = (await prettier.resolveConfig(outputPath, { editorconfig: true })) ?? {};
  const formatted = await prettier.format(source, { ...config, filepath: outputPath, endOfLine: "lf" });
  return formatted.endsWith("\n") ? formatted : formatted + "\n";
}
