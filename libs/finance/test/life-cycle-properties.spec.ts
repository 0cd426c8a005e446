import {
  ContractPosition,
  IsoDate,
  LoanDates,
  LoanTerm,
  Money,
  MonthlyRate,
  createPosition,
  extraAmortization,
  firstInstallments,
  positionFromTerms,
  positionPayoff,
  priceInstallment,
  settlementAmount,
  unwrap,
  workoutOffer,
} from '../src/index';
import { Prng } from './support/prng';

/** ~100 random dated loans per property, reproducible from the seed, with 1..k paid and a date between due dates k and k+1. */
interface Case {
  position: ContractPosition;
  k: number;
  date: IsoDate;
  prng: Prng;
}

function cases(seed: number): [number, Case][] {
  const prng = new Prng(seed);
  return Array.from({ length: 100 }, (_, index) => {
    const contract = IsoDate.of('2025-01-01').plusDays(prng.int(0, 2000));
    const dates = unwrap(LoanDates.create(contract, prng.next() < 0.5 ? contract.plusMonths(1) : contract.plusDays(prng.int(1, 60))));
    const n = prng.int(2, 120);
    const rate = MonthlyRate.of(prng.pick(['0', prng.decimal(1, 400, 4)]));
    const k = prng.int(0, n - 1);
    const position = positionFromTerms({ principal: Money.of(prng.decimal(10_000, 20_000_000, 2)), rate, term: LoanTerm.of(n), dates }, firstInstallments(k));
    const from = k === 0 ? contract : dates.dueDate(k);
    const date = from.plusDays(prng.int(0, from.daysUntil(dates.dueDate(k + 1))));
    return [index, { position, k, date, prng }];
  });
}

/** A random amount strictly between the interest and the payoff, or undefined when no cent fits. */
function amountBetween(prng: Prng, interest: Money, payoff: Money): Money | undefined {
  const span = payoff.cents - interest.cents - 1n;
  if (span < 1n) return undefined;
  return Money.ofCents(interest.cents + 1n + BigInt(prng.int(0, Number(span - 1n))));
}

describe('extraAmortization properties', () => {
  it.each(cases(11))('case %i: the new plan amortizes exactly B′ and its position pays off at B′ on its start', (_i, c) => {
    const quote = unwrap(positionPayoff(c.position, c.date));
    const amount = amountBetween(c.prng, quote.interest, quote.payoff);
    if (!amount) return;
    for (const mode of ['REDUCE_TERM', 'REDUCE_INSTALLMENT'] as const) {
      const result = unwrap(extraAmortization(c.position, { date: c.date, amount, mode }));
      expect(result.balance.eq(quote.payoff.minus(amount))).toBe(true);
      expect(Money.sum(result.rows.map((r) => r.amortization)).eq(result.balance)).toBe(true);
      result.rows.forEach((row, j) => {
        const before = j === 0 ? result.balance : result.rows[j - 1].balance;
        expect(before.minus(row.amortization).eq(row.balance) && row.amortization.plus(row.interest).eq(row.installment)).toBe(true);
        if (j < result.rows.length - 1) expect(row.installment.eq(result.installment)).toBe(true);
      });
      expect(result.rows[result.rows.length - 1].balance.isZero()).toBe(true);
      const remaining = c.position.rows.length - c.k;
      expect(mode === 'REDUCE_INSTALLMENT' ? result.rows.length === remaining : result.rows.length <= remaining).toBe(true);
      expect(createPosition(result.position).ok).toBe(true);
      expect(unwrap(positionPayoff(result.position, c.date)).payoff.eq(result.balance)).toBe(true);
    }
  });
});

describe('settlement and workout properties', () => {
  it.each(cases(12))('case %i: with nothing overdue the settlement amount is the payoff', (_i, c) => {
    const settlement = unwrap(settlementAmount(c.position, c.date));
    expect(settlement.kind).toBe('PAYOFF');
    expect(settlement.amount.eq(unwrap(positionPayoff(c.position, c.date)).payoff)).toBe(true);
  });

  it.each(cases(13))('case %i: a workout plan fits the capacity in the shortest term, on the discounted debt', (_i, c) => {
    const late = c.position.rows[c.k].dueDate.plusDays(c.prng.int(1, 90));
    const capacity = Money.ofCents(c.position.installment.cents / 2n + 1n);
    const result = workoutOffer(c.position, { date: late, capacity, maxTerm: LoanTerm.of(480), graceDays: c.prng.int(0, 60) });
    if (!result.ok) {
      expect(result.error.code).toBe('NO_FEASIBLE_TERM');
      return;
    }
    const w = result.value;
    const debt = unwrap(settlementAmount(c.position, late));
    expect(debt.kind === 'CONSOLIDATED_DEBT' && debt.amount.minus(w.discount).eq(w.debt)).toBe(true);
    expect(w.installment.lte(capacity)).toBe(true);
    const d1 = w.dates.firstPeriodDays;
    if (w.term.months > 1) expect(priceInstallment(w.debt, c.position.rate, w.term.months - 1, d1).gt(capacity)).toBe(true);
    expect(Money.sum(w.schedule.rows.map((r) => r.amortization)).eq(w.debt)).toBe(true);
  });
});
