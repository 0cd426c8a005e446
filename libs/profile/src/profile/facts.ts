import { Decimal, dec } from '../decimal/dec';

/** The RF1 values the classification reads; null = absent ("any comparison with it is false"). */
export interface ProfileFacts {
  dti: Decimal | null;
  util: Decimal | null;
  pct: Decimal | null;
  maxDelay: Decimal | null;
  consultas: Decimal | null;
  inad: Decimal | null;
  score: Decimal | null;
}

type Cmp = 'lt' | 'lte' | 'gt' | 'gte' | 'eq';

const limits = new Map<string, Decimal>();
/** A threshold literal, parsed once (parsing is most of a small big.js comparison's cost). */
function limitOf(text: string): Decimal {
  let value = limits.get(text);
  if (value === undefined) {
    value = dec(text);
    limits.set(text, value);
  }
  return value;
}

/** `x op limit`, false when x is absent (PROFILE.md "Conventions"). */
export function holds(x: Decimal | null, op: Cmp, limit: string): boolean {
  return x !== null && x[op](limitOf(limit));
}

/** `x op limit` when x is known, true when it is absent: for limits absence does not break. */
export const holdsOrAbsent = (x: Decimal | null, op: Cmp, limit: string): boolean => x === null || holds(x, op, limit);
