import type { FieldCipher } from '@consignado/core';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import type { PayoutAccount } from '../domain/payout-account';

type BankAccountType = Extract<PayoutAccount, { kind: 'BANK_ACCOUNT' }>['accountType'];

/** An account's columns (payout_account, disbursement_attempt): key, number and CPF sealed under `<table>.<column>`. */
export interface AccountColumns {
  account_kind: PayoutAccount['kind'];
  pix_key: string | null;
  ispb: string | null;
  branch: string | null;
  account_number: string | null;
  account_type: string | null;
  holder_cpf: string | null;
}

export type AccountTable = 'payout_account' | 'disbursement_attempt';
export const ACCOUNT_COLUMN_NAMES = ['account_kind', 'pix_key', 'ispb', 'branch', 'account_number', 'account_type', 'holder_cpf'] as const;

export function accountColumns(cipher: FieldCipher, table: AccountTable, account: PayoutAccount | undefined, holderCpf: string | undefined, kind: PayoutAccount['kind']): AccountColumns {
  const seal = (value: string | undefined, column: string) => sealOrNull(cipher, value, `${table}.${column}`);
  const bank = account?.kind === 'BANK_ACCOUNT' ? account : undefined;
  const pixKey = account?.kind === 'PIX_KEY' ? account.pixKey : undefined;
  return {
    account_kind: kind, pix_key: seal(pixKey, 'pix_key'), ispb: bank?.ispb ?? null, branch: bank?.branch ?? null,
    account_number: seal(bank?.number, 'account_number'), account_type: bank?.accountType ?? null, holder_cpf: seal(holderCpf, 'holder_cpf'),
  };
}

/** The account opened; absent (with the CPF) once erased. */
export function accountOf(cipher: FieldCipher, table: AccountTable, row: AccountColumns): { account?: PayoutAccount; holderCpf?: string } {
  const open = (value: string | null, column: string) => openOrUndefined(cipher, value, `${table}.${column}`);
  const holderCpf = open(row.holder_cpf, 'holder_cpf');
  const pixKey = open(row.pix_key, 'pix_key');
  const number = open(row.account_number, 'account_number');
  if (row.account_kind === 'PIX_KEY' && pixKey) return { account: { kind: 'PIX_KEY', pixKey }, holderCpf };
  if (row.account_kind === 'BANK_ACCOUNT' && number && row.ispb && row.branch && row.account_type) {
    return { account: { kind: 'BANK_ACCOUNT', ispb: row.ispb, branch: row.branch, number, accountType: row.account_type as BankAccountType }, holderCpf };
  }
  return { holderCpf };
}
