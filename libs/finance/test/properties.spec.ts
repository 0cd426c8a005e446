import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, cet, maxLoan, payoffQuote, priceSchedule, rationalPow, simulate, unitInstallment, unwrap } from '../src/index';
import { Prng } from './support/prng';

/** ~200 random loans per property, reproducible from the seed. */
const CASES = 200;

interface Case {
  principal: Money;
  rate: MonthlyRate;
  term: LoanTerm;
  dates: LoanDates;
}

function randomCase(prng: Prng): Case {
  // Contracts on any day (month ends included), first due one calendar month later or 1..75 days.
  const contract = IsoDate.of('2024-01-01').plusDays(prng.int(0, 3000));
  const firstDue = prng.next() < 0.5 ? contract.plusMonths(1) : contract.plusDays(prng.int(1, 75));
  return {
    principal: Money.of(prng.decimal(1, 200_000_000, 2)),
    rate: MonthlyRate.of(prng.pick(['0', prng.decimal(1, 999, 4), prng.decimal(1, 30000, 6)])),
    term: LoanTerm.of(prng.pick([1, 2, prng.int(1, 96), prng.int(1, 480)])),
    dates: unwrap(LoanDates.create(contract, firstDue)),
  };
}

const cases = (seed: number) => {
  const prng = new Prng(seed);
  return Array.from({ length: CASES }, () => randomCase(prng));
};

describe('Price schedule properties', () => {
  it.each(cases(1).map((c, k) => [k, c] as const))('case %i: amortizations sum to the principal and the last balance is zero', (_k, c) => {
    const s = priceSchedule(c);
    expect(Money.sum(s.rows.map((r) => r.amortization)).eq(c.principal)).toBe(true);
    expect(s.rows[s.rows.length - 1].balance.isZero()).toBe(true);
    expect(s.totalPaid.eq(Money.sum(s.rows.map((r) => r.installment)))).toBe(true);
    expect(s.totalPaid.minus(s.totalInterest).eq(c.principal)).toBe(true);
    s.rows.forEach((row, j) => {
      const before = j === 0 ? c.principal : s.rows[j - 1].balance;
      expect(before.minus(row.amortization).eq(row.balance)).toBe(true);
      expect(row.amortization.plus(row.interest).eq(row.installment)).toBe(true);
    });
  });
});

describe('payoff properties', () => {
  it.each(cases(2).map((c, k) => [k, c] as const))('case %i: on due date k the payoff is row k’s balance, without interest', (_k, c) => {
    const schedule = priceSchedule(c);
    const n = c.term.months;
    for (const k of new Set([0, 1, Math.floor(n / 2), n - 1].filter((x) => x >= 0 && x < n))) {
      const date = k === 0 ? c.dates.contractDate : c.dates.dueDate(k);
      const quote = unwrap(payoffQuote({ schedule, rate: c.rate, dates: c.dates, paidInstallments: k, date }));
      const balance = k === 0 ? c.principal : schedule.rows[k - 1].balance;
      expect(quote.interest.isZero()).toBe(true);
      expect(quote.payoff.eq(balance)).toBe(true);
      expect(quote.remainingUndiscounted.eq(Money.sum(schedule.rows.slice(k).map((r) => r.installment)))).toBe(true);
    }
  });
});

describe('maxLoan properties', () => {
  it.each(cases(3).map((c, k) => [k, c] as const))('case %i: P·K ≤ M < (P + 0.01)·K', (_k, c) => {
    const limit = Money.of(new Prng(_k).decimal(1000, 500_000, 2));
    const { principal, installment } = maxLoan({ installment: limit, rate: c.rate, term: c.term, dates: c.dates });
    if (c.rate.isZero()) {
      // K = 1/n exactly: P ≤ n·M < P + 0.01, in whole cents.
      const most = limit.cents * BigInt(c.term.months);
      expect(principal.cents <= most && most < principal.cents + 1n).toBe(true);
    } else {
      const unit = unitInstallment(c.rate, c.term.months, c.dates.firstPeriodDays);
      expect(principal.times(unit).lte(limit.toDecimal())).toBe(true);
      expect(principal.plus(Money.of('0.01')).times(unit).gt(limit.toDecimal())).toBe(true);
    }
    expect(installment.lte(limit)).toBe(true);
  });
});

describe('CET properties', () => {
  const prng = new Prng(4);
  const loans = Array.from({ length: 60 }, () => {
    const contract = IsoDate.of('2025-04-01').plusDays(prng.int(0, 1500));
    return {
      amount: Money.of(prng.decimal(100_000, 5_000_000, 2)),
      term: LoanTerm.of(prng.int(1, 96)),
      dates: unwrap(LoanDates.create(contract, contract.plusMonths(1))),
    };
  });

  it.each(loans.map((l, k) => [k, l] as const))('case %i: financing the IOF raises the CET above the loan without it', (_k, loan) => {
    const s = unwrap(simulate({ product: 'INSS_CONSIGNADO', ...loan }));
    const plain = priceSchedule({ principal: loan.amount, rate: s.monthlyRate, term: loan.term, dates: loan.dates });
    const payments = plain.rows.map((r) => ({ amount: r.installment, date: loan.dates.dueDate(r.number) }));
    const without = unwrap(cet({ released: loan.amount, releaseDate: loan.dates.contractDate, payments }));
    expect(s.annualPercent.gt(without.annualPercent)).toBe(true);
    expect(s.monthlyPercent.gte(without.monthlyPercent)).toBe(true);
    // Without IOF the monthly CET lies between the contract rate (whole months) and the rate a
    // 30-day month gives over a 365-day year, (1+i)^(365/360) − 1 (pro-rata first period), up to cents.
    const i = s.monthlyRate.toDecimal();
    const low = i.times('100').minus('0.02');
    const high = rationalPow(i.plus('1'), 365, 360, 20).minus('1').times('100').plus('0.02');
    expect(without.monthlyPercent.gte(low) && without.monthlyPercent.lte(high)).toBe(true);
  });
});
