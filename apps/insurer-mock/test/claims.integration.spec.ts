import { randomUUID } from 'node:crypto';
import type { TestService } from '@consignado/testing';
import type { InsurerMockConfig } from '../src/config';
import { clients, newClaim, sleep, startInsurer } from './support';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The claims desk on the real PostgreSQL, over HTTP: filing, idempotency, review and decision. */
describe('mock insurer: claims', () => {
  let insurer: TestService<InsurerMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    insurer = await startInsurer();
    api = clients(insurer.baseUrl);
  });

  afterAll(async () => {
    await insurer?.close();
  });

  it('opens a claim UNDER_REVIEW with its number, pays the coverage once the review ends, and answers a repeated filing with the same claim', async () => {
    const claim = newClaim();
    const filed = await api.file(claim);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ ...claim, status: 'UNDER_REVIEW', paidAmount: null, paidAt: null, reason: null });
    expect(filed.body.insurerClaimNumber).toMatch(new RegExp(`^SIN-${new Date().getFullYear()}-\\d{6}$`));
    expect((await api.get(claim.claimId)).body.status).toBe('UNDER_REVIEW');
    await sleep(350);
    const paid = await api.get(claim.claimId);
    expect(paid.body).toMatchObject({ status: 'PAID', paidAmount: '8214.33', paidAt: new Date(Date.parse(filed.body.filedAt) + 300).toISOString() });
    const again = await api.file({ ...claim, coverageAmount: '8214.33', claimId: claim.claimId.toUpperCase() });
    expect([again.status, again.body]).toEqual([200, paid.body]);
    expect((await api.admin('GET', `/admin/claims?contractId=${claim.contractId}`)).body.claims).toHaveLength(1);
  });

  it('refuses the same claim id with another body (409) and a second claim on a policy (422), with codes and pt-BR details', async () => {
    const claim = newClaim();
    await api.file(claim);
    const conflict = await api.file({ ...claim, coverageAmount: '8214.34' });
    expect([conflict.status, conflict.body.code, conflict.body.detail]).toEqual([409, 'INSURER.CLAIM_CONFLICT', expect.stringContaining('já foi aberto com outros dados')]);
    const second = await api.file({ ...claim, claimId: randomUUID() });
    expect([second.status, second.body.code, second.body.details.policyNumber]).toEqual([422, 'INSURER.POLICY_ALREADY_CLAIMED', claim.policyNumber]);
    expect((await api.admin('GET', `/admin/claims?policyNumber=${claim.policyNumber}`)).body.claims.map((c: any) => c.claimId)).toEqual([claim.claimId]);
  });

  it('denies the next claims as scripted, with the reason and its message; the script is then used up', async () => {
    const scripted = newClaim();
    const added = await api.admin('POST', '/admin/outcome-script', { policyNumber: scripted.policyNumber, outcome: 'DENIED', reason: 'POLICY_NOT_IN_FORCE', next: 1 });
    expect([added.status, added.body.scripts]).toEqual([201, [{ policyNumber: scripted.policyNumber, verdict: { outcome: 'DENIED', reason: 'POLICY_NOT_IN_FORCE', message: 'A apólice não estava em vigor na data do evento.' }, remaining: 1 }]]);
    await api.admin('POST', '/admin/outcome-script', { outcome: 'DENIED', reason: 'EXCLUDED_CAUSE', message: 'Suicídio no período de carência.', reviewMs: 0, next: 1 });
    await api.file(scripted);
    const any = newClaim();
    await api.file(any);
    const plain = newClaim();
    await api.file(plain);
    await sleep(350);
    expect((await api.get(scripted.claimId)).body).toMatchObject({ status: 'DENIED', reason: 'POLICY_NOT_IN_FORCE', message: 'A apólice não estava em vigor na data do evento.', paidAmount: null });
    expect((await api.get(any.claimId)).body).toMatchObject({ status: 'DENIED', reason: 'EXCLUDED_CAUSE', message: 'Suicídio no período de carência.' });
    expect((await api.get(plain.claimId)).body.status).toBe('PAID');
    expect((await api.admin('GET', '/admin/outcome-script')).body.scripts).toEqual([]);
  });

  it('denies an event dated after the filing day: INVALID_EVENT_DATE', async () => {
    const claim = newClaim({ coverageDate: inDays(30) });
    expect((await api.file(claim)).body.status).toBe('UNDER_REVIEW');
    await sleep(350);
    const denied = (await api.get(claim.claimId)).body;
    expect(denied).toMatchObject({ status: 'DENIED', reason: 'INVALID_EVENT_DATE', message: expect.stringMatching(/posterior/) });
    expect(denied.deniedAt).toBe(new Date(Date.parse(denied.filedAt) + 300).toISOString());
  });

  it.each([
    ['an amount as a JSON number', { coverageAmount: 8214.33 }, 'REQUEST.INVALID_BODY'],
    ['a cause other than death', { cause: 'DISABILITY' }, 'REQUEST.INVALID_BODY'],
    ['a claim id that is not a UUID', { claimId: 'claim-1' }, 'REQUEST.INVALID_BODY'],
    ['an impossible date', { coverageDate: '2026-02-30' }, 'INSURER.INVALID_DATE'],
    ['a zero amount', { coverageAmount: '0.00' }, 'INSURER.INVALID_AMOUNT'],
  ])('refuses %s with 400 %s and a pt-BR detail, opening nothing', async (_name, change, code) => {
    const claim = newClaim(change);
    const refused = await api.file(claim);
    expect([refused.status, refused.body.code]).toEqual([400, code]);
    expect(refused.body.detail).toMatch(/[a-zà-ú]{3,}/);
    expect((await api.admin('GET', `/admin/claims?policyNumber=${claim.policyNumber}`)).body.claims).toEqual([]);
  });

  it('answers 404 for an unknown claim, 400 for a malformed id, 401 without the bank’s key', async () => {
    expect([(await api.get(randomUUID())).status, (await api.get(randomUUID())).body.code]).toEqual([404, 'INSURER.CLAIM.NOT_FOUND']);
    expect((await api.get('42')).body.code).toBe('INSURER.INVALID_CLAIM_ID');
    const anonymous = await api.call('POST', '/v1/claims', newClaim());
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'INSURER.PARTNER_UNAUTHORIZED']);
    expect((await api.call('GET', '/admin/claims', undefined, { 'x-admin-key': 'wrong-admin-key' })).body.code).toBe('INSURER.ADMIN_UNAUTHORIZED');
  });

  it('keeps the planned decision across a restart: decided once, dated when the review ended (last: replaces the app)', async () => {
    const claim = newClaim();
    const filed = (await api.file(claim)).body;
    await insurer.app.close();
    await sleep(350);
    insurer = await startInsurer({ DATABASE_SCHEMA: insurer.config.DATABASE_SCHEMA });
    api = clients(insurer.baseUrl);
    const paid = (await api.get(claim.claimId)).body;
    expect([paid.status, paid.insurerClaimNumber, paid.paidAt]).toEqual(['PAID', filed.insurerClaimNumber, new Date(Date.parse(filed.filedAt) + 300).toISOString()]);
    await sleep(50);
    expect((await api.get(claim.claimId)).body).toEqual(paid);
  });
});
