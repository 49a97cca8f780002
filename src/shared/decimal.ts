// Exact decimal arithmetic for prices. A price is read from the shortest decimal that round-trips its double
// (what the registry's author wrote: 0.15, 2.5e-7), scaled to an integer; sums are BigInt, and a result is
// turned back into a decimal string, exact, and into the nearest double. Hand-written because the figures
// need only scaling, addition and multiplication by integers: a decimal library (decimal.js: 32 KB
// minified) would be most of the runtime's bundle.

/** `value × 10^scale` as an exact integer; throws when `value` has more than `scale` decimals. */
export function toScaledInteger(value: number, scale: number): bigint {
  const [mantissa = "0", exponentText = "0"] = String(value).toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [whole = "0", fraction = ""] = mantissa.replace("-", "").split(".");
  const shift = scale + Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction);
  if (shift < 0) {
    const divisor = 10n ** BigInt(-shift);
    if (digits % divisor !== 0n) throw new RangeError(`${value} has more than ${scale} decimals`);
    return (negative ? -1n : 1n) * (digits / divisor);
  }
  return (negative ? -1n : 1n) * digits * 10n ** BigInt(shift);
}

/** `scaled / 10^scale` as an exact decimal string without trailing zeros: (1250n, 3) → `1.25`. */
export function scaledToDecimalString(scaled: bigint, scale: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

/** `scaled / 10^scale` as the nearest double (`Number` of a decimal string is correctly rounded). */
export function scaledToNumber(scaled: bigint, scale: number): number {
  return Number(scaledToDecimalString(scaled, scale));
}
