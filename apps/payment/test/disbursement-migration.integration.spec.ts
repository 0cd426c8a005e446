import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PAYMENT_MIGRATIONS } from '../src/database';

/** What came before the release of funds (1797900000000). */
const BEFORE = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1797900000000);
/** Up to it: the later ones (credit refunds, 1798000000000) have their own spec. */
const UP_TO = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) <= 1797900000000);
const SEALED = 'pii:v1:opaque';

describe('migration 1797900000000 (release of funds)', () => {
  let schema: IsolatedSchema;
  let all: DataSource;
  const q = (sql: string, params: unknown[] = []) => all.query(sql, params);
  const tables = async () => (await q(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('payout_account','disbursement','disbursement_attempt','regret_return','regret_return_receipt') ORDER BY 1`)).map((r: any) => r.table_name);
  const attempt = (contractId: string, status: string) =>
    q(`INSERT INTO disbursement_attempt (disbursement_id, contract_id, amount, account_kind, pix_key, holder_cpf, account_changed_at, status, requested_at, failure_code, failed_at)
       VALUES ($1, $2, 980, 'PIX_KEY', $3, $3, now(), $4, now(), $5, $6)`, [randomUUID(), contractId, SEALED, status, status === 'FAILED' ? 'RAIL.KEY_NOT_FOUND' : null, status === 'FAILED' ? new Date() : null]);

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE] });
    all = new DataSource({ type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` }, migrations: [...messagingMigrations, ...UP_TO] });
    await all.initialize();
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all?.destroy();
    await schema?.drop();
  });

  it('up(): accounts sealed only; one live attempt per disbursement; a return never above what is due', async () => {
    const [customerId, contractId] = [randomUUID(), randomUUID()];
    await expect(q(`INSERT INTO payout_account (customer_id, account_kind, pix_key, holder_cpf, changed_at) VALUES ($1, 'PIX_KEY', 'cliente@example.com', $2, now())`, [customerId, SEALED])).rejects.toThrow(/pix_key_check/);
    await q(`INSERT INTO payout_account (customer_id, account_kind, pix_key, holder_cpf, changed_at) VALUES ($1, 'PIX_KEY', $2, $2, now())`, [customerId, SEALED]);
    await q(`INSERT INTO disbursement (contract_id, customer_id, purpose, amount, status, created_at) VALUES ($1, $2, 'LOAN_RELEASE', 980, 'REQUESTED', now())`, [contractId, customerId]);
    await attempt(contractId, 'FAILED');
    await attempt(contractId, 'REQUESTED');
    await expect(attempt(contractId, 'REQUESTED')).rejects.toThrow(/disbursement_attempt_live/);
    await q(`INSERT INTO regret_return (contract_id, customer_id, amount_due, status, due_since) VALUES ($1, $2, 980, 'DUE', now())`, [contractId, customerId]);
    await expect(q(`UPDATE regret_return SET amount_received = 980.01`)).rejects.toThrow(/regret_return_check|amount_received/);
    await expect(q(`UPDATE regret_return SET amount_received = 980`)).rejects.toThrow(/regret_return_received/);
  });

  it('down(): the release of funds\' tables go, every other table stays; up() again works', async () => {
    expect(await tables()).toHaveLength(5);
    await all.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    expect(await q(`SELECT count(*)::int AS n FROM billing`)).toEqual([{ n: 0 }]);
    await all.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(['disbursement', 'disbursement_attempt', 'payout_account', 'regret_return', 'regret_return_receipt']);
  });
});
