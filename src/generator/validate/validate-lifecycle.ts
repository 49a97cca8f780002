import { daysBetween } from "../../shared/dates";
import { replacementChain } from "../../shared/replacement-chain";
import type { ModelEntry, ModelRegistryFile } from "../../shared/registry-file";
import { didYouMean } from "../../shared/suggest";
import type { Report } from "./validate-rules";

/** A shutdown this close to the as-of date is announced with a warning. */
const SHUTDOWN_WARNING_DAYS = 30;

/**
 * Lifecycle rules, judged on the as-of date: a shut-down model is deprecated; a shutdown within 30 days is
 * announced; every replacement chain resolves, has no cycle, stays with its provider unless the entry says
 * why, and ends at a model that is still served.
 */
export function checkLifecycle(registry: ModelRegistryFile, report: Report, asOf: string): void {
  const byId = new Map(registry.models.map((model) => [model.id, model]));
  registry.models.forEach((model, index) => {
    checkDates(model, index, report, asOf, byId);
    if (model.replaced_by !== undefined) checkReplacement(model, index, report, asOf, byId);
  });
}

function checkDates(model: ModelEntry, index: number, report: Report, asOf: string, byId: ReadonlyMap<string, ModelEntry>): void {
  const shutdown = model.shutdown_date;
  if (shutdown !== undefined && model.earliest_shutdown_date !== undefined && shutdown < model.earliest_shutdown_date) {
    report.error(
      "shutdown-before-earliest",
      ["models", index, "shutdown_date"],
      `shutdown_date ${shutdown} of "${model.id}" is before its earliest_shutdown_date ${model.earliest_shutdown_date} (the provider's "not sooner than" date)`,
      "check both dates against the provider's retirement table: one of them is out of date",
    );
  }
  if (shutdown === undefined || model.status === undefined) return;
  if (model.deprecation_date !== undefined && shutdown < model.deprecation_date) {
    report.error(
      "shutdown-before-deprecation",
      ["models", index, "shutdown_date"],
      `shutdown_date ${shutdown} of "${model.id}" is before its deprecation_date ${model.deprecation_date}`,
    );
  }
  if (shutdown <= asOf && model.status !== "deprecated") {
    report.error(
      "shut-down-model-active",
      ["models", index, "status"],
      `model "${model.id}" was shut down on ${shutdown} (on or before ${asOf}) but is marked ${model.status}; a shut-down model must be deprecated`,
      "set `status: deprecated` with `deprecation_date` and `replaced_by` (a model that is still served)",
    );
    return;
  }
  const daysLeft = daysBetween(asOf, shutdown);
  if (daysLeft > 0 && daysLeft <= SHUTDOWN_WARNING_DAYS) {
    const end = model.replaced_by === undefined ? undefined : chainOf(model, byId).end;
    report.warning(
      "shutdown-soon",
      ["models", index, "shutdown_date"],
      `model "${model.id}" shuts down on ${shutdown}, in ${daysLeft} day${daysLeft === 1 ? "" : "s"}` +
        (end === undefined ? "; no replacement is named" : `; its replacement is "${end.id}"`),
    );
  }
}

function checkReplacement(model: ModelEntry, index: number, report: Report, asOf: string, byId: ReadonlyMap<string, ModelEntry>): void {
  const path = ["models", index, "replaced_by"];
  const target = byId.get(model.replaced_by!);
  if (model.replaced_by === model.id) {
    report.error("replacement-is-self", path, `model "${model.id}" is replaced by itself; \`replaced_by\` must name a different model`);
    return;
  }
  if (target === undefined) {
    report.error(
      "unknown-replacement",
      path,
      `model "${model.id}" is replaced by "${model.replaced_by}", which is not a model in this registry`,
      didYouMean(model.replaced_by!, byId.keys()),
    );
    return;
  }
  if (target.provider !== undefined && model.provider !== undefined && target.provider !== model.provider && model.replacement_note === undefined) {
    report.error(
      "replacement-crosses-providers",
      path,
      `model "${model.id}" (${model.provider}) is replaced by "${target.id}" of another provider (${target.provider})`,
      "name a replacement of the same provider, or say why in `replacement_note`",
    );
  }
  const chain = chainOf(model, byId);
  const steps = chain.ids.map((id) => `"${id}"`).join(" → ");
  if (chain.cycle) {
    report.error("replacement-cycle", path, `the replacements of "${model.id}" form a cycle: ${steps}; a chain must end at a current model`);
  } else if (chain.end === undefined) {
    return; // an unknown ID further down the chain is reported at its own entry
  } else if (chain.end.shutdown_date !== undefined && chain.end.shutdown_date <= asOf) {
    report.error(
      "replacement-shut-down",
      path,
      `the replacements of "${model.id}" end at "${chain.end.id}", which was shut down on ${chain.end.shutdown_date}: ${steps}`,
      "point the last `replaced_by` of the chain at a model that is still served",
    );
  }
}

/** The replacement chain of a registry entry (see `replacementChain`). */
export function chainOf(model: ModelEntry, byId: ReadonlyMap<string, ModelEntry>): ReturnType<typeof replacementChain<ModelEntry>> {
  return replacementChain(model, (id) => byId.get(id));
}
