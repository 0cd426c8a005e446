import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

/** A stored customer account: the CPF is the login, the id is the token's `sub`. */
export interface CustomerRow {
  accountId: string;
  cpf: string;
  passwordHash: string;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS customer_account (
  account_id uuid PRIMARY KEY,
  cpf char(11) NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`;

const COLUMNS = 'account_id AS "accountId", cpf, password_hash AS "passwordHash"';

/** Customer accounts in PostgreSQL (database consignado_identity, table customer_account). */
export class CustomerStore {
  private constructor(private readonly pool: Pool) {}

  /** Connects and creates the table when it does not exist. */
  static async open(url: string): Promise<CustomerStore> {
    const pool = new Pool({ connectionString: url, max: 5 });
    await pool.query(SCHEMA);
    return new CustomerStore(pool);
  }

  /** The new account's id (UUID v4), or undefined when the CPF already has an account. */
  async create(cpf: string, passwordHash: string): Promise<string | undefined> {
    const sql = 'INSERT INTO customer_account (account_id, cpf, password_hash) VALUES ($1, $2, $3) ON CONFLICT (cpf) DO NOTHING RETURNING account_id';
    const { rows } = await this.pool.query<{ account_id: string }>(sql, [randomUUID(), cpf, passwordHash]);
    return rows[0]?.account_id;
  }

  async byCpf(cpf: string): Promise<CustomerRow | undefined> {
    const { rows } = await this.pool.query<CustomerRow>(`SELECT ${COLUMNS} FROM customer_account WHERE cpf = $1`, [cpf]);
    return rows[0];
  }

  async byId(accountId: string): Promise<CustomerRow | undefined> {
    const { rows } = await this.pool.query<CustomerRow>(`SELECT ${COLUMNS} FROM customer_account WHERE account_id = $1`, [accountId]);
    return rows[0];
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
