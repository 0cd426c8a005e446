import { randomUUID } from 'node:crypto';
import { createEnvelope, examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { Cpf, InssBenefitNumber, IsoDate, Money } from '@consignado/finance';
import { messagingMigrations } from '@consignado/messaging';
import { migrateSealingPersonalData, sealClearRows } from '@consignado/service-kit';
import { leaks, sealingMigration, type SealingMigrationSetup } from '@consignado/testing';
import { DataSource } from 'typeorm';
import { PROPOSAL_SERVICE_ENTITIES, PROPOSAL_SERVICE_MIGRATIONS } from '../src/database';
import { TypeOrmCustomerRepository } from '../src/modules/customer/database/customer.repository';
import { Customer } from '../src/modules/customer/domain/customer';
import { TypeOrmParkedEventRepository } from '../src/modules/proposal/database/parked-event.repository';
import { toRow as proposalRow } from '../src/modules/proposal/database/proposal.mapper';
import { TypeOrmProposalRepository } from '../src/modules/proposal/database/proposal.repository';
import { TypeOrmTimelineRepository } from '../src/modules/proposal/database/timeline.repository';
import { Proposal } from '../src/modules/proposal/domain/proposal';
import { PROPOSAL_SEALING } from '../src/personal-data-at-rest';
import { beforeSealing, insertClearCustomer, insertOlderProposalRow } from './clear-rows';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const CLEAR = { cpf: '52998224725', name: 'Joana Sigilosa Prado', birthDate: '1957-04-03', income: '3456.78', expenses: '1234.56', benefitNumber: '9876543210', benefitValue: '2987.65', email: 'joana.sigilo@example.com', phone: '+5561987654321' };
const OTHER_CPF = '11144477735';
/** A decision reason as credit analysis words a servant's margin: a share of the net income. */
const INCOME_QUOTE = '30% da renda líquida (R$ 1.037,03) menos descontos consignados ativos de R$ 0,00';
const SUMMARY = `Crédito recusado: Parcela de R$ 1.100,00 excede a margem consignável de R$ 1.037,03: ${INCOME_QUOTE}.`;

const retired = (cpf: string, changes: Partial<Customer['props']> = {}) =>
  Customer.restore({
    id: randomUUID(),
    cpf: Cpf.of(cpf),
    name: CLEAR.name,
    birthDate: IsoDate.of(CLEAR.birthDate),
    monthlyIncome: Money.of(CLEAR.income),
    monthlyExpenses: Money.of(CLEAR.expenses),
    linkType: 'APOSENTADO',
    benefit: { number: InssBenefitNumber.of(CLEAR.benefitNumber), kind: 'APOSENTADORIA_POR_IDADE', value: Money.of(CLEAR.benefitValue), startDate: IsoDate.of('2020-01-15') },
    email: CLEAR.email,
    phone: CLEAR.phone,
    status: 'ACTIVE',
    registeredBy: { channel: 'INTERNAL', operatorId: 'op-1' },
    createdAt: new Date('2026-03-01T12:00:00.000Z'),
    ...changes,
  });

const joana = retired(CLEAR.cpf);
const bare = retired(OTHER_CPF, { linkType: 'EMPREGADO', monthlyExpenses: undefined, benefit: undefined, email: undefined, phone: undefined });
const proposal = Proposal.open(
  {
    id: randomUUID(),
    customerId: joana.id,
    origin: { channel: 'INTERNAL', operatorId: 'op-1' },
    request: { product: 'PERSONAL', operationType: 'NEW', requestedAmount: Money.of('10000.00'), termMonths: 24, withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') },
    correlationId: randomUUID(),
  },
  joana,
  new Date('2026-03-10T12:00:00.000Z'),
);
const decision = { outcome: 'REJECTED', reasons: [{ rule: 'SERVIDOR.MARGIN', code: 'CREDIT.MARGIN_EXCEEDED', passed: false, measured: '1100.00', limit: '1037.03', message: INCOME_QUOTE, parameterVersion: 'v1' }], parameterVersion: 'v1', decidedAt: '2026-03-10T12:01:00.000Z' };
const parked = createEnvelope('CreditApproved', { payload: { ...examplePayload('CreditApproved'), proposalId: proposal.id, customerId: joana.id, cpf: CLEAR.cpf, benefitNumber: CLEAR.benefitNumber }, metadata: { channel: 'SYSTEM' } });
const CLEAR_VALUES = [...Object.values(CLEAR), OTHER_CPF, INCOME_QUOTE, '1037.03'];

/** Rows as the service wrote them before personal data was sealed: every value in clear. */
async function clearRows(db: DataSource): Promise<void> {
  await insertClearCustomer(db, joana);
  await insertClearCustomer(db, bare);
  await insertOlderProposalRow(db, proposalRow(proposal, cipher));
  await db.query('UPDATE proposal SET decision = $2 WHERE id = $1', [proposal.id, JSON.stringify(decision)]);
  await db.query(
    `INSERT INTO proposal_timeline (proposal_id, event_id, event_type, direction, outcome, occurred_at, correlation_id, state_after, summary) VALUES ($1, $2, 'CreditRejected', 'CONSUMED', 'APPLIED', now(), $3, 'REJECTED', $4)`,
    [proposal.id, randomUUID(), proposal.props.correlationId, SUMMARY],
  );
  await db.query(`INSERT INTO proposal_parked_event (proposal_id, event_id, event_type, envelope, parked_at) VALUES ($1, $2, 'CreditApproved', $3, now())`, [proposal.id, parked.eventId, JSON.stringify(parked)]);
}

const PROPOSAL: SealingMigrationSetup = {
  databaseOptions: serviceDatabaseOptions,
  entities: PROPOSAL_SERVICE_ENTITIES,
  migrations: PROPOSAL_SERVICE_MIGRATIONS,
  // PrepareSealedCustomer1796600000001 and later came with sealed personal data (see beforeSealing).
  clearBefore: 1796600000001,
  seed: clearRows,
  tables: ['customer', 'proposal', 'proposal_timeline', 'proposal_parked_event'],
};

/** Personal data at rest (R-SEC-3): PrepareSealedCustomer, the start-up backfill, then the migrations that refuse clear data. */
describe('personal data at rest: migrations and the start-up backfill', () => {
  const sealing = sealingMigration(PROPOSAL);

  it('rows written the old way are in clear, and the migrations that refuse clear data refuse to run before the backfill', async () => {
    expect(leaks(await sealing.rows(), CLEAR_VALUES)).toEqual(CLEAR_VALUES);
    await expect(sealing.all.runMigrations({ transaction: 'each' })).rejects.toThrow('RequireSealedCustomer: 2 customer rows still hold personal data in clear');
    const [income] = await sealing.schema.dataSource.query(`SELECT monthly_income, pg_typeof(monthly_income)::text AS type, cpf_hash FROM customer WHERE id = $1`, [joana.id]);
    expect(income).toEqual({ monthly_income: CLEAR.income, type: 'text', cpf_hash: null });
  });

  it('the start-up step seals every row still in clear, a batch at a time, then runs the rest of the migrations', async () => {
    await migrateSealingPersonalData(sealing.options(), PROPOSAL_SEALING, cipher, 1);
    const rows = await sealing.rows();
    expect(leaks(rows, CLEAR_VALUES)).toEqual([]);
    expect(rows).toHaveLength(5);
    const hashes = await sealing.schema.dataSource.query('SELECT id, cpf_hash FROM customer WHERE id IN ($1, $2) ORDER BY cpf_hash', [joana.id, bare.id]);
    expect(Object.fromEntries(hashes.map((r: { id: string; cpf_hash: string }) => [r.id, r.cpf_hash]))).toEqual({ [joana.id]: cipher.lookup(CLEAR.cpf), [bare.id]: cipher.lookup(OTHER_CPF) });
    const done = await sealing.schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE 'RequireSealed%' ORDER BY name`);
    expect(done.map((r: { name: string }) => r.name)).toEqual(['RequireSealedCustomer1796600000002', 'RequireSealedProposalData1796600000003']);
  });

  it('reads every sealed row back as it was written: by id, by CPF, the decision, the timeline, the parked event', async () => {
    const db = sealing.schema.dataSource;
    const customers = new TypeOrmCustomerRepository(db, cipher);
    expect((await customers.findById(joana.id))?.props).toEqual(joana.props);
    expect((await customers.findById(bare.id))?.props).toEqual(bare.props);
    expect([await customers.findIdByCpf(CLEAR.cpf), await customers.findIdByCpf(OTHER_CPF), await customers.findIdByCpf('39053344705')]).toEqual([joana.id, bare.id, undefined]);
    expect((await new TypeOrmProposalRepository(db, cipher).findById(proposal.id))?.props.decision).toEqual(decision);
    expect((await new TypeOrmTimelineRepository(db, cipher).list(proposal.id)).map((e) => e.summary)).toEqual([SUMMARY]);
    expect(await new TypeOrmParkedEventRepository(cipher).list(db.manager, proposal.id)).toEqual([parked]);
  });

  it('is idempotent: run again, it seals nothing and changes nothing', async () => {
    const before = await sealing.rows();
    expect(await sealClearRows(sealing.schema.dataSource, PROPOSAL_SEALING, cipher)).toEqual({ customer: 0, proposal: 0, proposal_timeline: 0, proposal_parked_event: 0 });
    await migrateSealingPersonalData(sealing.options(), PROPOSAL_SEALING, cipher);
    expect(await sealing.rows()).toEqual(before);
  });

  it('from now on the database refuses personal data in clear, and a CPF twice', async () => {
    await expect(insertClearCustomer(sealing.schema.dataSource, retired('39053344705'))).rejects.toThrow(/customer_personal_data_present|customer_[a-z_]+_sealed/);
    await expect(sealing.schema.dataSource.query(`UPDATE customer SET email = $2 WHERE id = $1`, [joana.id, CLEAR.email])).rejects.toThrow(/customer_email_sealed/);
    await expect(sealing.schema.dataSource.query(`UPDATE proposal_timeline SET summary = 'Crédito recusado' WHERE proposal_id = $1`, [proposal.id])).rejects.toThrow(/proposal_timeline_summary_sealed/);
    await expect(sealing.schema.dataSource.query(`UPDATE proposal SET decision = $2 WHERE id = $1`, [proposal.id, JSON.stringify(decision)])).rejects.toThrow(/proposal_decision_sealed/);
    await expect(new TypeOrmCustomerRepository(sealing.schema.dataSource, cipher).insert(sealing.schema.dataSource.manager, retired(CLEAR.cpf))).resolves.toBe(false);
  });

  it('down(): the refusals come off; PrepareSealedCustomer refuses to undo itself over sealed rows; up again', async () => {
    // Later migrations (the audit trail…) come off first; then the two that refuse clear data.
    const later = PROPOSAL_SERVICE_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) > 1796600000003).length;
    for (let undo = 0; undo < later + 2; undo++) await sealing.all.undoLastMigration({ transaction: 'each' });
    expect(await sealing.schema.dataSource.query(`SELECT count(*)::int AS n FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND c.conname LIKE '%\\_sealed'`, [sealing.schema.schema])).toEqual([{ n: 0 }]);
    await expect(sealing.all.undoLastMigration({ transaction: 'each' })).rejects.toThrow('PrepareSealedCustomer down(): 2 customer rows hold sealed personal data');
    await sealing.all.runMigrations({ transaction: 'each' });
    expect(await sealing.schema.dataSource.query(`SELECT count(*)::int AS n FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND c.conname LIKE '%\\_sealed'`, [sealing.schema.schema])).toEqual([{ n: 13 }]);
  });
});

describe('PrepareSealedCustomer over rows still in clear', () => {
  const sealing = sealingMigration(PROPOSAL);

  it('up() keeps every value (now text), down() gives back the original columns and values', async () => {
    const original = await sealing.schema.dataSource.query('SELECT * FROM customer ORDER BY id');
    const expand = new DataSource({ ...sealing.options(), migrations: [...messagingMigrations, ...PROPOSAL_SERVICE_MIGRATIONS.filter((m) => m.name === 'PrepareSealedCustomer1796600000001' || beforeSealing([m]).length)], migrationsRun: false });
    await expand.initialize();
    try {
      await expand.runMigrations({ transaction: 'each' });
      const types = async () => (await sealing.schema.dataSource.query(`SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'customer' AND column_name IN ('birth_date', 'monthly_income', 'benefit_number') ORDER BY 1`, [sealing.schema.schema])).map((r: { c: string; t: string }) => `${r.c} ${r.t}`);
      expect(await types()).toEqual(['benefit_number text', 'birth_date text', 'monthly_income text']);
      expect((await sealing.schema.dataSource.query('SELECT monthly_income, birth_date FROM customer WHERE id = $1', [joana.id]))[0]).toEqual({ monthly_income: CLEAR.income, birth_date: CLEAR.birthDate });
      await expand.undoLastMigration({ transaction: 'each' });
      expect(await types()).toEqual(['benefit_number character', 'birth_date date', 'monthly_income numeric']);
      expect(await sealing.schema.dataSource.query('SELECT * FROM customer ORDER BY id')).toEqual(original);
    } finally {
      await expand.destroy();
    }
  });
});
