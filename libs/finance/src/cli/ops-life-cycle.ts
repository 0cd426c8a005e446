import { ZERO } from '../decimal/dec';
import { AMORTIZATION_MODES, extraAmortization } from '../life-cycle/extra-amortization';
import { portabilityQuote } from '../life-cycle/portability-quote';
import { refinance } from '../life-cycle/refinance';
import { MAX_WORKOUT_GRACE_DAYS, workoutOffer } from '../life-cycle/workout-offer';
import { ContractPosition } from '../position/contract-position';
import { firstInstallments, positionFromTerms } from '../position/position-builders';
import { expectOk, Fields } from './fields';
import { OpHandler } from './ops-loan';
import { cetJson, rowJson } from './serialize';

/** The contract as `payoff` takes it (FINANCE.md "Contract life cycle"), on its original schedule with 1..k paid. */
function position(f: Fields): ContractPosition {
  const term = f.term();
  const terms = { principal: f.positiveMoney('principal'), rate: f.rate(), term, dates: f.dates() };
  return positionFromTerms(terms, firstInstallments(f.integer('paidInstallments', 0, term.months)));
}

export const lifeCycleOps: Readonly<Record<string, OpHandler>> = {
  extraAmortization: (f) => {
    const request = { date: f.date('date'), amount: f.positiveMoney('amount'), mode: f.oneOf('mode', AMORTIZATION_MODES) };
    const result = expectOk(extraAmortization(position(f), request));
    return {
      balance: result.balance.toString(),
      interestSettled: result.interestSettled.toString(),
      remainingInstallments: result.remainingInstallments,
      installment: result.installment.toString(),
      schedule: result.rows.map(rowJson),
    };
  },
  refinance: (f) => {
    const request = {
      date: f.date('date'),
      newRate: f.rate('newMonthlyRate'),
      newTerm: f.term('newTerm'),
      newFirstDueDate: f.date('newFirstDueDate'),
      troco: f.optionalMoney('troco'),
    };
    const r = expectOk(refinance(position(f), request));
    return {
      oldPayoff: r.oldPayoff.toString(),
      troco: r.troco.toString(),
      iof: r.iof.toString(),
      financedAmount: r.financedAmount.toString(),
      installment: r.installment.toString(),
      ...cetJson(r),
      schedule: r.schedule.rows.map(rowJson),
    };
  },
  portabilityQuote: (f) => {
    const q = expectOk(
      portabilityQuote({
        balance: f.positiveMoney('balance'),
        remainingInstallments: f.term('remainingInstallments'),
        originInstallment: f.positiveMoney('originInstallment'),
        rate: f.rate(),
        term: f.has('term') ? f.term() : undefined,
        dates: f.dates(),
      }),
    );
    return {
      term: q.term.months,
      installment: q.installment.toString(),
      totalPaid: q.totalPaid.toString(),
      installmentSaving: q.installmentSaving.toString(),
      totalSaving: q.totalSaving.toString(),
      ...cetJson(q),
    };
  },
  workoutOffer: (f) => {
    const request = {
      date: f.date('date'),
      capacity: f.positiveMoney('capacity'),
      maxTerm: f.term('maxTerm'),
      lateChargesDiscount: f.fraction('lateChargesDiscount', ZERO),
      graceDays: f.optionalInteger('graceDays', 0, MAX_WORKOUT_GRACE_DAYS),
    };
    const w = expectOk(workoutOffer(position(f), request));
    const { consolidated: c } = w;
    return {
      overdueCount: c.overdue.length,
      overdueAmount: c.overdueAmount.toString(),
      fine: c.fine.toString(),
      mora: c.mora.toString(),
      discount: w.discount.toString(),
      remainingPayoff: c.remaining.payoff.toString(),
      debt: w.debt.toString(),
      term: w.term.months,
      installment: w.installment.toString(),
      firstDueDate: w.dates.firstDueDate.toString(),
      totalPaid: w.schedule.totalPaid.toString(),
    };
  },
};
