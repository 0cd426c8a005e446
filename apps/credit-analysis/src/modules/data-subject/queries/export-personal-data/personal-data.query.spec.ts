import { randomUUID } from 'node:crypto';
import type { Principal } from '@consignado/auth';
import { Analysis } from '../../../analysis/domain/analysis';
import { inssPayload } from '../../../analysis/testing/proposal.fixtures';
import { projectContract } from '../../../contract-projection/domain/project-contract';
import { oldContract } from '../../../contract-projection/testing/position.fixtures';
import type { CustomerRecords } from '../../database/customer-records';
import { computeProfile } from '../../../personalization/domain/financial-profile';
import { personalDataOf } from './personal-data.query';

const customerId = randomUUID();
const now = new Date('2026-05-01T10:00:00.000Z');
const customer = (id: string): Principal => ({ channel: 'DIGITAL', clientId: 'digital-app', customerId: id, cpf: '52998224725', scopes: ['privacy'] });
const officer: Principal = { channel: 'INTERNAL', clientId: 'privacy-office', operatorId: 'privacy-office', roles: ['PRIVACY_OFFICER'], scopes: ['privacy'] };
const erasure = { requestId: randomUUID(), origin: 'DATA_SUBJECT', rows: { analysis: 1 }, anonymizedAt: '2026-04-30T10:00:00.000Z' };

const profile = computeProfile(customerId, { input: { id_cliente: customerId, renda_mensal_bruta: '3100.00' }, sources: { renda_mensal_bruta: 'DECLARED' } }, {}, '2026-05-01', now);

/** One INSS analysis, one projected contract and one financial profile of `customerId`, nothing of anyone else. */
const records: CustomerRecords = {
  analysesOf: async (id) => (id === customerId ? [Analysis.receive(inssPayload({ customerId }), randomUUID(), now)] : []),
  positionsOf: async (id) => (id === customerId ? [projectContract(oldContract({ customerId }))] : []),
  erasuresOf: async (id) => (id === customerId ? [erasure] : []),
  personalizationOf: async (id) => (id === customerId ? { profiles: [profile], recommendations: [] } : { profiles: [], recommendations: [] }),
};

describe('personalDataOf (LGPD art. 18 II)', () => {
  it.each([['the privacy officer', officer], ['the customer themself', customer(customerId)]])('gives %s every record, personal data opened', async (_who, caller) => {
    const section = await personalDataOf(records, customerId, caller, now);
    expect(section).toMatchObject({ service: 'credit-analysis', customerId, generatedAt: now.toISOString(), erasures: [erasure] });
    expect(section.records.analyses).toEqual([expect.objectContaining({ customerId, state: 'RECEIVED', application: expect.objectContaining({ cpf: '52998224725', benefit: expect.objectContaining({ number: '1234567890' }) }) })]);
    expect(section.records.contractPositions).toEqual([expect.objectContaining({ customerId, benefitNumber: '1234567890' })]);
    expect(section.records.financialProfiles).toEqual([expect.objectContaining({ profileId: profile.profileId, input: expect.objectContaining({ renda_mensal_bruta: '3100.00' }) })]);
  });

  it('answers a customer asking for someone else with 404 PERSONAL_DATA.NOT_FOUND', async () => {
    await expect(personalDataOf(records, customerId, customer(randomUUID()), now)).rejects.toMatchObject({ code: 'PERSONAL_DATA.NOT_FOUND', message: 'Titular não encontrado' });
  });

  it('gives a customer the service never saw empty records', async () => {
    const unknown = randomUUID();
    expect(await personalDataOf(records, unknown, officer, now)).toMatchObject({ customerId: unknown, records: { analyses: [], contractPositions: [] }, erasures: [] });
  });
});
