import { type MonthlyRate, type ParameterRegistry, type Result, simulate } from '@consignado/finance';
import type { ParameterTrail } from '../parameters/parameter-trail';
import type { ProposalFacts } from '../proposal-facts';
import { type Priced, pricedTerms } from './priced-terms';

export interface PricingChoice {
  /** INSS: the rate to price with (finance lowers anything above the cap to it). */
  readonly monthlyRate?: MonthlyRate;
  /** PERSONAL: the score that picks the band rate. */
  readonly score?: number;
  readonly insurance: boolean;
}

/**
 * Prices the proposal with finance `simulate` (rate → insurance → IOF → Price schedule → CET),
 * reading the IOF and insurance versions through the trail so the decision records them.
 */
export function price(facts: ProposalFacts, choice: PricingChoice, trail: ParameterTrail, registry: ParameterRegistry): Result<Priced> {
  trail.at(registry.iof);
  if (choice.insurance) trail.at(registry.insurance);
  const simulation = simulate(
    {
      product: facts.product,
      amount: facts.amount,
      term: facts.term,
      dates: facts.dates,
      monthlyRate: choice.monthlyRate,
      score: choice.score,
      insurance: choice.insurance,
      age: facts.age,
    },
    registry,
  );
  if (!simulation.ok) return simulation;
  const { installment, monthlyRate: rate } = simulation.value;
  return { ok: true, value: { installment, rate, released: facts.amount, terms: pricedTerms(facts, simulation.value) } };
}
