import type { ProposalOperationType } from '@consignado/contracts';
import type { Commission } from '../domain/commission';

/** The commission's columns of the proposal row; the status is not stored: REVERSED iff reversed_at is set. */
export interface CommissionColumns {
  commissionPercent: string | null;
  commissionBase: string | null;
  commissionAmount: string | null;
  commissionReversedAt: Date | null;
  commissionReversalReason: string | null;
}

export function commissionColumns(commission: Commission | undefined): CommissionColumns {
  return {
    commissionPercent: commission?.percent ?? null,
    commissionBase: commission?.base ?? null,
    commissionAmount: commission?.amount ?? null,
    commissionReversedAt: commission?.reversedAt ? new Date(commission.reversedAt) : null,
    commissionReversalReason: commission?.reversalReason ?? null,
  };
}

/** The commission a row holds (none without an amount), for the proposal's operation type. */
export function commissionOf(operationType: string, c: CommissionColumns): Commission | undefined {
  if (c.commissionAmount === null) return undefined;
  const earned = { operationType: operationType as ProposalOperationType, percent: c.commissionPercent ?? '', base: c.commissionBase ?? '', amount: c.commissionAmount };
  if (c.commissionReversedAt === null) return { ...earned, status: 'EARNED' };
  return { ...earned, status: 'REVERSED', reversedAt: c.commissionReversedAt.toISOString(), reversalReason: c.commissionReversalReason as 'RIGHT_OF_REGRET' };
}
