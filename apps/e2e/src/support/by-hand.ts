import Big from 'big.js';

/**
 * The life-cycle formulas of FINANCE.md worked out again with big.js alone, independent of
 * libs/finance. The tests pick dates 15 days apart so every pro-rata growth is a square root:
 * (1+i)^(15/30) = √(1+i), exact to 40 places, where the library uses exp/ln.
 */
const D = Big();
D.DP = 40;

/** R(x): half-up to cents, as text with two decimals. */
export const cents = (x: Big.BigSource): string => new D(x).round(2, D.roundHalfUp).toFixed(2);
export const sum = (xs: Big.BigSource[]): string => xs.reduce<Big>((acc, x) => acc.plus(x), new D(0)).toFixed(2);

/** Pro-rata interest on a balance for 15 days: R(B × (√(1+i) − 1)). */
export function interest15(balance: Big.BigSource, rate: Big.BigSource): string {
  return cents(new D(balance).times(new D(1).plus(rate).sqrt().minus(1)));
}

/** Fine and mora of an installment paid `daysLate` days after its due date. */
export function lateCharges(installment: string, daysLate: number): { fine: string; mora: string; total: string } {
  const fine = cents(new D(installment).times('0.02'));
  const mora = cents(new D(installment).times('0.00033').times(daysLate));
  return { fine, mora, total: new D(installment).plus(fine).plus(mora).toFixed(2) };
}

/** PMT on B over n rows whose first runs 15 days: R(B × (1+i)^(15/30 − 1) × i / (1 − (1+i)^−n)). */
export function installment15(balance: Big.BigSource, rate: Big.BigSource, n: number): string {
  const growth = new D(1).plus(rate);
  const firstPeriod = new D(1).div(growth.sqrt());
  const annuity = new D(rate).div(new D(1).minus(new D(1).div(growth.pow(n))));
  return cents(new D(balance).times(firstPeriod).times(annuity));
}

/**
 * REDUCE_TERM: the installment stays; rows from a balance whose first row runs 15 days, later
 * rows a month, until balance + interest ≤ installment closes the loan paying just that.
 */
export function reduceTermRows(balance: Big.BigSource, rate: Big.BigSource, installment: string, maxRows: number): string[] {
  const rows: string[] = [];
  let owed = new D(balance);
  for (let row = 1; row <= maxRows; row++) {
    const interest = row === 1 ? interest15(owed, rate) : cents(owed.times(rate));
    const due = owed.plus(interest);
    if (due.lte(installment) || row === maxRows) return [...rows, due.toFixed(2)];
    rows.push(installment);
    owed = owed.minus(new D(installment).minus(interest));
  }
  return rows;
}

/**
 * The Price installment of a workout on `debt` over n months whose first period runs 30 + 30·g
 * days (g whole months of grace): R(debt × (1+i)^g × i / (1 − (1+i)^−n)) — integer powers, exact.
 */
export function workoutInstallment(debt: Big.BigSource, rate: Big.BigSource, n: number, graceMonths = 0): string {
  const growth = new D(1).plus(rate);
  const annuity = new D(rate).div(new D(1).minus(new D(1).div(growth.pow(n))));
  return cents(new D(debt).times(growth.pow(graceMonths)).times(annuity));
}

/** The shortest term up to `maxTerm` whose workout installment fits `capacity` (undefined when none does). */
export function workoutTerm(debt: Big.BigSource, rate: Big.BigSource, capacity: string, maxTerm: number, graceMonths = 0): number | undefined {
  for (let n = 1; n <= maxTerm; n++) if (new D(workoutInstallment(debt, rate, n, graceMonths)).lte(capacity)) return n;
  return undefined;
}
