import { candidateIds, canonicalModelId } from "./ids";
import type { RegistryModel, SourceModel } from "./types";

/**
 * Exact-ID lookup over a list's models, per provider, in `Map`s (model IDs such as `constructor` or
 * `__proto__` must not resolve through an object's prototype). Each model is held under its own ID and under
 * its canonical ID; for the canonical key the model whose own ID is already canonical wins, then the first listed.
 */
export class SourceIndex {
  private readonly byProvider = new Map<string, Map<string, SourceModel>>();

  constructor(models: readonly SourceModel[]) {
    for (const model of models) this.add(model.id, model);
    for (const model of models) this.add(canonicalModelId(model.provider, model.id), model);
  }

  find(model: RegistryModel): SourceModel | undefined {
    const table = this.byProvider.get(model.provider);
    if (table === undefined) return undefined;
    for (const id of candidateIds(model)) {
      const found = table.get(id);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** First holder of a key wins. */
  private add(id: string, model: SourceModel): void {
    const table = this.table(model.provider);
    if (!table.has(id)) table.set(id, model);
  }

  private table(provider: string): Map<string, SourceModel> {
    let table = this.byProvider.get(provider);
    if (table === undefined) {
      table = new Map();
      this.byProvider.set(provider, table);
    }
    return table;
  }
}
