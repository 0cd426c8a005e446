import { cet } from '@consignado/finance';
import { bookedPlan } from './contract-plan';
import type { ContractProps } from './contract-props';
import { ContractTerms } from './contract-terms';
import type { Renegotiation } from './renegotiation';
import { installmentFromRow } from './schedule';

/**
 * The RENEGOTIATION contract a checked workout opens (R-LN-8, docs/life-cycle.md): ACTIVE at once
 * on the old contract's deduction (its averbação protocol), same customer, product, rate, payer and
 * partner, under the old proposal; principal = released = the debt, no IOF nor insurance, the
 * offer's Price schedule from the payment date, CET of the debt against it (as credit analysis
 * prices a new loan: finance `cet` from the release date); who accepted is its channel.
 */
export function renegotiatedContract(old: ContractProps, r: Renegotiation, now: Date): ContractProps {
  const { offer } = r.offer;
  const { dates, schedule, debt } = offer;
  const payments = schedule.rows.map((row) => ({ amount: row.installment, date: dates.dueDate(row.number) }));
  const effective = cet({ released: debt, releaseDate: dates.contractDate, payments });
  if (!effective.ok) throw effective.error; // a positive debt paid after its date always has a CET
  const parsed = ContractTerms.parse({
    releasedAmount: debt.toString(), financedAmount: debt.toString(), monthlyRate: old.terms.monthlyRate.toString(), termMonths: offer.term.months,
    installmentAmount: offer.installment.toString(), iof: '0.00', insurance: '0.00', totalPayable: schedule.totalPaid.toString(),
    cetMonthlyPercent: effective.value.monthlyPercent.toFixed(2), cetAnnualPercent: effective.value.annualPercent.toFixed(2),
    contractDate: dates.contractDate.toString(), firstDueDate: dates.firstDueDate.toString(),
  });
  if (!parsed.ok) throw parsed.error;
  const terms = parsed.value;
  const { protocol, averbationId, registeredAt } = old.averbation;
  return {
    id: r.settlement.replacedByContractId, proposalId: old.proposalId, customerId: old.customerId, product: old.product, operationType: 'RENEGOTIATION',
    channel: r.origin.terms.channel, benefitNumber: old.benefitNumber, parameterVersion: r.origin.terms.parameterVersion, partnerId: old.partnerId,
    terms, plan: bookedPlan(terms), status: 'ACTIVE', installments: schedule.rows.map(installmentFromRow),
    averbation: { protocol, averbationId, registeredAt, failures: [] },
    renegotiation: r.origin, blocks: [], revision: 0, bookedAt: now, activatedAt: now,
  };
}
