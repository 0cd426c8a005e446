import { ipmt, pmt, ppmt } from 'financial';

export interface FloatRow {
  installment: number;
  interest: number;
  amortization: number;
  balance: number;
}

/** The naïve float way: Math.round(x × 100) / 100. */
const cents = (x: number): number => Math.round(x * 100) / 100;

/**
 * The baseline the exact schedule is compared with: what a float implementation on the
 * `financial` package (a numpy-financial port) typically does — PMT, IPMT and PPMT per row in
 * binary floating point, each rounded to cents, the balance carried as a float.
 */
export function floatSchedule(principal: number, rate: number, months: number): FloatRow[] {
  const installment = -pmt(rate, months, principal);
  const rows: FloatRow[] = [];
  let balance = principal;
  for (let per = 1; per <= months; per++) {
    const interest = -ipmt(rate, per, months, principal);
    const amortization = -ppmt(rate, per, months, principal);
    balance -= amortization;
    rows.push({ installment: cents(installment), interest: cents(interest), amortization: cents(amortization), balance: cents(balance) });
  }
  return rows;
}

/**
 * The exact algorithm of FINANCE.md (interest on the rounded balance, last row absorbs the
 * residue) written with JS numbers: what is left is the pure floating-point error, e.g.
 * 1000.50 × 0.01 = 10.004999999999999 → 10.00 instead of 10.01.
 */
export function floatScheduleSameAlgorithm(principal: number, rate: number, months: number): FloatRow[] {
  const installment = cents(-pmt(rate, months, principal));
  const rows: FloatRow[] = [];
  let balance = principal;
  for (let per = 1; per <= months; per++) {
    const interest = cents(balance * rate);
    const amortization = per < months ? cents(installment - interest) : balance;
    balance = cents(balance - amortization);
    rows.push({ installment: per < months ? installment : cents(amortization + interest), interest, amortization, balance });
  }
  return rows;
}
