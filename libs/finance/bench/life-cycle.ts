/**
 * The life-cycle ops on 96-month positions (services hold the position; building it is not timed):
 * one line each for extraAmortization, refinance, portabilityQuote and workoutOffer. Cases come from
 * `prng` and the product rates; each line samples for about a second.
 */
import {
  ContractPosition,
  IsoDate,
  LoanDates,
  LoanTerm,
  Money,
  MonthlyRate,
  dec,
  extraAmortization,
  firstInstallments,
  portabilityQuote,
  positionFromTerms,
  positionPayoff,
  refinance,
  unwrap,
  workoutOffer,
} from '../src/index';
import { Prng } from '../test/support/prng';
import { sample } from './measure';

type Line = (label: string, latencies: number[]) => void;

const TERM = LoanTerm.of(96);
const CASES = 300;

interface Case {
  position: ContractPosition;
  /** Paid prefix k and a date between due dates k and k+1. */
  k: number;
  date: IsoDate;
}

function randomCase(prng: Prng, rates: readonly MonthlyRate[]): Case {
  const contract = IsoDate.of('2025-04-01').plusDays(prng.int(0, 1500));
  const dates = unwrap(LoanDates.create(contract, contract.plusMonths(1)));
  const principal = Money.of(prng.decimal(500_000, 5_000_000, 2));
  const k = prng.int(20, 90);
  const position = positionFromTerms({ principal, rate: prng.pick(rates), term: TERM, dates }, firstInstallments(k));
  return { position, k, date: dates.dueDate(k).plusDays(prng.int(1, 27)) };
}

export function lifeCycle(line: Line, prng: Prng, rates: readonly MonthlyRate[]): void {
  const cases = Array.from({ length: CASES }, () => randomCase(prng, rates));
  const at = (n: number) => cases[n % cases.length];
  const amounts = cases.map((c) => Money.ofCents(unwrap(positionPayoff(c.position, c.date)).payoff.cents / 3n));
  line('extraAmortization, 96-month position (random k, date, amount; both modes)', sample((n) => {
    const c = at(n);
    unwrap(extraAmortization(c.position, { date: c.date, amount: amounts[n % cases.length], mode: n % 2 ? 'REDUCE_TERM' : 'REDUCE_INSTALLMENT' }));
  }, 1000));
  line('refinance, 96-month position into 84 months with troco (payoff + DECREE IOF + schedule + CET)', sample((n) => {
    const c = at(n);
    const request = { date: c.date, newRate: c.position.rate, newTerm: LoanTerm.of(84), newFirstDueDate: c.date.plusMonths(1), troco: Money.of('1500') };
    unwrap(refinance(c.position, request));
  }, 1000));
  line('portabilityQuote, 96 months remaining (schedule + CET)', sample((n) => {
    const c = at(n);
    const dates = unwrap(LoanDates.create(c.date, c.date.plusMonths(1)));
    const balance = c.position.rows[c.k - 1].balance;
    unwrap(portabilityQuote({ balance, remainingInstallments: TERM, originInstallment: Money.of('100000'), rate: c.position.rate, dates }));
  }, 1000));
  line('workoutOffer, 96-month position 1–3 rows late (consolidated debt + shortest term + schedule)', sample((n) => {
    const c = at(n);
    const late = c.date.plusMonths(n % 3 + 1);
    unwrap(workoutOffer(c.position, { date: late, capacity: c.position.installment, maxTerm: LoanTerm.of(120), lateChargesDiscount: dec('0.5'), graceDays: 30 }));
  }, 1000));
}
