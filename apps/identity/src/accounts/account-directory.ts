import type { Account } from '../domain/account';
import { isValidCpf, normalizeCpf } from '../domain/cpf';
import { DECOY_HASH, verifyPassword } from '../domain/password';
import type { Role } from '../domain/registry';
import type { CustomerStore } from './customer-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface StaffDirectory {
  roles: Readonly<Record<string, readonly Role[]>>;
  hashes: Readonly<Record<string, string>>;
}

/** Every account that can sign in: customers (PostgreSQL) and staff (dev registry + staff.json hashes). */
export class AccountDirectory {
  constructor(
    private readonly customers: CustomerStore,
    private readonly staff: StaffDirectory,
  ) {}

  /** The account whose `sub` is `accountId`: a UUID is a customer, anything else a username. */
  async find(accountId: string): Promise<Account | undefined> {
    if (UUID.test(accountId)) {
      const row = await this.customers.byId(accountId);
      return row && { kind: 'customer', accountId: row.accountId, cpf: row.cpf.trim() };
    }
    const roles = Object.hasOwn(this.staff.roles, accountId) ? this.staff.roles[accountId] : undefined;
    return roles && { kind: 'staff', accountId, roles };
  }

  /** The account when `login`/`password` match one of `kind`; as slow for an unknown login. */
  async authenticate(kind: Account['kind'], login: string, password: string): Promise<Account | undefined> {
    const found = kind === 'customer' ? await this.customerLogin(login) : this.staffLogin(login);
    const ok = await verifyPassword(password, found?.hash ?? DECOY_HASH);
    return ok && found ? this.find(found.accountId) : undefined;
  }

  private async customerLogin(login: string): Promise<{ accountId: string; hash: string } | undefined> {
    if (!isValidCpf(login)) return undefined;
    const row = await this.customers.byCpf(normalizeCpf(login));
    return row && { accountId: row.accountId, hash: row.passwordHash };
  }

  private staffLogin(login: string): { accountId: string; hash: string } | undefined {
    return Object.hasOwn(this.staff.hashes, login) ? { accountId: login, hash: this.staff.hashes[login] } : undefined;
  }
}
