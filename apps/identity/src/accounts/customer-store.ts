import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { FieldCipher } from '@consignado/core';

/** A stored customer account: the CPF is the login, the id is the token's `sub`. */
export interface CustomerRow {
  accountId: string;
  cpf: string;
  passwordHash: string;
}

/**
 * The CPF is never stored in clear (LGPD, R-SEC-3): `cpf_hash` (keyed HMAC) finds a login,
 * `cpf_sealed` (AES-256-GCM) gives the claim back. Accounts of the first layout, with a clear
 * `cpf`, are moved over at boot and that table dropped.
 */
const SCHEMA = `CREATE TABLE IF NOT EXISTS customer_login (
  account_id uuid PRIMARY KEY,
  cpf_hash char(64) NOT NULL UNIQUE,
  cpf_sealed text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`;
const FIELD = 'customer_login.cpf';

/** Customer accounts in PostgreSQL (database consignado_identity, table customer_login). */
export class CustomerStore {
  private constructor(
    private readonly pool: Pool,
    private readonly cipher: FieldCipher,
  ) {}

  /** Connects, creates the table when it does not exist and seals accounts left in clear. */
  static async open(url: string, cipher: FieldCipher): Promise<CustomerStore> {
    const pool = new Pool({ connectionString: url, max: 5 });
    await pool.query(SCHEMA);
    const store = new CustomerStore(pool, cipher);
    await store.sealClearAccounts();
    return store;
  }

  /** The new account's id (UUID v4), or undefined when the CPF already has an account. */
  async create(cpf: string, passwordHash: string, accountId: string = randomUUID()): Promise<string | undefined> {
    const sql = 'INSERT INTO customer_login (account_id, cpf_hash, cpf_sealed, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (cpf_hash) DO NOTHING RETURNING account_id';
    const { rows } = await this.pool.query<{ account_id: string }>(sql, [accountId, this.cipher.lookup(cpf), this.cipher.seal(cpf, FIELD), passwordHash]);
    return rows[0]?.account_id;
  }

  async byCpf(cpf: string): Promise<CustomerRow | undefined> {
    return this.one('cpf_hash = $1', this.cipher.lookup(cpf));
  }

  async byId(accountId: string): Promise<CustomerRow | undefined> {
    return this.one('account_id = $1', accountId);
  }

  /** Deletes the account of a CPF (LGPD erasure); false when it had none. */
  async deleteByCpf(cpf: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM customer_login WHERE cpf_hash = $1', [this.cipher.lookup(cpf)]);
    return (rowCount ?? 0) > 0;
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async one(where: string, value: string): Promise<CustomerRow | undefined> {
    const { rows } = await this.pool.query<{ accountId: string; sealed: string; passwordHash: string }>(
      `SELECT account_id AS "accountId", cpf_sealed AS sealed, password_hash AS "passwordHash" FROM customer_login WHERE ${where}`,
      [value],
    );
    return rows[0] && { accountId: rows[0].accountId, cpf: this.cipher.open(rows[0].sealed, FIELD), passwordHash: rows[0].passwordHash };
  }

  /** Moves accounts of the first layout (clear `cpf` in customer_account), keeping their ids. */
  private async sealClearAccounts(): Promise<void> {
    const { rows } = await this.pool.query<{ exists: boolean }>(`SELECT to_regclass('customer_account') IS NOT NULL AS exists`);
    if (!rows[0]?.exists) return;
    const old = await this.pool.query<{ account_id: string; cpf: string; password_hash: string }>('SELECT account_id, cpf, password_hash FROM customer_account');
    for (const row of old.rows) await this.create(row.cpf.trim(), row.password_hash, row.account_id);
    await this.pool.query('DROP TABLE customer_account');
  }
}
