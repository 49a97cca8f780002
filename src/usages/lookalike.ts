/**
 * Whether a string unknown to the registry still looks like a provider's model ID, so `usages` can
 * report it (a model the catalogue lacks, or a typo) instead of skipping it.
 *
 * "Looks like" is kept narrow, to bound false positives in ordinary app strings (CSS classes, file
 * names, prose): the whole string is one token of ID characters; it starts with a model family
 * prefix that providers use for their IDs, optionally behind a routing prefix (`openai/`,
 * `azure/`, `meta-llama/`) or a Bedrock vendor prefix (`anthropic.`, `us.anthropic.`); and it
 * carries a version (a digit) or a `-latest` tag, which names of products, icons and CSS classes
 * (`claude-code`, `gemini-icon`) lack.
 */
const ID_CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{1,99}$/;
const ROUTE = String.raw`(?:[a-z][a-z0-9_-]*/)*`;
const BEDROCK_VENDOR = String.raw`(?:(?:us|eu|apac|jp|au|global)\.)?(?:anthropic|meta|amazon|mistral|cohere|ai21|deepseek|qwen|openai|writer)\.`;
const FAMILY = [
  String.raw`gpt-(?:\d|oss|image|realtime|audio)`,
  String.raw`chatgpt-`,
  String.raw`o\d+(?:-(?:mini|pro|preview|deep-research|\d{4}-\d{2}-\d{2}))*$`,
  String.raw`claude-`,
  String.raw`gemini-`,
  String.raw`gemma-?\d`,
  String.raw`grok-`,
  String.raw`(?:mistral|mixtral|ministral|magistral|codestral|devstral|pixtral)-`,
  String.raw`deepseek-`,
  String.raw`(?:code)?llama-?\d`,
  String.raw`qwen\d`,
  String.raw`command-(?:r|a)`,
  String.raw`nova-`,
  String.raw`text-embedding-`,
].join("|");
const MODEL_ID_SHAPE = new RegExp(String.raw`^(?:${BEDROCK_VENDOR}|${ROUTE})(?:${FAMILY})`, "i");
const VERSIONED = /\d|-latest$/;
/** File names and paths that merely contain a model name. */
const FILE_NAME = /\.(?:[cm]?[jt]sx?|json|ya?ml|md|txt|html?|css|svg|png|jpe?g|webp|gif|csv|log)$/i;

export function looksLikeModelId(text: string): boolean {
  return ID_CHARACTERS.test(text) && MODEL_ID_SHAPE.test(text) && VERSIONED.test(text) && !FILE_NAME.test(text) && !text.includes("..");
}
