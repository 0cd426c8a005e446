/**
 * A tiny seeded PRNG (mulberry32) for property tests and benchmarks: the same seed gives the same
 * cases on every machine, so a failure can be replayed. Floats here only pick test inputs.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A decimal string with `places` decimals in [min, max] (given as integers of that scale). */
  decimal(minUnits: number, maxUnits: number, places: number): string {
    const units = String(this.int(minUnits, maxUnits)).padStart(places + 1, '0');
    return places === 0 ? units : `${units.slice(0, -places)}.${units.slice(-places)}`;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}
