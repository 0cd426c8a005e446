import type { Role } from './registry';

/** A customer of the digital channel: `sub` is the account id, the login is the CPF. */
export interface CustomerAccount {
  kind: 'customer';
  accountId: string;
  cpf: string;
}

/** A member of staff signing in to the backoffice console: `sub` is the username. */
export interface StaffAccount {
  kind: 'staff';
  accountId: string;
  roles: readonly Role[];
}

export type Account = CustomerAccount | StaffAccount;

/** The claims of the ID token and of `/me`: `sub`, and `cpf` for a customer. */
export function accountClaims(account: Account): Record<string, string> {
  return account.kind === 'customer' ? { sub: account.accountId, cpf: account.cpf } : { sub: account.accountId };
}
