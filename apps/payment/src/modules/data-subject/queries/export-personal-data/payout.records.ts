import type { FieldCipher } from '@consignado/core';
import { openOrUndefined } from '@consignado/service-kit';

const ACCOUNT = `account_kind AS "accountKind", pix_key AS "pixKey", ispb, branch, account_number AS "accountNumber", account_type AS "accountType", holder_cpf AS "holderCpf"`;
const DISBURSED = `SELECT contract_id FROM disbursement WHERE customer_id = $1`;

/** The release of funds' records of a customer (R-LN-10): payout account, disbursements with their attempts, regret returns and receipts. */
export const PAYOUT_SQL = {
  payoutAccounts: `SELECT ${ACCOUNT}, changed_at AS "changedAt" FROM payout_account WHERE customer_id = $1`,
  disbursements: `SELECT contract_id AS "contractId", purpose, amount, status, created_at AS "createdAt", regretted_at AS "regrettedAt", amount_to_return AS "amountToReturn"
    FROM disbursement WHERE customer_id = $1 ORDER BY created_at, contract_id`,
  disbursementAttempts: `SELECT disbursement_id AS "disbursementId", contract_id AS "contractId", amount, ${ACCOUNT}, status, requested_at AS "requestedAt", end_to_end_id AS "endToEndId",
      released_at AS "releasedAt", failure_code AS "failureCode", failure_message AS "failureMessage", failed_at AS "failedAt"
    FROM disbursement_attempt WHERE contract_id IN (${DISBURSED}) ORDER BY requested_at, disbursement_id`,
  regretReturns: `SELECT contract_id AS "contractId", amount_due AS "amountDue", amount_received AS "amountReceived", status, due_since AS "dueSince", received_at AS "receivedAt"
    FROM regret_return WHERE customer_id = $1 ORDER BY due_since, contract_id`,
  regretReturnReceipts: `SELECT receipt_id AS "receiptId", contract_id AS "contractId", amount, received_on::text AS "receivedOn", recorded_at AS "recordedAt"
    FROM regret_return_receipt WHERE contract_id IN (SELECT contract_id FROM regret_return WHERE customer_id = $1) ORDER BY recorded_at, receipt_id`,
} as const;

const SEALED = { pixKey: 'pix_key', accountNumber: 'account_number', holderCpf: 'holder_cpf' } as const;
const TABLES: Record<string, string> = { payoutAccounts: 'payout_account', disbursementAttempts: 'disbursement_attempt' };

/** An account's key, number and CPF opened under their table's fields; other records as they are. */
export function openedPayout(cipher: FieldCipher, kind: string, row: Record<string, unknown>): Record<string, unknown> {
  const table = TABLES[kind];
  if (!table) return row;
  const opened = Object.entries(SEALED).map(([field, column]) => [field, openOrUndefined(cipher, (row[field] as string | null) ?? null, `${table}.${column}`)]);
  return { ...row, ...Object.fromEntries(opened) };
}
