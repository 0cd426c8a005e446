import { randomUUID } from 'node:crypto';
import type { Principal } from '@consignado/auth';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';
import type { CustomerRecords, LoanRecords } from '../../database/customer-records';
import { PersonalDataController } from './personal-data.controller';
import { personalDataOf } from './personal-data.query';

const customerId = randomUUID();
const now = new Date('2036-05-26T10:00:00.000Z');
const held: LoanRecords = {
  records: { contracts: [{ id: randomUUID(), customerId, benefitNumber: '1234567890' }], documents: [{ kind: 'CCB', sha256: 'a'.repeat(64) }], installments: [{ number: 1 }], payments: [], portabilityOutRequests: [], cancellationRequests: [] },
  erasures: [{ requestId: randomUUID(), origin: 'RETENTION', rows: { contract: 1 }, anonymizedAt: '2036-05-26T09:00:00.000Z' }],
};
const nothing: LoanRecords = { records: { contracts: [], documents: [], installments: [], payments: [], portabilityOutRequests: [], cancellationRequests: [] }, erasures: [] };
const records: CustomerRecords = { of: async (id) => (id === customerId ? held : nothing) };
const decisions = { ofCustomer: async (id: string) => (id === customerId ? [{ requestId: randomUUID(), origin: 'RETENTION', decision: 'ANONYMIZE', reason: null, retainedUntil: null, contractIds: [], decidedAt: now.toISOString() }] : []) };
const customer = (id: string): Principal => ({ channel: 'DIGITAL', clientId: 'digital-app', customerId: id, cpf: '52998224725', scopes: ['privacy'] });
const officer: Principal = { channel: 'INTERNAL', clientId: 'privacy-office', operatorId: 'privacy-office', roles: ['PRIVACY_OFFICER'], scopes: ['privacy'] };

describe('personalDataOf (LGPD art. 18 II)', () => {
  it.each([['the privacy officer', officer], ['the customer themself', customer(customerId)]])('gives %s every kind of record and the erasures', async (_who, caller) => {
    const section = await personalDataOf(records, decisions, customerId, caller, now);
    expect(section).toMatchObject({ service: 'loan', customerId, generatedAt: now.toISOString(), erasures: held.erasures });
    expect(Object.keys(section.records)).toEqual(['contracts', 'documents', 'installments', 'payments', 'portabilityOutRequests', 'cancellationRequests', 'erasureDecisions']);
    expect(section.records.contracts).toEqual(held.records.contracts);
    expect(section.records.erasureDecisions).toHaveLength(1);
  });

  it('answers a customer asking for someone else with 404 PERSONAL_DATA.NOT_FOUND', async () => {
    await expect(personalDataOf(records, decisions, customerId, customer(randomUUID()), now)).rejects.toMatchObject({ code: 'PERSONAL_DATA.NOT_FOUND', message: 'Titular não encontrado' });
  });

  it('gives a customer loan never saw empty records', async () => {
    const section = await personalDataOf(records, decisions, randomUUID(), officer, now);
    expect(Object.values(section.records).every((list) => list.length === 0)).toBe(true);
    expect(section.erasures).toEqual([]);
  });
});

describe('GET /v1/personal-data/:customerId access (R-SEC-1)', () => {
  const table = routeTable([PersonalDataController]);
  const withPrivacy = (principal: Principal): Principal => ({ ...principal, scopes: [...new Set([...principal.scopes, 'privacy' as const])] });

  it('is for the privacy officer or the data subject, with the privacy scope', () => {
    expect(table).toEqual({ 'GET /v1/personal-data/:customerId': { scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true } });
  });

  it.each([
    ['the privacy officer', undefined, withPrivacy(p.staff(['PRIVACY_OFFICER']))],
    ['a customer (their own: the query checks)', undefined, withPrivacy(p.customer)],
    ['an auditor', 'AUTH.ROLE_REQUIRED', withPrivacy(p.staff(['AUDITOR']))],
    ['a correspondent', 'AUTH.ROLE_REQUIRED', withPrivacy(p.corban)],
    ['servicing-ops (no privacy scope)', 'AUTH.INSUFFICIENT_SCOPE', p.servicingOps],
  ])('%s → %s', (_who, code, principal) => {
    expect(refusalOf(table, 'GET /v1/personal-data/:customerId', principal)).toBe(code);
  });
});
