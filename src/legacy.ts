import { findModel, listModels, PROVIDERS, resolveModelId, type ListedModel, type ModelRecord, type ProviderId } from "../generated/models.generated";
import { hasOwnKey } from "./shared/records";

/**
 * The legacy orchestrator's registry class with its methods in TypeScript style, over the generated data.
 * Nothing is loaded at construction: every instance reads the same frozen registry.
 *
 * @deprecated Use the functions instead: `getModel(id)` (typed, total) or `findModel(id)` / `resolveModel(name)`
 * for strings, `listModels({ providers: p })` and `listModels()`. See "Migrating from the ModelRegistry class" in the README.
 */
export class ModelRegistry {
  /**
   * The model with this ID or legacy alias, or `undefined` (the legacy `get_model` returned None). No deprecation warning.
   * @deprecated Use `getModel(id)` for IDs known at compile time, `findModel(id)` or `resolveModel(name)` for strings.
   */
  getModel(modelId: string): ModelRecord | undefined {
    const id = resolveModelId(modelId);
    return id === undefined ? undefined : findModel(id);
  }

  /**
   * The provider's models in ID order; an unknown provider has none (as in the legacy registry).
   * @deprecated Use `listModels({ providers: provider })`.
   */
  getModelsByProvider<P extends ProviderId>(provider: P): ListedModel<P>[];
  getModelsByProvider(provider: string): ListedModel[];
  getModelsByProvider(provider: string): ListedModel[] {
    return typeof provider === "string" && hasOwnKey(PROVIDERS, provider) ? listModels({ providers: provider as ProviderId }) : [];
  }

  /**
   * Every model in ID order, deprecated ones included.
   * @deprecated Use `listModels()` (or `MODEL_IDS` for the IDs).
   */
  getAllModels(): ListedModel[] {
    return listModels();
  }
}
