import { extraAmortization } from './amortization';
import { contractBlock } from './block';
import { commissionClawback } from './commission';
import { insuranceClaim } from './insurance';
import type { LifeCycleContext, LifeCycleJourney, Outcome } from './context';
import { personalization } from './personalization';
import { portabilityIn } from './portability-in';
import { portabilityOut } from './portability-out';
import { refinancing } from './refinancing';
import { fundsRelease } from './release';
import { earlySettlement } from './settlement';
export { workout } from './workout';

export type { LifeCycleContext, LifeCycleJourney, Outcome } from './context';

const JOURNEYS = [earlySettlement, extraAmortization, refinancing, portabilityIn, portabilityOut, contractBlock, insuranceClaim, commissionClawback, fundsRelease, personalization];

/**
 * The contract life cycle on the running stack (docs/life-cycle.md): early settlement, extra
 * amortization in both modes, refinancing with troco, portability in and out, a block by court
 * order lifted again, an insured contract settled by the insurer after a death, a corban's commission clawed back by
 * the right of regret, a release paid on a second account and the money returned after a regret, and seed 004's credit
 * personalization ending in a contract from a recommended offer — each on a new customer of its own, all at once (they share nothing but
 * payment's business clock, which only moves forward). A journey that fails reports its error in each of its rows.
 */
export async function lifeCycleJourneys(ctx: LifeCycleContext): Promise<Outcome[]> {
  return (await Promise.all(JOURNEYS.map((j) => walkJourney(ctx, j)))).flat();
}

/** One journey's Resumo rows: the state each reached, or the error that stopped it in every row. */
export async function walkJourney(ctx: LifeCycleContext, j: LifeCycleJourney): Promise<Outcome[]> {
  const states = await j.run(ctx).catch((e: Error) => j.rows.map(() => `ERRO: ${e.message}`));
  return j.rows.map((row, i) => ({ ...row, state: states[i] ?? 'sem resultado' }));
}
