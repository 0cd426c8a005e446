import type { PayloadOf } from '@consignado/contracts';
import type { CtcPortability } from '../../exchange/ctc.types';
import type { PortabilityOutState } from './portability-out-state';

/** Events a portability out raises; both come from the exchange's feed. */
export type PortabilityOutEvent =
  | { type: 'PortabilityOutRequested'; payload: PayloadOf<'PortabilityOutRequested'> }
  | { type: 'PortabilityOutFundsReceived'; payload: PayloadOf<'PortabilityOutFundsReceived'> };

const contractOf = (s: Readonly<PortabilityOutState>): string => {
  if (!s.contractId) throw new Error(`portability out ${s.portabilityNumber} has no contract of ours`);
  return s.contractId;
};

/** Another institution asks for our contract's balance on the exchange's business date of the request. */
export function outRequested(s: Readonly<PortabilityOutState>): PortabilityOutEvent {
  const payload = {
    contractId: contractOf(s),
    portabilityNumber: s.portabilityNumber,
    destinationInstitutionIspb: s.destinationIspb,
    balanceDate: s.requestDate,
    answerDeadline: s.answerDeadline,
    requestedAt: s.requestedAt,
  };
  return { type: 'PortabilityOutRequested', payload };
}

/** The destination transferred: the money that settles the contract, valued on our answer's balance date. */
export function fundsReceived(s: Readonly<PortabilityOutState>, p: CtcPortability): PortabilityOutEvent {
  const transfer = p.transfer;
  const balanceDate = p.answer?.balanceDate ?? s.answer?.balanceDate;
  if (!transfer || !balanceDate) throw new Error(`portability ${p.portabilityNumber} transferred without a transfer or an answer`);
  const payload = {
    contractId: contractOf(s),
    portabilityNumber: s.portabilityNumber,
    destinationInstitutionIspb: s.destinationIspb,
    amount: transfer.amount,
    balanceDate,
    receivedAt: transfer.transferredAt,
  };
  return { type: 'PortabilityOutFundsReceived', payload };
}
