import { lateCharges } from '../charges/late-charges';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { ANNUAL_RATE_PLACES, DAILY_RATE_PLACES, annualRate, dailyRate } from '../rates/conversions';
import { proRataInterest } from '../rates/pro-rata';
import { maxLoan } from '../schedule/max-loan';
import { payoff } from '../schedule/payoff';
import { priceSchedule } from '../schedule/price-schedule';
import { expectOk, Fields } from './fields';
import { scheduleJson } from './serialize';

export type OpHandler = (fields: Fields) => Record<string, unknown>;

/** Longest pro-rata span accepted: the longest term (40 years) in days. */
const MAX_DAYS = 14_610;

export const loanOps: Readonly<Record<string, OpHandler>> = {
  price: (f) =>
    scheduleJson(priceSchedule({ principal: f.positiveMoney('principal'), rate: f.rate(), term: f.term(), dates: f.optionalDates() })),

  dailyRate: (f) => ({ dailyRate: dailyRate(f.rate()).toFixed(DAILY_RATE_PLACES) }),

  annualRate: (f) => ({ annualRate: annualRate(f.rate()).toFixed(ANNUAL_RATE_PLACES) }),

  proRataInterest: (f) => ({
    interest: proRataInterest(f.positiveMoney('balance'), f.rate(), f.integer('days', 0, MAX_DAYS)).toString(),
  }),

  maxLoan: (f) => {
    const result = maxLoan({ installment: f.positiveMoney('installment'), rate: f.rate(), term: f.term(), dates: f.optionalDates() });
    return { principal: result.principal.toString(), installment: result.installment.toString() };
  },

  payoff: (f) => {
    const term = f.term();
    const quote = expectOk(
      payoff({
        principal: f.positiveMoney('principal'),
        rate: f.rate(),
        term,
        dates: f.dates(),
        paidInstallments: f.integer('paidInstallments', 0, term.months),
        date: f.date('date'),
      }),
    );
    return {
      balance: quote.balance.toString(),
      interest: quote.interest.toString(),
      payoff: quote.payoff.toString(),
      remainingUndiscounted: quote.remainingUndiscounted.toString(),
    };
  },

  lateCharges: (f) => {
    const dueDate = f.date('dueDate');
    const parameters = expectOk(DEFAULT_PARAMETERS.lateCharges.at(dueDate)).value;
    const result = lateCharges({ installment: f.positiveMoney('installment'), dueDate, paymentDate: f.date('paymentDate') }, parameters);
    return { daysLate: result.daysLate, fine: result.fine.toString(), mora: result.mora.toString(), total: result.total.toString() };
  },
};

export const moneyList = (values: readonly unknown[], field: string): Money[] =>
  values.map((value, index) => expectOk(Money.parsePositive(value, `${field}[${index}]`)));
