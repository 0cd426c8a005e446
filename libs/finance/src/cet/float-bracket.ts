import { CashFlows } from './cash-flows';

/**
 * Floating point is allowed here and only here: it locates the annual rate r with
 * Σ p_j (1+r)^(−d_j/365) = released closely enough to propose the rounded percentages, which
 * the decimal stage (cet.ts) then proves or corrects. Newton's method inside a bisection bracket;
 * its accuracy only decides how often the decimal stage has to correct the proposal.
 */
export function approximateAnnualRate(flows: CashFlows): number {
  const released = Number(flows.releasedCents) / 100;
  const amounts = flows.amountCents.map((cents) => Number(cents) / 100);
  const { days } = flows;
  const total = amounts.reduce((sum, a) => sum + a, 0);
  const meanYears = amounts.reduce((sum, a, j) => sum + a * days[j], 0) / total / 365;
  // f(r) and f'(r); the discount factors are built by multiplying each gap's factor.
  const evaluate = (r: number): [number, number] => {
    const logDaily = -Math.log1p(r) / 365;
    let value = -released;
    let slope = 0;
    let previousDay = 0;
    let discount = 1;
    for (let j = 0; j < amounts.length; j++) {
      discount *= Math.exp(logDaily * (days[j] - previousDay));
      previousDay = days[j];
      value += amounts[j] * discount;
      slope -= (amounts[j] * discount * days[j]) / 365;
    }
    return [value, slope / (1 + r)];
  };
  let lo = -1 + 1e-9;
  let hi = 1;
  while (evaluate(hi)[0] > 0 && hi < 1e12) hi = hi * 4 + 1;
  // Start from the rate that would hold if everything were paid at the mean date.
  let r = Math.min(Math.max(Math.pow(total / released, 1 / Math.max(meanYears, 1e-6)) - 1, lo), hi);
  for (let iteration = 0; iteration < 100; iteration++) {
    const [value, slope] = evaluate(r);
    if (value === 0) return r;
    if (value > 0) lo = r;
    else hi = r;
    let next = r - value / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - r) <= 1e-13 * (1 + Math.abs(r))) return next;
    r = next;
  }
  return r;
}
