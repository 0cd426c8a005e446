import type { ContractProps } from '../contract-props';
import type { ContractEvent } from '../contract-events';
import { currentBlock } from '../contract-block';
import { optional } from './optional';

/**
 * The contract's whole position after a change (docs/life-cycle.md principle 4), with its
 * revision: credit analysis keeps a projection of the customer's contracts from it. Terms are as
 * contracted; `termMonths` and `installmentAmount` are the plan's now; every row is listed, earlier
 * plans' paid rows included, `paidOn` on PAID rows only.
 */
export function contractPositionChanged(c: ContractProps, changedAt: Date): ContractEvent {
  const t = c.terms.toInput();
  const { plan, status } = c;
  // Not raised before the CCB is accepted (R-LN-9): nothing is in force, the catalogue has no such status.
  if (status === 'AWAITING_ACCEPTANCE') throw new Error(`contract ${c.id}: no position before acceptance`);
  return {
    type: 'ContractPositionChanged',
    payload: {
      contractId: c.id, customerId: c.customerId, revision: c.revision, status, product: c.product, operationType: c.operationType,
      ...optional('benefitNumber', c.benefitNumber),
      monthlyRate: t.monthlyRate, financedAmount: t.financedAmount, contractDate: t.contractDate, firstDueDate: t.firstDueDate,
      termMonths: plan.termMonths, installmentAmount: plan.installment.toString(),
      ...optional('refinancedContractId', c.refinancedContractId),
      ...optional('activatedAt', c.activatedAt?.toISOString()),
      planStart: { date: plan.startDate.toString(), balance: plan.startBalance.toString(), afterInstallment: plan.afterInstallment },
      installments: c.installments.map(({ snapshot: r }) => ({
        number: r.number, dueDate: r.dueDate.toString(), amount: r.amount.toString(), interest: r.interest.toString(),
        amortization: r.amortization.toString(), balance: r.balance.toString(), status: r.status,
        ...optional('paidOn', r.status === 'PAID' ? r.payment?.paidDate.toString() : undefined),
      })),
      ...optional('block', blockOf(c)),
      changedAt: changedAt.toISOString(),
    },
  };
}

const blockOf = (c: ContractProps) => {
  const block = currentBlock(c.blocks);
  return block && { reason: block.reason, since: block.blockedAt.toISOString() };
};
