import type { StackDatabases } from '../bench/databases';

/** How the flow of contracts went around a moment: the first contract after it and the longest pauses before and across it. */
export interface Stall {
  firstAfterS: number;
  pauseAcrossS: number;
  longestBeforeS: number;
}

/** From proposal's own clock: when each of `ids` became CONTRACTED, relative to `at` (the broker's kill). */
export async function stallAround(db: StackDatabases, ids: readonly string[], at: number): Promise<Stall> {
  const rows = await db.query<{ t: Date }>('proposal', `SELECT updated_at AS t FROM proposal WHERE id = ANY($1::uuid[]) AND state = 'CONTRACTED' ORDER BY updated_at`, [ids]);
  const times = rows.map((r) => r.t.getTime());
  const before = times.filter((t) => t <= at);
  const after = times.filter((t) => t > at);
  const gaps = before.slice(1).map((t, i) => t - before[i]);
  const s = (ms: number) => Math.round(ms / 100) / 10;
  return {
    firstAfterS: after.length ? s(after[0] - at) : NaN,
    pauseAcrossS: after.length && before.length ? s(after[0] - before[before.length - 1]) : NaN,
    longestBeforeS: gaps.length ? s(Math.max(...gaps)) : NaN,
  };
}
