/** `model-registry audit`: compares v2 registry entries with public model lists. */
export type { AuditSource, RegistryModel, SourceModel, SourceName } from "./types";
export { auditRegistry, compareWithSource, hasUnexplainedDifferences } from "./compare";
export type { AuditOptions, AuditReport, FieldDifference, MissingModel, ModelAudit, SourceAudit, SourceSummary, Verdict } from "./compare";
export { explanationFor, sourceMentions, SOURCE_NAMES, type FieldGroup } from "./explain";
export { renderAuditJson, renderAuditTable } from "./report";
export { liteLlmSource } from "./sources/litellm";
export { genaiPricesSource, installedGenaiPricesSource } from "./sources/genai-prices";
export { modelsDevSource, readModelsDevTree } from "./sources/models-dev";
export { loadAuditSource, parseSourceSpec, type SourceSpec } from "./sources/load";
export { PINNED_SOURCES, pinnedSources } from "./sources/pinned";
