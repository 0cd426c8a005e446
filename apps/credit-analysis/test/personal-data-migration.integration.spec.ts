import { randomUUID } from 'node:crypto';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { migrateSealingPersonalData, sealClearRows } from '@consignado/service-kit';
import { leaks, sealingMigration } from '@consignado/testing';
import type { DataSource } from 'typeorm';
import { SERVICE_MIGRATIONS } from '../src/app.module';
import { ANALYSIS_ENTITIES } from '../src/modules/analysis/database';
import { TypeOrmAnalysisRepository } from '../src/modules/analysis/database/analysis.repository';
import { inssPayload } from '../src/modules/analysis/testing/proposal.fixtures';
import { PROJECTION_ENTITIES } from '../src/modules/contract-projection/database';
import { TypeOrmContractPositions } from '../src/modules/contract-projection/database/contract-position.repository';
import { oldContract } from '../src/modules/contract-projection/testing/position.fixtures';
import { CREDIT_ANALYSIS_SEALING } from '../src/personal-data-at-rest';

const cipher = new FieldCipher(DEV_PII_KEY_RING);

const [decided, cancelled, contractId] = [randomUUID(), randomUUID(), randomUUID()];
const application = inssPayload({ proposalId: decided, cpf: '39053344705', birthDate: '1958-07-21', monthlyIncome: '4321.09', benefit: { number: '9876543210', kind: 'APOSENTADORIA_POR_IDADE', value: '3456.78', startDate: '2020-01-15' } });
const margin = { benefitNumber: '9876543210', loan: { limit: '1209.87', used: '0.00', available: '1209.87' }, restrictions: [], checkedAt: '2026-03-10T12:00:04.000Z', fromCache: false };
const reasons = [{ rule: 'INSS.AGE', passed: true, measured: '75 anos e 8 meses', limit: 'abaixo de 80 anos', message: 'Idade ao final do contrato abaixo de 80 anos.', parameterVersion: 'CA-INSS-2024-07' }];
const position = oldContract({ contractId, benefitNumber: '9876543210' });
const CLEAR = ['39053344705', '1958-07-21', '4321.09', '9876543210', '3456.78', '1209.87', '75 anos e 8 meses'];

/** Rows as the service wrote them before personal data was sealed: every document as JSON, in clear. */
async function clearRows(db: DataSource): Promise<void> {
  const insert = `INSERT INTO analysis (proposal_id, customer_id, state, product, application, reasons, parameter_versions, margin, created_at, updated_at, decided_at)
    VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, '[]', $7::jsonb, now(), now(), $8)`;
  await db.query(insert, [decided, application.customerId, 'APPROVED', 'INSS_CONSIGNADO', JSON.stringify(application), JSON.stringify(reasons), JSON.stringify(margin), new Date()]);
  await db.query(insert, [cancelled, randomUUID(), 'CANCELLED', null, null, '[]', null, null]);
  await db.query(`INSERT INTO contract_position (contract_id, customer_id, revision, status, product, payload, updated_at) VALUES ($1, $2, 1, 'ACTIVE', 'INSS_CONSIGNADO', $3::jsonb, now())`, [contractId, position.customerId, JSON.stringify(position)]);
}

/** Personal data at rest (R-SEC-3): the start-up backfill, then the migrations that refuse clear data. */
describe('credit-analysis personal data at rest: migrations and the start-up backfill', () => {
  const sealing = sealingMigration({
    databaseOptions: serviceDatabaseOptions,
    entities: [...ANALYSIS_ENTITIES, ...PROJECTION_ENTITIES],
    migrations: SERVICE_MIGRATIONS,
    // RequireSealedAnalysisData1797210000001 and later came with sealed personal data.
    clearBefore: 1797210000001,
    seed: clearRows,
    tables: ['analysis', 'contract_position'],
  });

  it('rows written the old way are in clear, and the migrations that refuse clear data refuse to run before the backfill', async () => {
    expect(leaks(await sealing.rows(), CLEAR)).toEqual(CLEAR);
    await expect(sealing.all.runMigrations({ transaction: 'each' })).rejects.toThrow('RequireSealedAnalysisData: rows still in clear (1 analysis (analysis_application_sealed), 1 analysis (analysis_margin_sealed), 1 analysis (analysis_reasons_sealed))');
  });

  it('the start-up step seals every row still in clear, a batch at a time, then runs the rest of the migrations', async () => {
    await migrateSealingPersonalData(sealing.options(), CREDIT_ANALYSIS_SEALING, cipher, 1);
    expect(leaks(await sealing.rows(), CLEAR)).toEqual([]);
    const done = await sealing.schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE 'RequireSealed%' ORDER BY name`);
    expect(done.map((r: { name: string }) => r.name)).toEqual(['RequireSealedAnalysisData1797210000001', 'RequireSealedContractPosition1797210000002']);
  });

  it('reads every sealed row back as it was written', async () => {
    const analysis = (await new TypeOrmAnalysisRepository(sealing.schema.dataSource, cipher).findById(decided))?.snapshot();
    expect(analysis).toMatchObject({ state: 'APPROVED', application, margin, reasons });
    expect((await new TypeOrmAnalysisRepository(sealing.schema.dataSource, cipher).findById(cancelled))?.snapshot()).toMatchObject({ state: 'CANCELLED', application: undefined, reasons: [] });
    const projected = await new TypeOrmContractPositions(sealing.schema.dataSource, cipher).findById(contractId);
    expect(projected?.payload).toEqual(position);
  });

  it('is idempotent: run again, it seals nothing and changes nothing', async () => {
    const before = await sealing.rows();
    expect(await sealClearRows(sealing.schema.dataSource, CREDIT_ANALYSIS_SEALING, cipher)).toEqual({ analysis: 0, contract_position: 0 });
    await migrateSealingPersonalData(sealing.options(), CREDIT_ANALYSIS_SEALING, cipher);
    expect(await sealing.rows()).toEqual(before);
  });

  it('from now on the database refuses personal data in clear', async () => {
    const db = sealing.schema.dataSource;
    await expect(db.query(`UPDATE analysis SET application = $2::jsonb WHERE proposal_id = $1`, [decided, JSON.stringify(application)])).rejects.toThrow(/analysis_application_sealed/);
    await expect(db.query(`UPDATE analysis SET margin = $2::jsonb WHERE proposal_id = $1`, [decided, JSON.stringify(margin)])).rejects.toThrow(/analysis_margin_sealed/);
    await expect(db.query(`UPDATE analysis SET reasons = $2::jsonb WHERE proposal_id = $1`, [decided, JSON.stringify(reasons)])).rejects.toThrow(/analysis_reasons_sealed/);
    await expect(db.query(`UPDATE contract_position SET payload = $2::jsonb WHERE contract_id = $1`, [contractId, JSON.stringify(position)])).rejects.toThrow(/contract_position_benefit_number_sealed/);
  });

  it('down() lifts the constraints again', async () => {
    // Back through RequireSealedAnalysisData1797210000001: the migrations after it are undone first.
    const through = sealing.all.migrations.filter((m) => Number(m.name?.slice(-13)) >= 1797210000001).length;
    for (let k = 0; k < through; k += 1) await sealing.all.undoLastMigration({ transaction: 'each' });
    await sealing.schema.dataSource.query(`UPDATE contract_position SET payload = $2::jsonb WHERE contract_id = $1`, [contractId, JSON.stringify(position)]);
    await sealing.schema.dataSource.query(`UPDATE analysis SET application = $2::jsonb WHERE proposal_id = $1`, [decided, JSON.stringify(application)]);
  });
});
