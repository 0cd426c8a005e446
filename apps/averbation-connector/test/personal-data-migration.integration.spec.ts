import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createEnvelope, examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { migrateSealingPersonalData, sealClearRows } from '@consignado/service-kit';
import { leaks, sealingMigration } from '@consignado/testing';
import { AVERBATION_ENTITIES, AVERBATION_MIGRATIONS } from '../src/modules/averbation/database';
import { TypeOrmAlterationRepository } from '../src/modules/averbation/database/alteration.repository';
import { TypeOrmAverbationRepository } from '../src/modules/averbation/database/averbation.repository';
import { Averbation } from '../src/modules/averbation/domain/averbation';
import { DATA_SUBJECT_MIGRATIONS } from '../src/modules/data-subject/database';
import { JOBS_MIGRATIONS } from '../src/modules/jobs/database';
import { MARGIN_CHECK_ENTITIES, MARGIN_CHECK_MIGRATIONS } from '../src/modules/margin-check/database';
import { TypeOrmMarginCheckRepository } from '../src/modules/margin-check/database/margin-check.repository';
import { MarginCheck } from '../src/modules/margin-check/domain/margin-check';
import { PORTABILITY_ENTITIES, PORTABILITY_MIGRATIONS } from '../src/modules/portability/database';
import { TypeOrmPortabilityInRepository } from '../src/modules/portability/database/portability.repositories';
import { CONNECTOR_SEALING } from '../src/personal-data-at-rest';

const cipher = new FieldCipher(DEV_PII_KEY_RING);

const CLEAR = { cpf: '39053344705', otherCpf: '11144477735', benefit: '7341118901', otherBenefit: '7341118902' };
const customerId = randomUUID();
const ids = { pendingCheck: randomUUID(), doneCheck: randomUUID(), proposal: randomUUID(), otherProposal: randomUUID(), contract: randomUUID(), averbation: randomUUID() };
const marginRequest = createEnvelope('MarginCheckRequested', { payload: { proposalId: randomUUID(), customerId, cpf: CLEAR.cpf, benefitNumber: CLEAR.benefit } });
const averbationRequest = createEnvelope('AverbationRequested', { payload: { ...examplePayload('AverbationRequested'), contractId: ids.contract, proposalId: ids.proposal, customerId, cpf: CLEAR.cpf, benefitNumber: CLEAR.benefit } });
const amended = createEnvelope('ContractAmended', { payload: { ...examplePayload('ContractAmended'), contractId: ids.contract, customerId } });

/** Rows as the connector wrote them before personal data was sealed: every value in clear, no customer ids. */
async function clearRows(db: DataSource): Promise<void> {
  await db.query(`INSERT INTO margin_check (id, request_event_id, proposal_id, benefit_number, status, next_attempt_at, request) VALUES ($1, $2, $3, $4, 'PENDING', now(), $5)`, [
    ids.pendingCheck, marginRequest.eventId, marginRequest.payload.proposalId, CLEAR.benefit, JSON.stringify(marginRequest),
  ]);
  await db.query(`INSERT INTO margin_check (id, request_event_id, proposal_id, benefit_number, status, next_attempt_at) VALUES ($1, $2, $3, $4, 'CHECKED', now())`, [ids.doneCheck, randomUUID(), ids.proposal, CLEAR.otherBenefit]);
  await db.query(
    `INSERT INTO averbation (id, contract_id, proposal_id, benefit_number, installment_amount, status, next_attempt_at, protocol, registered_at, request) VALUES ($1, $2, $3, $4, '311.36', 'REGISTERED', now(), 'DTP-1', now(), $5)`,
    [ids.averbation, ids.contract, ids.proposal, CLEAR.benefit, JSON.stringify(averbationRequest)],
  );
  await db.query(
    `INSERT INTO averbation_alteration (id, contract_id, protocol, benefit_number, installment_amount, remaining_installments, effective_date, amended_at, payment_id, revision, request, status, next_attempt_at)
     VALUES ($1, $2, 'DTP-1', $3, '203.14', 25, '2026-03-25', now(), $4, 1, $5, 'APPLIED', now())`,
    [ids.averbation, ids.contract, CLEAR.benefit, randomUUID(), JSON.stringify(amended)],
  );
  const detail = (n: string) => JSON.stringify({ originIspb: '99100001', originContractNumber: `CTR-${n}`, balanceCause: { eventId: randomUUID(), metadata: marginRequest.metadata } });
  await db.query(`INSERT INTO portability_in (id, proposal_id, cpf, status, next_attempt_at, detail) VALUES ($1, $2, $3, 'OPENING', now(), $4), ($5, $6, NULL, 'AWAITING_BALANCE', now(), $7)`, [
    randomUUID(), ids.otherProposal, CLEAR.otherCpf, detail('1'), randomUUID(), ids.proposal, detail('2'),
  ]);
}

/** Personal data at rest (R-SEC-3): the start-up backfill, then the migrations that refuse clear data. */
describe('averbation-connector personal data at rest: migrations and the start-up backfill', () => {
  const sealing = sealingMigration({
    databaseOptions: serviceDatabaseOptions,
    entities: [...AVERBATION_ENTITIES, ...MARGIN_CHECK_ENTITIES, ...PORTABILITY_ENTITIES],
    migrations: [...AVERBATION_MIGRATIONS, ...MARGIN_CHECK_MIGRATIONS, ...PORTABILITY_MIGRATIONS, ...DATA_SUBJECT_MIGRATIONS, ...JOBS_MIGRATIONS],
    // CustomerOfConnectorRows1797230000000 and later came with customer ids and sealed personal data.
    clearBefore: 1797230000000,
    seed: clearRows,
    tables: ['margin_check', 'averbation', 'averbation_alteration', 'portability_in'],
  });

  it('rows written the old way are in clear, and the migration that refuses clear data refuses to run before the backfill', async () => {
    expect(leaks(await sealing.rows(), Object.values(CLEAR))).toEqual(Object.values(CLEAR));
    await expect(sealing.all.runMigrations({ transaction: 'each' })).rejects.toThrow('RequireSealedConnectorData: 2 margin_check rows still hold personal data in clear');
  });

  it('the start-up step gives the rows their customer, seals every value still in clear, then runs the rest of the migrations', async () => {
    await migrateSealingPersonalData(sealing.options(), CONNECTOR_SEALING, cipher, 1);
    const rows = await sealing.rows();
    expect(leaks(rows, Object.values(CLEAR))).toEqual([]);
    expect(rows).toHaveLength(6);
    const customers = await sealing.schema.dataSource.query(`SELECT 'm' || id AS id, customer_id FROM margin_check UNION ALL SELECT 'a' || id, customer_id FROM averbation UNION ALL SELECT 'p' || proposal_id, customer_id FROM portability_in`);
    expect(Object.fromEntries(customers.map((r: { id: string; customer_id: string | null }) => [r.id, r.customer_id]))).toEqual({
      [`m${ids.pendingCheck}`]: customerId, // its request named the customer
      [`m${ids.doneCheck}`]: customerId, // its proposal's averbation did
      [`a${ids.averbation}`]: customerId,
      [`p${ids.proposal}`]: customerId,
      [`p${ids.otherProposal}`]: null, // nothing names whose it is: found by proposal on erasure
    });
    const done = await sealing.schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE 'RequireSealed%'`);
    expect(done.map((r: { name: string }) => r.name)).toEqual(['RequireSealedConnectorData1797230000001']);
  });

  it('reads every sealed row back as it was written', async () => {
    const db = sealing.schema.dataSource;
    const averbations = new TypeOrmAverbationRepository(db, cipher);
    const row = await averbations.findRow(ids.contract);
    expect([row?.benefitNumber, row?.customerId, row?.request.payload.cpf, row?.request.payload.benefitNumber]).toEqual([CLEAR.benefit, customerId, CLEAR.cpf, CLEAR.benefit]);
    const averbation = await db.transaction((m) => averbations.lockByContract(m, ids.contract));
    expect(averbation?.snapshot.request.payload).toEqual(averbationRequest.payload);
    const alteration = await db.transaction((m) => new TypeOrmAlterationRepository(db, cipher).lock(m, ids.averbation));
    expect(alteration?.snapshot.benefitNumber).toBe(CLEAR.benefit);
    const [check] = await new TypeOrmMarginCheckRepository(db, cipher).claimDue(10, 60_000);
    expect(check.job.snapshot.request.payload).toEqual(marginRequest.payload);
    const portability = await db.transaction((m) => new TypeOrmPortabilityInRepository(db, cipher).lockBy(m, { proposalId: ids.otherProposal }));
    expect(portability?.snapshot.cpf).toBe(CLEAR.otherCpf);
  });

  it('is idempotent: run again, it seals nothing and changes nothing', async () => {
    const before = await sealing.rows();
    expect(await sealClearRows(sealing.schema.dataSource, CONNECTOR_SEALING, cipher)).toEqual({ margin_check: 0, averbation: 0, averbation_alteration: 0, portability_in: 0 });
    await migrateSealingPersonalData(sealing.options(), CONNECTOR_SEALING, cipher);
    expect(await sealing.rows()).toEqual(before);
  });

  it('new writes are sealed: the repositories never store a CPF or benefit number in clear', async () => {
    const db = sealing.schema.dataSource;
    const cpf = '52998224725';
    const benefitNumber = '7341118903';
    const request = createEnvelope('AverbationRequested', { payload: { ...examplePayload('AverbationRequested'), contractId: randomUUID(), proposalId: randomUUID(), customerId, cpf, benefitNumber } });
    await db.transaction((m) => new TypeOrmAverbationRepository(db, cipher).insert(m, Averbation.requested(randomUUID(), request, new Date())));
    const check = createEnvelope('MarginCheckRequested', { payload: { proposalId: randomUUID(), customerId, cpf, benefitNumber } });
    await db.transaction((m) => new TypeOrmMarginCheckRepository(db, cipher).insert(m, MarginCheck.requested(randomUUID(), check, new Date(Date.now() + 3_600_000))));
    const written = (await sealing.rows()).filter((r) => r.includes(request.payload.contractId) || r.includes(check.eventId));
    expect(written).toHaveLength(2);
    expect(written.filter((r) => r.includes(cpf) || r.includes(benefitNumber))).toEqual([]);
    expect((await new TypeOrmAverbationRepository(db, cipher).findRow(request.payload.contractId))?.request.payload).toMatchObject({ cpf, benefitNumber });
  });

  it('from now on the database refuses personal data in clear', async () => {
    const db = sealing.schema.dataSource;
    await expect(db.query(`UPDATE averbation SET benefit_number = $1`, [CLEAR.benefit])).rejects.toThrow(/averbation_benefit_number_sealed/);
    await expect(db.query(`UPDATE averbation SET request = jsonb_set(request, '{payload,cpf}', to_jsonb($1::text))`, [CLEAR.cpf])).rejects.toThrow(/averbation_request_sealed/);
    await expect(db.query(`UPDATE margin_check SET benefit_number = $1`, [CLEAR.benefit])).rejects.toThrow(/margin_check_benefit_number_sealed/);
    await expect(db.query(`UPDATE margin_check SET request = jsonb_set(request, '{payload,benefitNumber}', to_jsonb($1::text)) WHERE request IS NOT NULL`, [CLEAR.benefit])).rejects.toThrow(/margin_check_request_sealed/);
    await expect(db.query(`UPDATE averbation_alteration SET benefit_number = $1`, [CLEAR.benefit])).rejects.toThrow(/averbation_alteration_benefit_number_sealed/);
    await expect(db.query(`UPDATE portability_in SET cpf = $1`, [CLEAR.cpf])).rejects.toThrow(/portability_in_cpf_sealed/);
  });

  it('down() lifts the constraints again', async () => {
    // Undone down to the migration that refuses clear data; the ones after it (the jobs' trace context…) go first.
    const refusing = () => sealing.schema.dataSource.query(`SELECT 1 FROM migrations WHERE name LIKE 'RequireSealedConnectorData%'`);
    while ((await refusing()).length > 0) await sealing.all.undoLastMigration({ transaction: 'each' });
    await sealing.schema.dataSource.query(`UPDATE portability_in SET cpf = $1 WHERE proposal_id = $2`, [CLEAR.otherCpf, ids.otherProposal]);
    expect(leaks(await sealing.rows(), Object.values(CLEAR))).toEqual([CLEAR.otherCpf]);
  });
});
