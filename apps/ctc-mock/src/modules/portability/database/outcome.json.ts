import { IsoDate, Money } from '@consignado/finance';
import type { Closure, SettlementRecord, TransferRecord } from '../domain/portability-state';
import type { Actor } from '../domain/rejection-reason';

/* The transfer, the settlement and the closure as stored in jsonb. */

export interface TransferJson {
  amount: string;
  transferredAt: string;
  transferDate: string;
  confirmationDeadline: string;
}

export interface SettlementJson {
  receipt: string;
  confirmedAt: string;
}

export interface ClosureJson {
  kind: Closure['kind'];
  reason: string;
  by: Actor;
  at: string;
  detail?: string;
}

export const transferToJson = (t: TransferRecord): TransferJson => ({
  amount: t.amount.toString(),
  transferredAt: t.transferredAt.toISOString(),
  transferDate: t.transferDate.toString(),
  confirmationDeadline: t.confirmationDeadline.toString(),
});

export const transferOf = (j: TransferJson): TransferRecord => ({
  amount: Money.of(j.amount),
  transferredAt: new Date(j.transferredAt),
  transferDate: IsoDate.of(j.transferDate),
  confirmationDeadline: IsoDate.of(j.confirmationDeadline),
});

export const settlementToJson = (s: SettlementRecord): SettlementJson => ({ receipt: s.receipt, confirmedAt: s.confirmedAt.toISOString() });
export const settlementOf = (j: SettlementJson): SettlementRecord => ({ receipt: j.receipt, confirmedAt: new Date(j.confirmedAt) });

export const closureToJson = (c: Closure): ClosureJson => ({ kind: c.kind, reason: c.reason, by: c.by, at: c.at.toISOString(), ...(c.detail ? { detail: c.detail } : {}) });
export const closureOf = (j: ClosureJson): Closure => ({ kind: j.kind, reason: j.reason, by: j.by, at: new Date(j.at), ...(j.detail ? { detail: j.detail } : {}) });
