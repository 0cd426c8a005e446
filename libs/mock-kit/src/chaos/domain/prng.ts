/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same latencies and
 * failures, so a chaos run can be reproduced. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for runs that did not ask for one (then they are not reproducible, by choice). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
