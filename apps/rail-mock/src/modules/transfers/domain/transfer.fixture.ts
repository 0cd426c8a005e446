import { Money } from '@consignado/finance';
import { Transfer } from './transfer';
import type { SettlementPlan, TransferRequest } from './transfer-state';

export const FILED_AT = new Date('2026-05-04T14:05:09.000Z');
export const E2E = 'E9900000120260504140512345678901';

export const request = (change: Partial<TransferRequest> = {}): TransferRequest => ({
  transferId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
  amount: Money.of('8214.33'),
  creditor: { kind: 'PIX_KEY', pixKey: 'maria@example.com' },
  creditorCpf: '52998224725',
  purpose: 'LOAN_RELEASE',
  ...change,
});

export const settledIn = (settlementMs: number): SettlementPlan => ({ settlement: { outcome: 'SETTLED' }, settlementMs });

export const filed = (change: Partial<TransferRequest> = {}, plan: SettlementPlan = settledIn(1000)): Transfer => Transfer.file(request(change), E2E, FILED_AT, plan);

export const later = (ms: number): Date => new Date(FILED_AT.getTime() + ms);
