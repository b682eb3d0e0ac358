/** Exact money: decimal strings with two decimals, added as whole cents (no float rounding). */
const DECIMAL = /^(-?)(\d{1,10})(?:\.(\d{1,2}))?$/;

/** Cents of a decimal string with at most two decimals; null when it is not one. */
export function toCents(value: string): bigint | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const cents = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/** 1234n -> "12.34"; -5n -> "-0.05". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
