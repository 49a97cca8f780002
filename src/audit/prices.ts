import { periodInForce } from "../shared/pricing";
import type { PricePeriod, PriceTable } from "./types";

export const PRICE_FIELDS: readonly (keyof PriceTable)[] = ["input", "output", "cached_input", "cache_write", "cache_write_1h"];

/** The base prices with the period in force on `asOf` applied over them. */
export function pricesInForce(pricing: PriceTable & { periods?: PricePeriod[] }, asOf: string): PriceTable {
  const period = periodInForce(pricing.periods, asOf);
  return { ...priceFields(pricing), ...(period === undefined ? {} : priceFields(period)) };
}

function priceFields(table: PriceTable): PriceTable {
  const fields: PriceTable = {};
  for (const field of PRICE_FIELDS) if (table[field] !== undefined) fields[field] = table[field];
  return fields;
}
