import { IsoDate } from '../dates/iso-date';
import { unwrap } from '../errors/result';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from './loan-dates';
import { LoanTerm } from './loan-term';
import { payoff } from './payoff';

const loan = (principal: string, rate: string, term: number, contract: string, firstDue: string) => ({
  principal: Money.of(principal),
  rate: MonthlyRate.of(rate),
  term: LoanTerm.of(term),
  dates: unwrap(LoanDates.create(IsoDate.of(contract), IsoDate.of(firstDue))),
});

// R$ 5,000 at 1.90% over 20 months from 2026-03-10 (seed 002's portability loan, D-2).
const seedLoan = loan('5000', '0.019', 20, '2026-03-10', '2026-04-10');

describe('payoff', () => {
  it.each([
    ['mid-period', 5, '2026-08-25', '3923.02', '37.09', '3960.11', '4545.49'],
    ['on the last paid due date', 5, '2026-08-10', '3923.02', '0.00', '3923.02', '4545.49'],
    ['on the next due date (not yet overdue)', 5, '2026-09-10', '3923.02', '77.05', '4000.07', '4545.49'],
    ['nothing paid yet', 0, '2026-03-25', '5000.00', '47.28', '5047.28', '6060.64'],
    ['one installment left', 19, '2027-11-01', '297.42', '4.13', '301.55', '303.07'],
  ])('%s', (_name, paid, date, balance, interest, total, remaining) => {
    const quote = unwrap(payoff({ ...seedLoan, paidInstallments: paid, date: IsoDate.of(date) }));
    expect([quote.balance, quote.interest, quote.payoff, quote.remainingUndiscounted].map(String)).toEqual([balance, interest, total, remaining]);
  });

  it('charges no interest at zero rate', () => {
    const quote = unwrap(payoff({ ...loan('2000', '0', 4, '2026-01-31', '2026-02-28'), paidInstallments: 1, date: IsoDate.of('2026-03-15') }));
    expect([quote.balance, quote.interest, quote.payoff].map(String)).toEqual(['1500.00', '0.00', '1500.00']);
  });

  it.each([
    [20, '2027-12-01', 'CONTRACT_SETTLED'],
    [5, '2026-08-09', 'DATE_BEFORE_LAST_PAYMENT'],
    [0, '2026-03-09', 'DATE_BEFORE_LAST_PAYMENT'],
    [5, '2026-09-11', 'OVERDUE_INSTALLMENTS'],
    [0, '2026-04-11', 'OVERDUE_INSTALLMENTS'],
    [21, '2027-12-01', 'INVALID_INPUT'],
    [-1, '2026-04-01', 'INVALID_INPUT'],
  ])('%i paid on %s fails with %s', (paid, date, code) => {
    const result = payoff({ ...seedLoan, paidInstallments: paid, date: IsoDate.of(date) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
