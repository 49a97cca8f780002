/** `model-registry audit`: compares v2 registry entries with public model lists. */
export { auditRegistry, hasUnexplainedDifferences } from "./compare";
export { renderAuditJson, renderAuditTable } from "./report";
export { loadAuditSource, parseSourceSpec, type SourceSpec } from "./sources/load";
export { pinnedSources } from "./sources/pinned";
