import type { CtcClosure, CtcPortability, CtcStatus } from '../../exchange/ctc.types';

/** Test fixtures: the exchange's portability at each status, as the feed or a move shows it. */
export const NU = '202503100000000000421';
export const ORIGIN = '99100001';

const answer = { balance: '10234.56', balanceDate: '2025-03-10', remainingInstallments: 60, installment: '310.00', monthlyRate: '0.0214', answeredAt: '2025-03-10T15:00:00.000Z' };

export function snapshot(status: CtcStatus, extra: Partial<CtcPortability> = {}): CtcPortability {
  const answered = ['ACCEPTED_SETTLEMENT_IN_PROGRESS', 'ACCEPTED_SETTLEMENT_COMPLETED', 'PORTABILITY_COMPLETED', 'PAYMENT_ISSUE'].includes(status);
  const transferred = ['ACCEPTED_SETTLEMENT_COMPLETED', 'PORTABILITY_COMPLETED', 'PAYMENT_ISSUE'].includes(status);
  return {
    portabilityNumber: NU,
    status,
    originIspb: ORIGIN,
    destinationIspb: '99000001',
    originContractNumber: 'CTR-000123',
    requestedAt: '2025-03-10T14:00:00.000Z',
    requestDate: '2025-03-10',
    answerDeadline: '2025-03-17',
    ...(answered ? { answer: { ...answer, dueBalanceLimitDate: '2025-03-11' } } : {}),
    ...(transferred ? { transfer: { amount: '10234.56', transferredAt: '2025-03-11T10:00:00.000Z', transferDate: '2025-03-11' } } : {}),
    ...(status === 'PORTABILITY_COMPLETED' ? { settlement: { receipt: 'QUIT-CTR-000123', confirmedAt: '2025-03-11T11:00:00.000Z' } } : {}),
    ...(status === 'PAYMENT_ISSUE' ? { closure: { kind: 'PAYMENT_ISSUE', reason: 'DEVOLUCAO_STR0048', by: 'ORIGIN', at: '2025-03-11T11:00:00.000Z' } } : {}),
    ...extra,
  };
}

export const rejected = (reason: string, by: CtcClosure['by'] = 'ORIGIN', extra: Partial<CtcPortability> = {}): CtcPortability =>
  snapshot('REJECTED', { closure: { kind: 'REJECTED', reason, by, at: '2025-03-12T03:00:00.000Z' }, ...extra });

export const retentionOffer = { monthlyRate: '0.01712', installment: '279.00', termMonths: 60 };
