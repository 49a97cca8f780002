// The shape of the YAML file, as generated from the shipped JSON Schema (scripts/schema-types.ts).
// Type-only: the runtime and the tools read these, never one registry's generated module.
export type {
  AuthMethod,
  ImagePrice,
  Modality,
  ModelCapabilities,
  ModelEntry,
  ModelKind,
  ModelPricing,
  ModelRegistryFile,
  ModelStatus,
  PricePeriod,
  PriceTier,
  ProviderConfig,
  ServiceTierPrice,
} from "./registry-entry.generated";
