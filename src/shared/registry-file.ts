// The shape of the YAML file, as generated from the JSON Schema into the generated module.
// Type-only: nothing here exists at run time, so the generator can regenerate that module freely.
export type {
  Modality,
  ModelEntry,
  ModelPricing,
  ModelRegistryFile,
  PricePeriod,
  PriceTier,
  ProviderConfig,
  ServiceTierPrice,
} from "../../generated/models.generated";
