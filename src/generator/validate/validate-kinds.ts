import { kindOf, kindPhrase, MODEL_KINDS, type ModelKind } from "../../shared/model-kind";
import type { ModelEntry, ModelRegistryFile } from "../../shared/registry-file";
import type { Report } from "./validate-rules";

/**
 * Which fields belong to which kind: the rules the schema's `if kind then required` cannot state (a field that
 * must be absent, a price that needs another, a table without duplicates). The required fields per kind are the
 * schema's; docs/adding-a-model.md lists both.
 */
type PricingField = keyof ModelEntry["pricing"];

/** Pricing fields that only some kinds may have: an image price on a chat model is a mistake, not a fact. */
const UNIT_KINDS: ReadonlyArray<readonly [PricingField, readonly ModelKind[]]> = [
  ["per_image", ["image"]],
  ["characters_per_1m", ["speech"]],
  ["audio_per_minute", ["speech", "transcription"]],
  ["audio_per_second", ["speech", "transcription"]],
  ["requests_per_1k", ["rerank"]],
  ["cache_storage_per_1m_per_hour", ["chat"]],
  ["output", ["chat", "image", "speech", "transcription"]],
];

/** Fields for routing chat models: selection scores them, so another kind must not state them. */
const CHAT_ONLY_FIELDS = ["scores", "benchmarks", "speed_rating", "context_window", "max_output_tokens"] as const;

export function checkKinds(registry: ModelRegistryFile, report: Report): void {
  registry.models.forEach((model, index) => {
    if (model.kind !== undefined && !(MODEL_KINDS as readonly string[]).includes(model.kind)) return; // the schema reports it
    const kind = kindOf(model);
    const at = (...path: (string | number)[]) => ["models", index, ...path];
    const listed = (kinds: readonly ModelKind[]) => kinds.join(" or ");
    if (model.dimensions !== undefined && kind !== "embedding") {
      report.error("kind-field", at("dimensions"), `dimensions of "${model.id}" belong to embedding models; it is ${kindPhrase(kind)}`);
    }
    if (kind !== "chat") {
      for (const field of CHAT_ONLY_FIELDS) {
        if (model[field] !== undefined) {
          report.error(
            "kind-field",
            at(field),
            `${field} of "${model.id}" belongs to chat models; it is ${kindPhrase(kind)}`,
            "leave it out, or set kind: chat",
          );
        }
      }
      checkChatCapabilities(model, kind, at, report);
    }
    for (const [field, kinds] of UNIT_KINDS) {
      if (model.pricing?.[field] !== undefined && !kinds.includes(kind)) {
        report.error(
          "kind-price",
          at("pricing", field),
          `pricing.${field} of "${model.id}" is a price of ${listed(kinds)} models; it is ${kindPhrase(kind)}`,
          kind === "chat" && model.kind === undefined ? "an entry without kind is a chat model: set its kind" : undefined,
        );
      }
    }
    if (model.pricing?.audio_per_minute !== undefined && model.pricing.audio_per_second !== undefined) {
      report.error(
        "audio-price-twice",
        at("pricing", "audio_per_second"),
        `"${model.id}" states its audio price per minute and per second; state the one the provider lists`,
      );
    }
    checkVectorOutput(model, kind, at, report);
    checkImageTable(model, at, report);
  });
}

function checkChatCapabilities(model: ModelEntry, kind: ModelKind, at: (...path: (string | number)[]) => (string | number)[], report: Report): void {
  for (const capability of ["tool_calling", "structured_output", "reasoning"] as const) {
    if (model.capabilities?.[capability] === true) {
      report.error(
        "kind-capability",
        at("capabilities", capability),
        `capabilities.${capability} of "${model.id}" is true, but ${kindPhrase(kind)} does not chat`,
      );
    }
  }
}

/** An embedding model returns a vector, and only an embedding model does. */
function checkVectorOutput(model: ModelEntry, kind: ModelKind, at: (...path: (string | number)[]) => (string | number)[], report: Report): void {
  const output = model.capabilities?.output;
  if (output === undefined) return;
  const vector = output.includes("vector");
  if (kind === "embedding" && (!vector || output.length > 1)) {
    report.error("embedding-output", at("capabilities", "output"), `capabilities.output of embedding model "${model.id}" must be [vector]`);
  } else if (kind !== "embedding" && vector) {
    report.error(
      "embedding-output",
      at("capabilities", "output"),
      `capabilities.output of "${model.id}" lists vector, which only embedding models return; it is ${kindPhrase(kind)}`,
    );
  }
}

/** Every row of a per-image table states the same fields, and no size and quality twice: a lookup finds one price. */
function checkImageTable(model: ModelEntry, at: (...path: (string | number)[]) => (string | number)[], report: Report): void {
  const table = model.pricing?.per_image;
  if (table === undefined) return;
  const seen = new Set<string>();
  table.forEach((row, i) => {
    for (const field of ["size", "quality"] as const) {
      if ((row[field] === undefined) !== (table[0]![field] === undefined)) {
        report.error(
          "image-price-fields",
          at("pricing", "per_image", i),
          `per_image row ${i} of "${model.id}" ${row[field] === undefined ? "leaves out" : "states"} ${field}, unlike row 0: every row states the same fields`,
        );
      }
    }
    const key = `${row.size ?? ""} ${row.quality ?? ""}`;
    if (seen.has(key)) {
      report.error("image-price-duplicate", at("pricing", "per_image", i), `per_image of "${model.id}" prices ${key.trim() || "an image"} twice`);
    }
    seen.add(key);
  });
}
