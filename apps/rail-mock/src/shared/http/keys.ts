import { timingSafeEqual } from 'node:crypto';

/** Compares a given key with the expected one in constant time (no early exit on the first wrong byte). */
export function sameKey(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
