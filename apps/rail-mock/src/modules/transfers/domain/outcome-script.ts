import type { Settlement, SettlementPlan } from './transfer-state';

/**
 * "The next `remaining` transfers (to `pixKey`, or to account `accountNumber`) end this way": how
 * tests and demos decide settlements, as libs/mock-kit's chaos scripts decide failures. A script
 * naming its creditor is used before one for any creditor; a new script for the same creditor (or
 * for any) replaces the old one.
 */
export interface OutcomeScript {
  readonly pixKey?: string;
  readonly accountNumber?: string;
  readonly settlement: Settlement;
  /** This transfer's settlement time instead of RAIL_SETTLEMENT_MS. */
  readonly settlementMs?: number;
  readonly remaining: number;
}

/** The settlement a new transfer gets: a script's, else settled after the rail's usual time. */
export function settlementPlanOf(script: OutcomeScript | undefined, settlementMs: number): SettlementPlan {
  return { settlement: script?.settlement ?? { outcome: 'SETTLED' }, settlementMs: script?.settlementMs ?? settlementMs };
}
