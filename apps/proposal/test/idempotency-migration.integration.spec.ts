import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { contentHash, DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { IsoDate, Money, MonthlyRate } from '@consignado/finance';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PROPOSAL_SERVICE_ENTITIES, PROPOSAL_SERVICE_MIGRATIONS } from '../src/database';
import { Proposal } from '../src/modules/proposal/domain/proposal';
import { proposalResultCodec } from '../src/modules/proposal/database/proposal-result.codec';
import { toRow as proposalRow } from '../src/modules/proposal/database/proposal.mapper';
import { proposalView } from '../src/modules/proposal/queries/get-proposal/proposal.view';
import { applicant } from '../src/modules/proposal/testing/applicant.fixture';
import { beforeSealing, insertClearCustomer, insertOlderProposalRow } from './clear-rows';

/**
 * The migrations as they were before the shared idempotency_key table — plus the later columns of
 * the proposal row (RefinancingPortabilityProposal, independent of the keys), which the row
 * inserted below needs. Up to the keys' move only: personal data at rest has its own test.
 */
const BEFORE = PROPOSAL_SERVICE_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1795500000003 || m.name === 'RefinancingPortabilityProposal1795800000001');
const UP_TO_THE_MOVE = beforeSealing(PROPOSAL_SERVICE_MIGRATIONS);
const PARTNER = '6f1c2d3e-0000-4000-8000-00000000a1fa';
const cipher = new FieldCipher(DEV_PII_KEY_RING);
const PROPOSAL_RESULT = proposalResultCodec(cipher);

describe('Idempotency-Keys stored before the shared table (proposal)', () => {
  const customer = applicant(randomUUID());
  const proposal = Proposal.open(
    {
      id: randomUUID(),
      customerId: customer.id,
      origin: { channel: 'CORBAN', partnerId: PARTNER },
      request: { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: Money.of('10000.00'), termMonths: 96, monthlyRate: MonthlyRate.of('0.0185'), withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') },
      correlationId: randomUUID(),
    },
    customer,
    new Date('2026-03-10T12:00:00.123Z'),
  );
  const firstAnswer = proposalView(proposal, []);
  let schema: IsolatedSchema;
  let all: DataSource;

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE], entities: PROPOSAL_SERVICE_ENTITIES });
    await insertClearCustomer(schema.dataSource, customer);
    await insertOlderProposalRow(schema.dataSource, proposalRow(proposal, cipher));
    await schema.dataSource.query(
      `INSERT INTO idempotency_key (scope, key, fingerprint, response_status, response_body, proposal_id, created_at) VALUES ($1, 'key-1', $2, 201, $3, $4, now())`,
      [`CORBAN:${PARTNER}`, contentHash({ a: 1 }), JSON.stringify(firstAnswer), proposal.id],
    );
    all = new DataSource({ type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` }, migrations: [...messagingMigrations, ...UP_TO_THE_MOVE] });
    await all.initialize();
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all.destroy();
    await schema.drop();
  });

  it('up(): the key is in idempotency_key, scoped to the use case and caller, and replays the first answer', async () => {
    const rows = await all.query(`SELECT scope, key, fingerprint, result FROM idempotency_key`);
    expect(rows.map((r: { scope: string; key: string; fingerprint: string }) => [r.scope, r.key, r.fingerprint])).toEqual([[`create-proposal:CORBAN:${PARTNER}`, 'key-1', contentHash({ a: 1 })]]);
    expect(proposalView(PROPOSAL_RESULT.decode(rows[0].result), [])).toEqual(firstAnswer);
    expect(await all.query(`SELECT to_regclass('proposal_idempotency_key') AS t`)).toEqual([{ t: null }]);
  });

  it('down(): the proposal\'s own table comes back with the first answer', async () => {
    for (let k = 0; k < 3; k += 1) await all.undoLastMigration({ transaction: 'each' });
    const [row] = await all.query(`SELECT scope, key, fingerprint, response_status, response_body, proposal_id FROM idempotency_key`);
    expect(row).toEqual({ scope: `CORBAN:${PARTNER}`, key: 'key-1', fingerprint: contentHash({ a: 1 }), response_status: 201, response_body: firstAnswer, proposal_id: proposal.id });
  });
});
