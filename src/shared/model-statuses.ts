import type { ModelStatus } from "./registry-entry.generated";

/** One key per status of the schema's enum: the compiler rejects a status missing here or one the schema lacks. */
const STATUS_ORDER: Record<ModelStatus, number> = { production: 0, beta: 1, experimental: 2, deprecated: 3 };

/** Every model status, from most to least usable: the order docs and messages list them in. */
export const MODEL_STATUSES = (Object.keys(STATUS_ORDER) as ModelStatus[]).sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b]);
