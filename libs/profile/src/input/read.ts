import { Decimal, ZERO, r2, r4, tryDec } from '../decimal/dec';

/** A plain decimal string ("1234.50"); exponents, signs other than '-', blanks are not plain. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export type Fields = Readonly<Record<string, unknown>>;

/** A JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A numeric field per PROFILE.md "Conventions": a JSON number read as the decimal it is written
 * as (`String(n)`), or a plain decimal string. Anything else, or a negative value, is absent.
 */
export function readDecimal(value: unknown): Decimal | null {
  let parsed: Decimal | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) parsed = tryDec(String(value));
  else if (typeof value === 'string' && PLAIN_DECIMAL.test(value)) parsed = tryDec(value);
  return parsed !== null && parsed.gte(ZERO) ? parsed : null;
}

/** Money: r2 on input (D-3). */
export function readMoney(value: unknown): Decimal | null {
  const x = readDecimal(value);
  return x === null ? null : r2(x);
}

/** A rate given as a monthly fraction: r4 on input. */
export function readRate(value: unknown): Decimal | null {
  const x = readDecimal(value);
  return x === null ? null : r4(x);
}

/** Counts (consultas, inadimplências, dias_atraso, tempo_emprego_meses) must also be integral. */
export function readCount(value: unknown): Decimal | null {
  const x = readDecimal(value);
  return x !== null && x.eq(x.round(0, 0)) ? x : null;
}
