import { randomUUID } from 'node:crypto';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { IsoDate } from '@consignado/finance';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema } from '@consignado/testing';
import { PROPOSAL_SERVICE_ENTITIES, PROPOSAL_SERVICE_MIGRATIONS } from '../src/database';
import { toRow as proposalRow } from '../src/modules/proposal/database/proposal.mapper';
import { Proposal } from '../src/modules/proposal/domain/proposal';
import { applicant } from '../src/modules/proposal/testing/applicant.fixture';
import { beforeSealing, insertClearCustomer, insertOlderProposalRow } from './clear-rows';

const cipher = new FieldCipher(DEV_PII_KEY_RING);

const columns = async (schema: IsolatedSchema): Promise<string[]> =>
  (await schema.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'proposal' AND column_name IN ('refinancing', 'portability_progress', 'contract_cancellation') ORDER BY 1`, [schema.schema])).map(
    (r: { column_name: string }) => r.column_name,
  );

/**
 * Migration RefinancingPortabilityProposal1795800000001: up, down (keeping the rows taken meanwhile)
 * and up again — the last migration here, personal data at rest has its own test.
 */
describe('proposal migration for refinancing and portability', () => {
  let schema: IsolatedSchema;

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...beforeSealing(PROPOSAL_SERVICE_MIGRATIONS)], entities: PROPOSAL_SERVICE_ENTITIES });
  });

  afterAll(async () => {
    await schema.drop();
  });

  it('takes a portability at 0.00, refuses 0.00 on a NEW loan, and survives down() and up() with its rows', async () => {
    const customer = applicant(randomUUID());
    await insertClearCustomer(schema.dataSource, customer);
    const request = { product: 'INSS_CONSIGNADO', operationType: 'PORTABILITY', portability: { originInstitutionIspb: '60746948', originContractNumber: 'C-1' }, termMonths: 30, withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') } as const;
    const ported = Proposal.open({ id: randomUUID(), customerId: customer.id, origin: { channel: 'INTERNAL', operatorId: 'op-1' }, request, correlationId: randomUUID() }, customer, new Date());
    await insertOlderProposalRow(schema.dataSource, proposalRow(ported, cipher));
    const zeroNew = { ...proposalRow(ported, cipher), id: randomUUID(), operationType: 'NEW', portability: null };
    await expect(insertOlderProposalRow(schema.dataSource, zeroNew)).rejects.toThrow(/proposal_requested_amount_by_operation/);
    expect(await columns(schema)).toEqual(['contract_cancellation', 'portability_progress', 'refinancing']);

    await schema.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await columns(schema)).toEqual([]);
    expect(await schema.dataSource.query(`SELECT requested_amount FROM proposal WHERE id = $1`, [ported.id])).toEqual([{ requested_amount: '0.00' }]);
    await expect(schema.dataSource.query(`UPDATE proposal SET requested_amount = 0 WHERE id = $1`, [ported.id])).rejects.toThrow(/proposal_requested_amount_check/);

    await schema.dataSource.runMigrations({ transaction: 'each' });
    expect(await columns(schema)).toEqual(['contract_cancellation', 'portability_progress', 'refinancing']);
  });
});
