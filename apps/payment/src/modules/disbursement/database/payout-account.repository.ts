import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { CustomerPayoutAccount } from '../domain/payout-account';
import { ACCOUNT_COLUMN_NAMES, type AccountColumns, accountColumns, accountOf } from './account.columns';

export const PAYOUT_ACCOUNT_REPOSITORY = Symbol('PAYOUT_ACCOUNT_REPOSITORY');

/** Port: each customer's payout account, one row, sealed at rest (R-SEC-3). */
export interface PayoutAccountRepository {
  /** The customer's account; undefined when none was registered or it was erased. */
  find(manager: EntityManager, customerId: string): Promise<CustomerPayoutAccount | undefined>;
  /** Keeps the account when its changedAt is newer than the one kept (or none is); true when it did. */
  keepIfNewer(manager: EntityManager, payout: CustomerPayoutAccount): Promise<boolean>;
}

type Row = AccountColumns & { customer_id: string; changed_at: Date };
const COLUMNS = ['customer_id', ...ACCOUNT_COLUMN_NAMES, 'changed_at'];

@Injectable()
export class SqlPayoutAccountRepository implements PayoutAccountRepository {
  constructor(@Inject(FieldCipher) private readonly cipher: FieldCipher) {}

  async find(manager: EntityManager, customerId: string): Promise<CustomerPayoutAccount | undefined> {
    const [row] = (await manager.query(`SELECT * FROM payout_account WHERE customer_id = $1`, [customerId])) as Row[];
    if (!row) return undefined;
    const { account, holderCpf } = accountOf(this.cipher, 'payout_account', row);
    return account && holderCpf ? { customerId, account, holderCpf, changedAt: row.changed_at } : undefined;
  }

  async keepIfNewer(manager: EntityManager, payout: CustomerPayoutAccount): Promise<boolean> {
    const row: Row = { customer_id: payout.customerId, ...accountColumns(this.cipher, 'payout_account', payout.account, payout.holderCpf, payout.account.kind), changed_at: payout.changedAt };
    const values = COLUMNS.map((c) => row[c as keyof Row]);
    const updates = COLUMNS.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    // One statement: a concurrent or older change never overwrites a newer one (an erased row keeps its changedAt).
    const inserted = await manager.query(
      `INSERT INTO payout_account (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, k) => `$${k + 1}`).join(', ')})
       ON CONFLICT (customer_id) DO UPDATE SET ${updates} WHERE payout_account.changed_at < EXCLUDED.changed_at RETURNING customer_id`,
      values,
    );
    return (inserted as unknown[]).length > 0;
  }
}
