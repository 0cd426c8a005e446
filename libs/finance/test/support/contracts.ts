import { IsoDate } from '../../src/dates/iso-date';
import { unwrap } from '../../src/errors/result';
import { Money } from '../../src/money/money';
import { ContractPosition } from '../../src/position/contract-position';
import { positionFromTerms } from '../../src/position/position-builders';
import { MonthlyRate } from '../../src/rates/monthly-rate';
import { LoanDates } from '../../src/schedule/loan-dates';
import { LoanTerm } from '../../src/schedule/loan-term';
import { ScheduleRow } from '../../src/schedule/price-schedule';

/**
 * Small contracts whose schedules are worked out by hand in the specs that use them.
 *
 * HAND (R$ 1,000 at 2% a.m., 3 months, 2026-04-10, first due 2026-05-10, d1 = 30):
 * PMT = R(1000 × 0.02 / (1 − 1.02^−3)) = R(346.7547) = 346.75.
 *   #1 05-10  346.75  interest R(1000 × 0.02) = 20.00      amortization 326.75  balance 673.25
 *   #2 06-10  346.75  interest R(673.25 × 0.02) = 13.47    amortization 333.28  balance 339.97
 *   #3 07-10  346.77  interest R(339.97 × 0.02) = 6.80     amortization 339.97  balance 0.00
 *
 * SIX (R$ 3,000 at 1.5% a.m., 6 months, 2026-01-10, first due 2026-02-10, d1 = 31):
 * PMT = R(3000 × 1.015^(31/30 − 1) × 0.015 / (1 − 1.015^−6)) = 526.84.
 *   #1 02-10  526.84  46.51  480.33  2519.67   (R(3000 × (1.015^(31/30) − 1)))
 *   #2 03-10  526.84  37.80  489.04  2030.63
 *   #3 04-10  526.84  30.46  496.38  1534.25
 *   #4 05-10  526.84  23.01  503.83  1030.42
 *   #5 06-10  526.84  15.46  511.38   519.04
 *   #6 07-10  526.83   7.79  519.04     0.00
 */
const terms = (principal: string, rate: string, months: number, contract: string, firstDue: string) => ({
  principal: Money.of(principal),
  rate: MonthlyRate.of(rate),
  term: LoanTerm.of(months),
  dates: unwrap(LoanDates.create(IsoDate.of(contract), IsoDate.of(firstDue))),
});

export const HAND = terms('1000', '0.02', 3, '2026-04-10', '2026-05-10');
export const SIX = terms('3000', '0.015', 6, '2026-01-10', '2026-02-10');

/** The position of HAND or SIX with the given installments paid. */
export const positionOf = (contract: typeof HAND, ...paid: number[]): ContractPosition => positionFromTerms(contract, paid);

export const d = (iso: string): IsoDate => IsoDate.of(iso);
export const m = (amount: string): Money => Money.of(amount);

/** A schedule or position row as [number, dueDate, installment, interest, amortization, balance] text. */
export const rowText = (r: ScheduleRow): string[] =>
  [r.number, r.dueDate, r.installment, r.interest, r.amortization, r.balance].map(String);
