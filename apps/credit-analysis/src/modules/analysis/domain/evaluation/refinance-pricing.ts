import { Money, type MonthlyRate, ok, type ParameterRegistry, refinance, type Result } from '@consignado/finance';
import type { ProjectedContract } from '../../../contract-projection/domain/projected-contract';
import type { ParameterTrail } from '../parameters/parameter-trail';
import type { ProposalFacts } from '../proposal-facts';
import { loanTerms, type Priced } from './priced-terms';

/**
 * Prices a refinancing with finance `refinance` on the old contract's position (FINANCE.md): on
 * the new contract's date t the old is paid off (P_t) and the troco released; IOF on the troco
 * only; F = P_t + troco + IOF; Price on F from t; CET of P_t + troco released on t.
 */
export function priceRefinancing(facts: ProposalFacts, old: ProjectedContract, rate: MonthlyRate, trail: ParameterTrail, registry: ParameterRegistry): Result<Priced> {
  trail.at(registry.iof);
  const t = facts.dates.contractDate;
  const request = { date: t, newRate: rate, newTerm: facts.term, newFirstDueDate: facts.dates.firstDueDate, troco: facts.amount };
  const priced = refinance(old.position, request, registry);
  if (!priced.ok) return priced;
  const r = priced.value;
  const released = r.oldPayoff.plus(r.troco);
  const terms = loanTerms(facts, { released, financed: r.financedAmount, rate, installment: r.installment, iof: r.iof, insurance: Money.ZERO, schedule: r.schedule, cet: r });
  const refinancing = { contractId: old.contractId, payoffDate: t.toString(), payoff: r.oldPayoff.toString(), troco: r.troco.toString() };
  return ok({ installment: r.installment, rate, released, terms, refinancing });
}
