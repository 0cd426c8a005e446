import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PAYMENT_MIGRATIONS } from '../src/database';

/** What came before credit refunds (1798000000000) and credit applications (1798000000001). */
const BEFORE = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1798000000000);
/** Up to them: later migrations are not this suite's (undoLastMigration must reach these two). */
const UP_TO = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) <= 1798000000001);
const SEALED = 'pii:v1:opaque';

describe('migrations 1798000000000–1 (credit refunds and applications)', () => {
  let schema: IsolatedSchema;
  let all: DataSource;
  const q = (sql: string, params: unknown[] = []) => all.query(sql, params);
  const [customerId, contractId] = [randomUUID(), randomUUID()];
  const attempt = (parentId: string | null, status: string) =>
    q(`INSERT INTO disbursement_attempt (disbursement_id, ${parentId ? 'parent_id, ' : ''}contract_id, amount, account_kind, pix_key, holder_cpf, account_changed_at, status, requested_at)
       VALUES ($1, ${parentId ? '$5, ' : ''}$2, 980, 'PIX_KEY', $3, $3, now(), $4, now())`, [randomUUID(), contractId, SEALED, status, ...(parentId ? [parentId] : [])]);
  const refundRow = (id: string) => q(`INSERT INTO disbursement (id, contract_id, customer_id, purpose, amount, status, created_at) VALUES ($1, $2, $3, 'CREDIT_REFUND', 35.3, 'REQUESTED', now())`, [id, contractId, customerId]);

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE] });
    all = new DataSource({ type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` }, migrations: [...messagingMigrations, ...UP_TO] });
    await all.initialize();
    // A loan release written before: released, regretted, its return due.
    await q(`INSERT INTO disbursement (contract_id, customer_id, purpose, amount, status, created_at) VALUES ($1, $2, 'LOAN_RELEASE', 980, 'RELEASED', now())`, [contractId, customerId]);
    await attempt(null, 'REQUESTED');
    await q(`INSERT INTO regret_return (contract_id, customer_id, amount_due, status, due_since) VALUES ($1, $2, 980, 'DUE', now())`, [contractId, customerId]);
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all?.destroy();
    await schema?.drop();
  });

  it('up(): the release keeps its contract id as its id; a release AND refunds live on one contract, never two live attempts of one, never two releases', async () => {
    expect(await q(`SELECT id = contract_id AS same FROM disbursement`)).toEqual([{ same: true }]);
    expect(await q(`SELECT parent_id = contract_id AS same FROM disbursement_attempt`)).toEqual([{ same: true }]);
    const [r1, r2] = [randomUUID(), randomUUID()];
    await refundRow(r1);
    await refundRow(r2);
    await attempt(r1, 'REQUESTED');
    await attempt(r2, 'REQUESTED');
    await expect(attempt(r1, 'REQUESTED')).rejects.toThrow(/disbursement_attempt_live/);
    await expect(attempt(contractId, 'REQUESTED')).rejects.toThrow(/disbursement_attempt_live/);
    await expect(q(`INSERT INTO disbursement (id, contract_id, customer_id, purpose, amount, status, created_at) VALUES ($1, $1, $2, 'LOAN_RELEASE', 1, 'REQUESTED', now())`, [randomUUID(), customerId])).resolves.toBeDefined();
    await expect(q(`INSERT INTO disbursement (id, contract_id, customer_id, purpose, amount, status, created_at) VALUES ($1, $2, $3, 'LOAN_RELEASE', 1, 'REQUESTED', now())`, [randomUUID(), contractId, customerId])).rejects.toThrow(/disbursement_release_id|disbursement_loan_release/);
    await expect(q(`INSERT INTO disbursement (id, contract_id, customer_id, purpose, status, created_at) VALUES ($1, $2, $3, 'CREDIT_REFUND', 'REQUESTED', now())`, [randomUUID(), contractId, customerId])).rejects.toThrow(/disbursement_refund|disbursement_amount/);
  });

  it('down(): refused while refunds exist; without them the release of funds as before (one live attempt per contract), and up() again', async () => {
    await all.undoLastMigration({ transaction: 'each' }); // credit_application
    await expect(all.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/credit refund/);
    await q(`DELETE FROM disbursement_attempt WHERE parent_id <> contract_id`);
    await q(`DELETE FROM disbursement WHERE purpose = 'CREDIT_REFUND' OR id <> $1`, [contractId]);
    await all.undoLastMigration({ transaction: 'each' });
    expect(await q(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'disbursement' AND column_name = 'id'`)).toEqual([]);
    await expect(attempt(null, 'REQUESTED')).rejects.toThrow(/disbursement_attempt_live/);
    expect(await q(`SELECT count(*)::int AS n FROM regret_return`)).toEqual([{ n: 1 }]);
    await all.runMigrations({ transaction: 'each' });
    expect(await q(`SELECT to_regclass('credit_application') IS NOT NULL AS present`)).toEqual([{ present: true }]);
  });
});
