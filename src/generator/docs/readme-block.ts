export const README_BLOCK_START = "<!-- registry:summary -->";
export const README_BLOCK_END = "<!-- /registry:summary -->";

/**
 * The README with the text between the summary markers replaced by `content`; every byte outside
 * the markers is kept. `undefined` when the markers are missing, repeated or out of order.
 */
export function rewriteReadmeBlock(readme: string, content: string): string | undefined {
  const start = readme.indexOf(README_BLOCK_START);
  const end = readme.indexOf(README_BLOCK_END);
  if (start < 0 || end < start) return undefined;
  if (readme.indexOf(README_BLOCK_START, start + 1) >= 0 || readme.indexOf(README_BLOCK_END, end + 1) >= 0) return undefined;
  const newline = readme.includes("\r\n") ? "\r\n" : "\n";
  const body = withoutMarkers(content).replace(/\r?\n/g, newline);
  return `${readme.slice(0, start + README_BLOCK_START.length)}${newline}${body}${newline}${readme.slice(end)}`;
}

/** The block's content can never contain a marker (which would end or restart the block on the next run). */
function withoutMarkers(content: string): string {
  return content.split(README_BLOCK_START).join("&lt;!-- registry:summary -->").split(README_BLOCK_END).join("&lt;!-- /registry:summary -->");
}
