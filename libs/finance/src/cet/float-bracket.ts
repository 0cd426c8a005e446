import { CashFlows } from './cash-flows';

/**
 * Floating point is allowed here and only here: it locates the annual rate r with
 * Σ p_j (1+r)^(−d_j/365) = released closely enough to propose the rounded percentages, which
 * the decimal stage (cet.ts) then proves or corrects. Newton's method inside a bisection bracket.
 */
export function approximateAnnualRate(flows: CashFlows): number {
  const released = Number(flows.released.toString());
  const amounts = flows.amounts.map((a) => Number(a.toString()));
  const { days } = flows;
  const evaluate = (r: number): [number, number] => {
    const x = Math.exp(-Math.log1p(r) / 365);
    let value = -released;
    let slope = 0;
    for (let j = 0; j < amounts.length; j++) {
      const term = amounts[j] * Math.pow(x, days[j]);
      value += term;
      slope -= (term * days[j]) / 365;
    }
    return [value, slope / (1 + r)];
  };
  let lo = -1 + 1e-9;
  let hi = 1;
  while (evaluate(hi)[0] > 0 && hi < 1e12) hi = hi * 4 + 1;
  let r = Math.min(Math.max(0.1, lo), hi);
  for (let iteration = 0; iteration < 200; iteration++) {
    const [value, slope] = evaluate(r);
    if (value > 0) lo = r;
    else hi = r;
    let next = r - value / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - r) <= 1e-15 * (1 + Math.abs(r))) return next;
    r = next;
  }
  return r;
}
