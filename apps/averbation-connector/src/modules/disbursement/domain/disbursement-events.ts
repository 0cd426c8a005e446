import type { PayloadOf } from '@consignado/contracts';
import type { DisbursementState } from './disbursement-state';

/** Events a disbursement raises, once each: how its transfer ended. */
export type DisbursementEvent = { type: 'FundsReleased'; payload: PayloadOf<'FundsReleased'> } | { type: 'FundsReleaseFailed'; payload: PayloadOf<'FundsReleaseFailed'> };

const common = (s: Readonly<DisbursementState>) => ({ disbursementId: s.id, contractId: s.contractId, customerId: s.customerId, purpose: s.purpose, amount: s.amount });

/** The rail settled the transfer: the money is in the customer's account. */
export function fundsReleased(s: Readonly<DisbursementState>): DisbursementEvent {
  if (!s.endToEndId || !s.releasedAt) throw new Error(`disbursement ${s.id} released without end-to-end id or time`);
  return { type: 'FundsReleased', payload: { ...common(s), endToEndId: s.endToEndId, releasedAt: s.releasedAt } };
}

/** The transfer will not happen: rejected, refused, or the rail unavailable and holding none. */
export function fundsReleaseFailed(s: Readonly<DisbursementState>): DisbursementEvent {
  if (!s.failure) throw new Error(`disbursement ${s.id} failed without a failure`);
  const { code, message, failedAt } = s.failure;
  return { type: 'FundsReleaseFailed', payload: { ...common(s), code, message, attempts: Math.max(1, s.filings), failedAt } };
}
