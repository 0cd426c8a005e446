import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PAYMENT_MIGRATIONS } from '../src/database';

/** What came before the workout migrations (1798100000000 billing product, 1798100000001 renegotiation payment). */
const BEFORE = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1798100000000);

const ids = { contractId: randomUUID(), customerId: randomUUID() };

describe('migrations 1798100000000 (billing product) and 1798100000001 (renegotiation payment)', () => {
  let schema: IsolatedSchema;
  let all: DataSource;
  const q = (sql: string, params: unknown[] = []) => all.query(sql, params);
  const renegotiation = (settlement: object) =>
    q(`INSERT INTO payment (payment_id, customer_id, contract_id, source, purpose, amount, unallocated, overpayment, payment_date, paid_at, allocations, settlement)
       VALUES ($1, $2, $3, 'RENEGOTIATION', 'EARLY_SETTLEMENT', 1032.54, 1032.54, 0, '2026-05-20', now(), '[]', $4)`, [randomUUID(), ids.customerId, ids.contractId, JSON.stringify(settlement)]);

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE] });
    await schema.dataSource.query(`INSERT INTO billing (contract_id, customer_id, status, credit_balance) VALUES ($1, $2, 'ACTIVE', 0)`, [ids.contractId, ids.customerId]);
    all = new DataSource({ type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` }, migrations: [...messagingMigrations, ...PAYMENT_MIGRATIONS] });
    await all.initialize();
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all?.destroy();
    await schema?.drop();
  });

  it('up(): an existing billing has no product (unknown), only known products; one renegotiation per new contract, none without its terms', async () => {
    expect(await q(`SELECT product FROM billing`)).toEqual([{ product: null }]);
    await expect(q(`UPDATE billing SET product = 'CARTAO'`)).rejects.toThrow(/billing_product_check/);
    await q(`UPDATE billing SET product = 'INSS_CONSIGNADO'`);
    const replacedByContractId = randomUUID();
    await renegotiation({ reason: 'RENEGOTIATED', replacedByContractId, renegotiation: { renegotiationId: randomUUID() } });
    await expect(renegotiation({ reason: 'RENEGOTIATED', replacedByContractId, renegotiation: { renegotiationId: randomUUID() } })).rejects.toThrow(/payment_renegotiation/);
    await expect(renegotiation({ reason: 'RENEGOTIATED', replacedByContractId: randomUUID() })).rejects.toThrow(/payment_renegotiation_terms/);
  });

  it('down(): the renegotiation payment stays, the product column goes; up() again works', async () => {
    for (let k = 0; k < PAYMENT_MIGRATIONS.length - BEFORE.length; k += 1) await all.undoLastMigration({ transaction: 'each' });
    expect(await q(`SELECT source, settlement ->> 'reason' AS reason FROM payment`)).toEqual([{ source: 'RENEGOTIATION', reason: 'RENEGOTIATED' }]);
    expect(await q(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'billing' AND column_name = 'product'`)).toEqual([]);
    expect(await q(`SELECT to_regclass('payment_renegotiation') AS i`)).toEqual([{ i: null }]);
    await all.runMigrations({ transaction: 'each' });
    expect(await q(`SELECT product FROM billing`)).toEqual([{ product: null }]);
    expect(await q(`SELECT to_regclass('payment_renegotiation')::text AS i`)).toEqual([{ i: 'payment_renegotiation' }]);
  });
});
