import type { PricePeriod, PriceTable } from "./types";

export const PRICE_FIELDS: readonly (keyof PriceTable)[] = ["input", "output", "cached_input", "cache_write", "cache_write_1h"];

/** The base prices with every period in force on `asOf` applied over them, in list order. */
export function pricesInForce(pricing: PriceTable & { periods?: PricePeriod[] }, asOf: string): PriceTable {
  let table = priceFields(pricing);
  for (const period of pricing.periods ?? []) {
    if (inForce(period, asOf)) table = { ...table, ...priceFields(period) };
  }
  return table;
}

function inForce(period: PricePeriod, asOf: string): boolean {
  return (period.from === undefined || period.from <= asOf) && (period.until === undefined || asOf < period.until);
}

function priceFields(table: PriceTable): PriceTable {
  const fields: PriceTable = {};
  for (const field of PRICE_FIELDS) if (table[field] !== undefined) fields[field] = table[field];
  return fields;
}
