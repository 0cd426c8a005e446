import { IsoDate } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';

/** Bacen's default mark: an installment more than 90 days late is a default (inadimplência). */
export const DEFAULT_DAYS_LATE = 90;
/** Seed 004 counts defaults over five years; records older than that tell nothing. */
const LOOKBACK_DAYS = 5 * 365;

/** One installment that fell due: how many days late it was paid, or is still open on `today`. */
export interface PaymentRecord {
  readonly contractId: string;
  readonly dueDate: string;
  readonly daysLate: number;
}

/**
 * The customer's payment history on the platform (seed 004 `historico_pagamentos`): every row of
 * every contract due by `today` within five years — PAID ones by their payment date, PENDING ones
 * still open (late until paid). Rows ended by a settlement or a cancellation were never late.
 */
export function paymentRecords(contracts: readonly ProjectedContract[], today: IsoDate): PaymentRecord[] {
  const since = today.plusDays(-LOOKBACK_DAYS);
  return contracts.flatMap((c) =>
    c.payload.installments.flatMap((row) => {
      const due = IsoDate.of(row.dueDate);
      if (due.isAfter(today) || due.isBefore(since)) return [];
      if (row.status === 'PAID' && row.paidOn) return [{ contractId: c.contractId, dueDate: row.dueDate, daysLate: Math.max(0, due.daysUntil(IsoDate.of(row.paidOn))) }];
      if (row.status === 'PENDING' && due.isBefore(today)) return [{ contractId: c.contractId, dueDate: row.dueDate, daysLate: due.daysUntil(today) }];
      return [];
    }),
  );
}

/** Contracts with at least one installment more than 90 days late within the records: the platform's defaults in five years. */
export function defaultsIn(records: readonly PaymentRecord[]): number {
  return new Set(records.filter((r) => r.daysLate > DEFAULT_DAYS_LATE).map((r) => r.contractId)).size;
}
