import type { FieldCipher } from '@consignado/core';
import { Money } from '@consignado/finance';
import type { DisbursementAttempt } from '../domain/disbursement-attempt';
import { Disbursement, type DisbursementProps } from '../domain/disbursement';
import { type AccountColumns, accountColumns, accountOf } from './account.columns';

export interface DisbursementRow {
  id: string;
  contract_id: string;
  customer_id: string;
  purpose: DisbursementProps['purpose'];
  amount: string | null;
  status: DisbursementProps['status'];
  created_at: Date;
  regretted_at: Date | null;
  amount_to_return: string | null;
}

export type AttemptRow = AccountColumns & {
  disbursement_id: string;
  /** The disbursement's id (a loan release's is its contract's). */
  parent_id: string;
  contract_id: string;
  amount: string;
  account_changed_at: Date;
  status: DisbursementAttempt['status'];
  requested_at: Date;
  end_to_end_id: string | null;
  released_at: Date | null;
  failure_code: string | null;
  failure_message: string | null;
  rail_attempts: number | null;
  failed_at: Date | null;
};

export function toDisbursementRow({ id, contractId, customerId, purpose, amount, status, createdAt, regret }: DisbursementProps): DisbursementRow {
  return {
    id, contract_id: contractId, customer_id: customerId, purpose, amount: amount?.toString() ?? null, status, created_at: createdAt,
    regretted_at: regret?.at ?? null, amount_to_return: regret?.amountToReturn?.toString() ?? null,
  };
}

export function toAttemptRow(cipher: FieldCipher, owner: { id: string; contractId: string }, a: DisbursementAttempt): AttemptRow {
  return {
    disbursement_id: a.disbursementId, parent_id: owner.id, contract_id: owner.contractId, amount: a.amount.toString(), ...accountColumns(cipher, 'disbursement_attempt', a.account, a.holderCpf, a.accountKind),
    account_changed_at: a.accountChangedAt, status: a.status, requested_at: a.requestedAt, end_to_end_id: a.endToEndId ?? null, released_at: a.releasedAt ?? null,
    failure_code: a.failure?.code ?? null, failure_message: a.failure?.message ?? null, rail_attempts: a.failure?.railAttempts ?? null, failed_at: a.failure?.failedAt ?? null,
  };
}

export function toDisbursement(cipher: FieldCipher, row: DisbursementRow, attempts: AttemptRow[]): Disbursement {
  const regret = row.regretted_at ? { at: row.regretted_at, ...(row.amount_to_return === null ? {} : { amountToReturn: Money.of(row.amount_to_return) }) } : undefined;
  return new Disbursement({
    id: row.id, contractId: row.contract_id, customerId: row.customer_id, purpose: row.purpose, status: row.status, createdAt: row.created_at,
    ...(row.amount === null ? {} : { amount: Money.of(row.amount) }), ...(regret ? { regret } : {}),
    attempts: attempts.map((a) => toAttempt(cipher, a)),
  });
}

function toAttempt(cipher: FieldCipher, r: AttemptRow): DisbursementAttempt {
  const failure = r.failure_code && r.failed_at ? { code: r.failure_code, message: r.failure_message ?? '', railAttempts: r.rail_attempts ?? 1, failedAt: r.failed_at } : undefined;
  return {
    disbursementId: r.disbursement_id, amount: Money.of(r.amount), accountKind: r.account_kind, ...accountOf(cipher, 'disbursement_attempt', r),
    accountChangedAt: r.account_changed_at, status: r.status, requestedAt: r.requested_at,
    ...(r.end_to_end_id ? { endToEndId: r.end_to_end_id } : {}), ...(r.released_at ? { releasedAt: r.released_at } : {}), ...(failure ? { failure } : {}),
  };
}
