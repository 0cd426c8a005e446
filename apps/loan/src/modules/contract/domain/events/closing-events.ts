import type { PayloadOf } from '@consignado/contracts';
import type { ContractProps } from '../contract-props';
import type { ContractEvent } from '../contract-events';
import { optional } from './optional';

/** The contract was undone; on regret the customer returns the released amount (IOF not charged). */
export function contractCancelled(c: ContractProps, reason: PayloadOf<'ContractCancelled'>['reason'], cancelledAt: Date): ContractEvent {
  return {
    type: 'ContractCancelled',
    payload: {
      contractId: c.id, proposalId: c.proposalId, customerId: c.customerId, reason,
      averbationRegistered: c.averbation.protocol !== undefined,
      ...optional('amountToReturn', reason === 'RIGHT_OF_REGRET' ? c.terms.releasedAmount.toString() : undefined),
      cancelledAt: cancelledAt.toISOString(),
    },
  };
}

/**
 * Nothing more is owed (R-PA-2, R-LN-4/6/7): every installment paid (PAID_OFF), or a settlement of
 * the whole contract with what it paid, the installments it replaced and who replaced it.
 */
export function contractSettled(c: ContractProps, settledAt: Date): ContractEvent {
  const s = c.settlement;
  if (!s) throw new Error(`contract ${c.id} has no settlement`);
  const whole = s.reason !== 'PAID_OFF';
  return {
    type: 'ContractSettled',
    payload: {
      contractId: c.id, customerId: c.customerId, reason: s.reason,
      ...optional('settlementAmount', s.amount?.toString()),
      ...optional('remainingUndiscounted', s.remainingUndiscounted?.toString()),
      ...optional('replacedByContractId', s.replacedByContractId),
      ...optional('portabilityNumber', s.portabilityNumber),
      ...optional('claimId', s.claimId),
      ...optional('insurancePremiumRefund', refundOf(c)),
      ...optional('paymentId', whole ? s.paymentId : undefined),
      lastPaymentDate: s.date.toString(),
      settledAt: settledAt.toISOString(),
    },
  };
}

/** The unexpired premium an early end owes back; absent when none (no policy, or nothing to refund). */
function refundOf(c: ContractProps): string | undefined {
  const refund = c.policy?.ended?.premiumRefund;
  return refund && !refund.isZero() ? refund.toString() : undefined;
}
