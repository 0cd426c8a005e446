import { type MonthlyRate, Money, ok, portabilityQuote, priceSchedule, type Result } from '@consignado/finance';
import type { ProposalFacts } from '../proposal-facts';
import { remainingTermRule, savingRule } from '../rules/portability-rules';
import type { DecisionReason } from '../rules/reason';
import type { PortabilityBalanceFacts } from './operation-inputs';
import { loanTerms, type Priced } from './priced-terms';

/**
 * finance `portabilityQuote`'s refusals as rules, with what was measured: the term within the
 * installments left at the origin (TERM_EXCEEDS_REMAINING), then the Price installment on the
 * balance below the origin's (NO_SAVING).
 */
export function portabilityRules(facts: ProposalFacts, b: PortabilityBalanceFacts, rate: MonthlyRate, version: string): DecisionReason[] {
  const term = remainingTermRule('PORTABILITY.TERM', facts.term.months, b.remaining.months, version);
  if (!term.passed) return [term];
  const { installment } = priceSchedule({ principal: b.balance, rate, term: facts.term, dates: facts.dates });
  return [term, savingRule('PORTABILITY.SAVING', installment, b.originInstallment, version)];
}

/**
 * Prices a portability in with finance `portabilityQuote` (FINANCE.md): Price on the origin's
 * stated balance at the product's rate, no IOF (Portaria MF 301/2006) and no insurance; financed
 * = released = the balance; CET of the balance released on the contract date.
 */
export function pricePortability(facts: ProposalFacts, b: PortabilityBalanceFacts, rate: MonthlyRate): Result<Priced> {
  const request = { balance: b.balance, remainingInstallments: b.remaining, originInstallment: b.originInstallment, rate, term: facts.term, dates: facts.dates };
  const quote = portabilityQuote(request);
  if (!quote.ok) return quote;
  const q = quote.value;
  const terms = loanTerms(facts, { released: b.balance, financed: b.balance, rate, installment: q.installment, iof: Money.ZERO, insurance: Money.ZERO, schedule: q.schedule, cet: q });
  return ok({ installment: q.installment, rate, released: b.balance, terms });
}
