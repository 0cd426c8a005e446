import type { PayloadOf } from '@consignado/contracts';
import type { CtcPortability } from '../../exchange/ctc.types';
import type { RequestFailure, TransferFailure } from './exchange-reasons';
import type { PortabilityInState } from './portability-in-state';

/** Events a portability in raises; the caller publishes them caused by the request that started each phase. */
export type PortabilityInEvent =
  | { type: 'PortabilityBalanceReceived'; payload: PayloadOf<'PortabilityBalanceReceived'> }
  | { type: 'PortabilityRequestFailed'; payload: PayloadOf<'PortabilityRequestFailed'> }
  | { type: 'PortabilityTransferCompleted'; payload: PayloadOf<'PortabilityTransferCompleted'> }
  | { type: 'PortabilityTransferFailed'; payload: PayloadOf<'PortabilityTransferFailed'> };

/** The origin's final answer: the terms credit analysis prices the portability with. */
export function balanceReceived(s: Readonly<PortabilityInState>, p: Pick<CtcPortability, 'portabilityNumber' | 'originIspb' | 'originContractNumber' | 'answer'>, dueBalanceLimitDate: string): PortabilityInEvent {
  const answer = p.answer;
  const offer = s.retentionOffer;
  if (!answer) throw new Error(`portability ${p.portabilityNumber} answered without an answer`);
  const terms = {
    originInstitutionIspb: p.originIspb,
    originContractNumber: p.originContractNumber,
    portabilityNumber: p.portabilityNumber,
    balance: answer.balance,
    balanceDate: answer.balanceDate,
    remainingInstallments: answer.remainingInstallments,
    originInstallment: answer.installment,
    originMonthlyRate: answer.monthlyRate,
  };
  const retentionOffer = offer ? { monthlyRate: offer.monthlyRate, installmentAmount: offer.installment, termMonths: offer.termMonths } : undefined;
  return { type: 'PortabilityBalanceReceived', payload: { proposalId: s.proposalId, terms, dueBalanceLimitDate, ...(retentionOffer ? { retentionOffer } : {}), receivedAt: answer.answeredAt } };
}

export function requestFailed(s: Readonly<PortabilityInState>, failure: RequestFailure, at: string): PortabilityInEvent {
  const nu = s.portabilityNumber ? { portabilityNumber: s.portabilityNumber } : {};
  return { type: 'PortabilityRequestFailed', payload: { proposalId: s.proposalId, ...nu, ...failure, failedAt: at } };
}

/** The transfer's events need the contract and the NU, known from PortabilityTransferRequested on. */
function transferIds(s: Readonly<PortabilityInState>) {
  if (!s.contractId || !s.portabilityNumber) throw new Error(`portability in ${s.id} reported a transfer outcome without a contract or NU`);
  return { contractId: s.contractId, proposalId: s.proposalId, portabilityNumber: s.portabilityNumber };
}

export function transferCompleted(s: Readonly<PortabilityInState>, p: CtcPortability): PortabilityInEvent {
  const amount = p.transfer?.amount ?? s.transferAmount;
  if (!amount || !p.settlement) throw new Error(`portability ${p.portabilityNumber} completed without a transfer or settlement`);
  return { type: 'PortabilityTransferCompleted', payload: { ...transferIds(s), amount, settlementReceipt: p.settlement.receipt, completedAt: p.settlement.confirmedAt } };
}

export function transferFailed(s: Readonly<PortabilityInState>, failure: TransferFailure, at: string): PortabilityInEvent {
  return { type: 'PortabilityTransferFailed', payload: { ...transferIds(s), ...failure, failedAt: at } };
}
