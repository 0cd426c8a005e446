import { SIX, d, m, positionOf, rowText } from '../../test/support/contracts';
import { unwrap } from '../errors/result';
import { ContractPosition } from '../position/contract-position';
import { positionPayoff } from '../position/position-payoff';
import { AmortizationMode, extraAmortization } from './extra-amortization';

// SIX (test/support/contracts.ts): R$ 3,000 at 1.5% a.m., PMT 526.84, due on the 10th; B_2 = 2030.63.
// #1 and #2 paid; on 2026-03-25 (15 days after #2): I_t = R(2030.63 × (1.015^(15/30) − 1) = 15.1730) = 15.17,
// P_t = 2045.80. E = 1000 → B' = 1045.80. Row #3 runs d' = 16 days (03-25 → 04-10):
// interest R(1045.80 × (1.015^(16/30) − 1) = 8.3373) = 8.34.
const paidTwo = positionOf(SIX, 1, 2);
const amortize = (position: ContractPosition, date: string, amount: string, mode: AmortizationMode) =>
  extraAmortization(position, { date: d(date), amount: m(amount), mode });

describe('extraAmortization', () => {
  it('REDUCE_TERM keeps 526.84 and closes at #5, before the contract\'s #6', () => {
    // #3: 1045.80 + 8.34 > 526.84 → amortizes 518.50, balance 527.30.
    // #4: R(527.30 × 0.015 = 7.9095) 7.91; 535.21 > 526.84 → amortizes 518.93, balance 8.37.
    // #5: R(8.37 × 0.015 = 0.12555) 0.13; 8.50 ≤ 526.84 → closes paying 8.50.
    const result = unwrap(amortize(paidTwo, '2026-03-25', '1000', 'REDUCE_TERM'));
    expect([result.payoff, result.interestSettled, result.balance, result.installment].map(String)).toEqual(['2045.80', '15.17', '1045.80', '526.84']);
    expect(result.remainingInstallments).toBe(3);
    expect(result.rows.map(rowText)).toEqual([
      ['3', '2026-04-10', '526.84', '8.34', '518.50', '527.30'],
      ['4', '2026-05-10', '526.84', '7.91', '518.93', '8.37'],
      ['5', '2026-06-10', '8.50', '0.13', '8.37', '0.00'],
    ]);
  });

  it('REDUCE_INSTALLMENT keeps #3..#6 and lowers the installment', () => {
    // PMT = R(1045.80 × 1.015^(16/30 − 1) × 0.015 / (1 − 1.015^−4) = 269.4487) = 269.45.
    // #4: R(784.69 × 0.015 = 11.7704) 11.77; #5: R(527.01 × 0.015 = 7.9052) 7.91; #6: R(265.47 × 0.015 = 3.9821) 3.98.
    const result = unwrap(amortize(paidTwo, '2026-03-25', '1000', 'REDUCE_INSTALLMENT'));
    expect([result.installment.toString(), result.remainingInstallments]).toEqual(['269.45', 4]);
    expect(result.rows.map(rowText)).toEqual([
      ['3', '2026-04-10', '269.45', '8.34', '261.11', '784.69'],
      ['4', '2026-05-10', '269.45', '11.77', '257.68', '527.01'],
      ['5', '2026-06-10', '269.45', '7.91', '261.54', '265.47'],
      ['6', '2026-07-10', '269.45', '3.98', '265.47', '0.00'],
    ]);
  });

  it('on a due date left unpaid: the new first row falls due that day with no interest (d\' = 0)', () => {
    // 04-10, 31 days after #2: P_t = 2030.63 + R(31.4826) 31.48 = 2062.11; B' = 1062.11.
    // REDUCE_INSTALLMENT: R(1062.11 × 1.015^(0 − 1) × 0.015 / (1 − 1.015^−4) = 271.4866) = 271.49.
    const result = unwrap(amortize(paidTwo, '2026-04-10', '1000', 'REDUCE_INSTALLMENT'));
    expect(result.rows.map(rowText).slice(0, 2)).toEqual([
      ['3', '2026-04-10', '271.49', '0.00', '271.49', '790.62'],
      ['4', '2026-05-10', '271.49', '11.86', '259.63', '530.99'],
    ]);
  });

  it.each<[string, number[], string, string, string]>([
    ['E = P_t', [1, 2], '2026-03-25', '2045.80', 'EXTRA_AMOUNT_SETTLES_CONTRACT'],
    ['E = I_t', [1, 2], '2026-03-25', '15.17', 'EXTRA_AMOUNT_TOO_SMALL'],
    ['#3 overdue', [1, 2], '2026-04-11', '500', 'OVERDUE_INSTALLMENTS'],
    ['#2 paid, the day before it falls due', [1, 2], '2026-03-09', '500', 'INSTALLMENTS_PAID_AHEAD'],
    ['a date before the start', [], '2026-01-09', '500', 'DATE_BEFORE_LAST_PAYMENT'],
    ['every row paid', [1, 2, 3, 4, 5, 6], '2026-07-10', '500', 'CONTRACT_SETTLED'],
    ['#4 paid ahead', [1, 2, 4], '2026-03-25', '500', 'INSTALLMENTS_PAID_AHEAD'],
    ['a zero amount', [1, 2], '2026-03-25', '0', 'INVALID_INPUT'],
  ])('refuses %s (%j paid, on %s, E = %s): %s', (_name, paid, date, amount, code) => {
    const result = amortize(positionOf(SIX, ...paid), date, amount, 'REDUCE_TERM');
    expect(!result.ok && result.error.code).toBe(code);
  });

  it('accepts a cent over the interest (E = I_t + 0.01)', () => {
    expect(unwrap(amortize(paidTwo, '2026-03-25', '15.18', 'REDUCE_TERM')).balance.toString()).toBe('2030.62');
  });
});

describe('the amended position', () => {
  const amended = unwrap(amortize(paidTwo, '2026-03-25', '1000', 'REDUCE_TERM')).position;

  it('starts at the amortization (date, B\') with the new rows, none paid', () => {
    expect([amended.start.date, amended.start.balance, amended.installment].map(String)).toEqual(['2026-03-25', '1045.80', '526.84']);
    expect(amended.rows.map((r) => [r.number, r.paid])).toEqual([[3, false], [4, false], [5, false]]);
  });

  it.each<[string, number[], string, string, string]>([
    // From the start: 1045.80 + R(1045.80 × (1.015^(7/30) − 1) = 3.6394) 3.64.
    ['7 days after the amortization', [], '2026-04-01', '1049.44', '1062.18'],
    // #3 paid: 527.30 + R(527.30 × (1.015^(10/30) − 1) = 2.6234) 2.62; 526.84 + 8.50 left.
    ['10 days after #3, paid', [3], '2026-04-20', '529.92', '535.34'],
  ])('pays off like a new contract: %s', (_name, paid, date, payoff, remaining) => {
    const position = { ...amended, rows: amended.rows.map((r) => ({ ...r, paid: paid.includes(r.number) })) };
    const quote = unwrap(positionPayoff(position, d(date)));
    expect([quote.payoff, quote.remainingUndiscounted].map(String)).toEqual([payoff, remaining]);
  });

  it('takes a second amortization (REDUCE_INSTALLMENT over #4 and #5)', () => {
    // P = 529.92, I = 2.62; E = 200 → B'' = 329.92; d' = 20 (04-20 → 05-10):
    // PMT R(329.92 × 1.015^(20/30 − 1) × 0.015 / (1 − 1.015^−2) = 167.8457) = 167.85;
    // #4: R(329.92 × (1.015^(20/30) − 1) = 3.2910) 3.29; #5: R(165.36 × 0.015 = 2.4804) 2.48, pays 167.84.
    const position = { ...amended, rows: amended.rows.map((r) => ({ ...r, paid: r.number === 3 })) };
    const second = unwrap(amortize(position, '2026-04-20', '200', 'REDUCE_INSTALLMENT'));
    expect([second.interestSettled, second.balance].map(String)).toEqual(['2.62', '329.92']);
    expect(second.rows.map(rowText)).toEqual([
      ['4', '2026-05-10', '167.85', '3.29', '164.56', '165.36'],
      ['5', '2026-06-10', '167.84', '2.48', '165.36', '0.00'],
    ]);
  });
});
