import type { PayloadOf, PayoutAccount } from '@consignado/contracts';
import { maskPayoutKey } from '@consignado/core';

export type { PayoutAccount };

/**
 * The account a customer registered to receive money (R-LN-10), with the CPF of its holder.
 * Personal data: the key, the account number and the CPF are sealed at rest and never logged.
 */
export interface CustomerPayoutAccount {
  customerId: string;
  account: PayoutAccount;
  holderCpf: string;
  changedAt: Date;
}

export function payoutAccountOf(payload: PayloadOf<'CustomerPayoutAccountChanged'>): CustomerPayoutAccount {
  return { customerId: payload.customerId, account: payload.account, holderCpf: payload.holderCpf, changedAt: new Date(payload.changedAt) };
}

/** Newest changedAt wins: an older or equal change (a redelivery, a late event) does not replace the kept one. */
export function supersedes(incoming: CustomerPayoutAccount, kept: CustomerPayoutAccount | undefined): boolean {
  return kept === undefined || incoming.changedAt.getTime() > kept.changedAt.getTime();
}

/**
 * The account as a view shows it: an e-mail key keeps its first letter and domain
 * ("c***@example.com"); any other key or account number only its last four characters.
 */
export function maskAccount(account: PayoutAccount): string {
  return maskPayoutKey(account.kind === 'BANK_ACCOUNT' ? account.number : account.pixKey);
}
