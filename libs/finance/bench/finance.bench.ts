/**
 * `npm run bench:finance`: throughput and latency of the exact (big.js) calculations on this
 * machine, and the same 96-month schedule in floating point with the `financial` package for
 * comparison (speed ratio, and how many rows the float version gets wrong by a cent or more).
 * Bounded to a few seconds.
 */
import { cpus } from 'node:os';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, PriceSchedule, SimulationRequest, priceSchedule, simulate, unwrap } from '../src/index';
import { Prng } from '../test/support/prng';
import { floatSchedule } from './float-schedule';
import { fmt, sample, stats } from './measure';

const TERM = LoanTerm.of(96);
const prng = new Prng(20260310);
const FIRST_CONTRACT = IsoDate.of('2025-04-01');

interface Loan {
  principal: Money;
  rate: MonthlyRate;
  dates: LoanDates;
}

function randomLoan(): Loan {
  const contract = FIRST_CONTRACT.plusDays(prng.int(0, 3650));
  return {
    principal: Money.of(prng.decimal(100_000, 10_000_000, 2)),
    rate: MonthlyRate.of(prng.decimal(100, 300, 4)),
    dates: unwrap(LoanDates.create(contract, contract.plusMonths(1))),
  };
}

function simulation(contract: IsoDate): SimulationRequest {
  return {
    product: 'INSS_CONSIGNADO',
    amount: Money.of(prng.decimal(100_000, 5_000_000, 2)),
    term: TERM,
    dates: unwrap(LoanDates.create(contract, contract.plusMonths(1))),
  };
}

const line = (label: string, latencies: number[]) => {
  const s = stats(latencies);
  console.log(`${label}: ${fmt(s.perSecond)}/s, median ${fmt(s.median)} µs, p99 ${fmt(s.p99)} µs (${fmt(s.calls)} calls)`);
};

function schedules(): void {
  const loans = Array.from({ length: 500 }, randomLoan);
  sample((k) => priceSchedule({ ...loans[k % loans.length], term: TERM }), 300);
  line('96-month Price schedules with dates', sample((k) => priceSchedule({ ...loans[k % loans.length], term: TERM }), 1000));
}

function simulations(): void {
  const cold = Array.from({ length: 4000 }, (_, k) => simulation(FIRST_CONTRACT.plusDays(k)));
  const sameDay = Array.from({ length: 500 }, () => simulation(IsoDate.of('2026-03-10')));
  const run = (requests: SimulationRequest[]) => (k: number) => unwrap(simulate(requests[k % requests.length]));
  sample(run(sameDay), 300);
  line('simulate INSS 96 months, DECREE IOF + CET, new contract date each call', sample(run(cold), 2000, cold.length));
  line('simulate INSS 96 months, DECREE IOF + CET, same contract date (memoised IOF factor)', sample(run(sameDay), 1000));
}

const differs = (exact: Money, float: number) => exact.minus(Money.of(float.toFixed(2))).cents !== 0n;

function floatBaseline(): void {
  const loans = Array.from({ length: 200 }, () => {
    const { principal, rate } = randomLoan();
    return { principal, rate, p: Number(principal.toString()), i: Number(rate.toString()) };
  });
  const exact: PriceSchedule[] = [];
  const startExact = process.hrtime.bigint();
  for (const loan of loans) exact.push(priceSchedule({ principal: loan.principal, rate: loan.rate, term: TERM }));
  const exactNs = Number(process.hrtime.bigint() - startExact);
  const startFloat = process.hrtime.bigint();
  const floats = loans.map((loan) => floatSchedule(loan.p, loan.i, TERM.months));
  const floatNs = Number(process.hrtime.bigint() - startFloat);
  let off = 0;
  let total = 0;
  exact.forEach((schedule, k) =>
    schedule.rows.forEach((row, j) => {
      const f = floats[k][j];
      total++;
      if (differs(row.installment, f.installment) || differs(row.interest, f.interest) || differs(row.amortization, f.amortization) || differs(row.balance, f.balance)) off++;
    }),
  );
  console.log(
    `float baseline (financial 0.2.4: PMT/IPMT/PPMT per row, Math.round to cents), 200 random 96-month loans: ` +
      `${(exactNs / floatNs).toFixed(1)}× the speed of the exact schedule; rows off by ≥ 1 cent: ${off} / ${total} (${((100 * off) / total).toFixed(1)}%)`,
  );
}

console.log(`finance bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
schedules();
simulations();
floatBaseline();
