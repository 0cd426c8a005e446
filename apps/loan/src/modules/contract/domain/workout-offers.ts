import { type FinanceError, type IsoDate, type Money, WORKOUT_OPTIONS, type WorkoutAsk, type WorkoutLimits, type WorkoutOption, type WorkoutOptionOffer, workoutLimits, workoutOption } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { currentBlock } from './contract-block';
import { positionOf } from './contract-plan';
import type { ContractProps } from './contract-props';
import { type QuoteError, type SettlementQuote, settlementQuote } from './settlement-quote';
import { ContractBlockedError, WorkoutRefusedError } from './workout.errors';

/** What a late contract is offered on a date for a capacity (R-LN-8): the debt, the policy, each option. */
export interface WorkoutOffers {
  date: IsoDate;
  capacity: Money;
  /** The consolidated debt (CONSOLIDATED_DEBT settlement quote) the options renegotiate. */
  quote: SettlementQuote;
  limits: WorkoutLimits;
  offers: WorkoutOptionOffer[];
  unavailable: Array<{ option: WorkoutOption; code: string; message: string }>;
}

export type WorkoutOffersError = QuoteError | ContractBlockedError | WorkoutRefusedError;

/** The workout policy in force for the product on the date (an ACTIVE contract's date always has one). */
export function workoutLimitsOn(product: ContractProps['product'], date: IsoDate): WorkoutLimits {
  const limits = workoutLimits(product, date);
  if (!limits.ok) throw limits.error;
  return limits.value;
}

/**
 * Every option of finance's `workoutOption` on the contract's position (docs/life-cycle.md): those
 * that fit the capacity offered, those that do not listed with NO_FEASIBLE_TERM. Refuses as the
 * payoff quote does (SETTLED, NOT_ACTIVE, PAYOFF_DATE_INVALID), then a blocked contract
 * (CONTRACT.BLOCKED), nothing overdue, a share or grace above the policy, and no option at all.
 */
export function workoutOffers(contract: ContractProps, ask: WorkoutAsk): Result<WorkoutOffers, WorkoutOffersError> {
  const quote = settlementQuote(contract, ask.date);
  if (!quote.ok) return quote;
  if (currentBlock(contract.blocks)) return fail(new ContractBlockedError(contract.id));
  if (quote.value.kind === 'PAYOFF') return fail(new WorkoutRefusedError('CONTRACT.NO_OVERDUE_INSTALLMENTS', 'Não há parcelas vencidas e não pagas para renegociar.', { date: ask.date.toString() }));
  const limits = workoutLimitsOn(contract.product, ask.date);
  const position = positionOf(contract);
  const found: WorkoutOffers = { date: ask.date, capacity: ask.capacity, quote: quote.value, limits, offers: [], unavailable: [] };
  for (const option of WORKOUT_OPTIONS) {
    const offered = workoutOption(position, option, ask, limits);
    if (offered.ok) found.offers.push(offered.value);
    else if (offered.error.code === 'NO_FEASIBLE_TERM') found.unavailable.push({ option, code: offered.error.code, message: offered.error.message });
    else return fail(refusal(offered.error));
  }
  if (found.offers.length === 0) return fail(new WorkoutRefusedError('CONTRACT.NO_FEASIBLE_WORKOUT', 'Nenhuma opção de renegociação cabe na capacidade de pagamento informada.', { capacity: ask.capacity.toString() }));
  return ok(found);
}

const REFUSALS = { DISCOUNT_ABOVE_LIMIT: 'CONTRACT.WORKOUT_DISCOUNT_ABOVE_LIMIT', GRACE_ABOVE_LIMIT: 'CONTRACT.WORKOUT_GRACE_ABOVE_LIMIT', NO_OVERDUE_INSTALLMENTS: 'CONTRACT.NO_OVERDUE_INSTALLMENTS' } as const;

/** Finance's refusal of the ask as the contract's code; anything else is a bug (the quote accepted the date). */
function refusal(error: FinanceError): WorkoutRefusedError {
  const code = REFUSALS[error.code as keyof typeof REFUSALS];
  if (!code) throw error;
  return new WorkoutRefusedError(code, error.message, { field: error.field });
}
