/** `gpt-4o` → `GPT_4O`, `qwen2.5:32b` → `QWEN2_5_32B`, `azure/gpt-4o` → `AZURE_GPT_4O`. */
export function constantName(modelId: string): string {
  const name = modelId.toUpperCase().replace(/[^A-Z0-9]/g, "_");
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/**
 * `openai` → `OpenAI` (casing taken from the display name when it spells the ID), `azure` → `Azure`.
 * Used for per-provider type names such as `OpenAIModelId`.
 */
export function providerTypeName(providerId: string, displayName: string): string {
  const compactDisplay = displayName.replace(/[^A-Za-z0-9]/g, "");
  const compactId = providerId.replace(/[^a-z0-9]/g, "");
  const base =
    compactDisplay.toLowerCase() === compactId
      ? compactDisplay
      : providerId
          .split("-")
          .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
          .join("");
  const name = base.charAt(0).toUpperCase() + base.slice(1);
  return /^[0-9]/.test(name) ? `P${name}` : name;
}
