import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generateCpf } from '@consignado/auth';
import { createEnvelope, type EventEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import { bearer, testIdentity } from '@consignado/testing';
import { inssPayload } from '../src/modules/analysis/testing/proposal.fixtures';
import { ANONYMIZED_MESSAGE } from '../src/modules/data-subject/domain/anonymized-reasons';
import { oldContract } from '../src/modules/contract-projection/testing/position.fixtures';
import { deliver, getJson, type Harness, projectPosition, proposalEvent, startHarness } from './harness';
import { publish } from './support';

/**
 * The data subject's rights in credit analysis (LGPD, R-SEC-3) on the real stack: what it keeps is
 * sealed at rest, exported opened to the privacy officer or the customer, and anonymized once when
 * loan decides ANONYMIZE — ids, states, codes, amounts and dates kept.
 */
describe('credit-analysis: personal data at rest, export and erasure', () => {
  const identity = testIdentity();
  let h: Harness;
  let customer: { customerId: string; headers: Record<string, string> };
  let proposalId: string;
  const contractId = randomUUID();
  const cpf = generateCpf();
  const CLEAR = [cpf, '1960-01-15', '8765432109', '3210.98', '7654.32'];

  beforeAll(async () => {
    h = await startHarness();
    const session = await identity.customerSession(generateCpf());
    customer = { customerId: session.accountId, headers: bearer(session.accessToken) };
    const created = proposalEvent(inssPayload({ customerId: customer.customerId, cpf, benefit: { number: '8765432109', kind: 'APOSENTADORIA_POR_IDADE', value: '3210.98', startDate: '2020-01-15' } }));
    proposalId = created.aggregateId;
    await deliver(h, created);
    const request = await h.output.next('MarginCheckRequested', proposalId);
    expect(request.payload).toEqual({ proposalId, customerId: customer.customerId, cpf, benefitNumber: '8765432109' });
    await deliver(h, marginChecked(request));
    await h.output.decision(proposalId);
    await projectPosition(h, oldContract({ contractId, customerId: customer.customerId, benefitNumber: '8765432109' }));
    // A seed 004 profile (income of the application, a declared card limit) and one recommendation round.
    const post = (path: string, body: unknown) => fetch(`${h.service.baseUrl}${path}`, { method: 'POST', headers: { ...customer.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const profile = (await (await post(`/v1/customers/${customer.customerId}/financial-profiles`, { cardLimitTotal: '7654.32', cardBalance: '100.00' })).json()) as { profileId: string };
    expect((await post(`/v1/financial-profiles/${profile.profileId}/recommendations`, {})).status).toBe(201);
  });
  afterAll(async () => h?.close());

  const privacyOffice = async () => bearer(await identity.clientToken('privacy-office'));
  const exportOf = async (customerId: string, headers?: Record<string, string>) => getJson(h, `/v1/personal-data/${customerId}`, headers ?? (await privacyOffice()));
  const decided = (payload: Partial<PayloadOf<'DataSubjectErasureDecided'>>) =>
    createEnvelope('DataSubjectErasureDecided', { payload: { ...examplePayload('DataSubjectErasureDecided'), customerId: customer.customerId, proposalIds: [proposalId], contractIds: [contractId], decidedAt: new Date().toISOString(), ...payload } });

  /** Every row of every table in the service's schema, as JSON text. */
  async function everyRow(): Promise<string> {
    const client = new Client({ connectionString: h.service.config.DATABASE_URL });
    await client.connect();
    try {
      const schema = h.service.config.DATABASE_SCHEMA;
      const { rows: tables } = await client.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`, [schema]);
      const rows: string[] = [];
      for (const { t } of tables) rows.push(...(await client.query<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(t)} x`)).rows.map((x) => x.r));
      return rows.sort().join('\n');
    } finally {
      await client.end();
    }
  }

  it('keeps the application, the margin, the reasons and the benefit number sealed at rest', async () => {
    const rows = await everyRow();
    expect(rows).toContain(proposalId);
    expect(CLEAR.filter((value) => rows.includes(value))).toEqual([]);
  });

  it('exports every record opened to the privacy officer and to the customer themself; audits it', async () => {
    for (const headers of [await privacyOffice(), customer.headers]) {
      const { status, body } = await exportOf(customer.customerId, headers);
      expect(status).toBe(200);
      expect(body).toMatchObject({ service: 'credit-analysis', customerId: customer.customerId, erasures: [] });
      expect(body.records.analyses).toEqual([expect.objectContaining({ proposalId, state: 'APPROVED', application: expect.objectContaining({ cpf, birthDate: '1960-01-15' }), margin: expect.objectContaining({ benefitNumber: '8765432109' }) })]);
      expect(body.records.contractPositions).toEqual([expect.objectContaining({ contractId, benefitNumber: '8765432109' })]);
    }
    const audit = await getJson(h, '/v1/admin/audit?action=personal-data.export', bearer(await identity.staffToken('carla.auditora')));
    expect(audit.body.items.filter((e: any) => e.path === `/v1/personal-data/${customer.customerId}`).map((e: any) => [e.clientId, e.status])).toEqual([['digital-app', 200], ['privacy-office', 200]]);
  });

  it("answers a customer asking for someone else's data 404, a malformed id 400, an unknown customer 200 with nothing", async () => {
    expect(await exportOf(randomUUID(), customer.headers)).toMatchObject({ status: 404, body: { code: 'PERSONAL_DATA.NOT_FOUND', detail: 'Titular não encontrado' } });
    expect(await exportOf('not-a-uuid')).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_BODY' } });
    const unknown = randomUUID();
    expect(await exportOf(unknown)).toMatchObject({ status: 200, body: { customerId: unknown, records: { analyses: [], contractPositions: [] }, erasures: [] } });
    expect((await exportOf(customer.customerId, bearer(await identity.clientToken('servicing-ops')))).body.code).toBe('AUTH.INSUFFICIENT_SCOPE');
  });

  it('RETAIN changes nothing', async () => {
    const before = await everyRow();
    const retain = decided({ requestId: randomUUID(), decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE' });
    await deliver(h, retain);
    expect((await everyRow()).split('\n').filter((r) => !r.includes(retain.eventId))).toEqual(before.split('\n'));
  });

  it('ANONYMIZE erases the personal data once (a replay and another event of the request change nothing); the export then shows only the erasure', async () => {
    const requestId = randomUUID();
    const anonymize = decided({ requestId, decision: 'ANONYMIZE' });
    await deliver(h, anonymize);
    const { body } = await exportOf(customer.customerId);
    expect(body.erasures).toEqual([expect.objectContaining({ requestId, origin: 'DATA_SUBJECT', rows: { analysis: 1, contract_position: 1, financial_profile: 1, recommendation: 1 } })]);
    expect(body.records).toMatchObject({ financialProfiles: [], recommendations: [] });
    const [analysis] = body.records.analyses;
    expect(analysis.applicantProfile).toBeUndefined();
    expect(analysis).toMatchObject({ proposalId, state: 'APPROVED', application: null, terms: { installmentAmount: '231.24' }, parameterVersion: 'INSS_CONSIGNADO@2025-04-01' });
    expect(analysis.margin).toBeUndefined();
    expect(analysis.reasons.length).toBeGreaterThan(0);
    expect(analysis.reasons.every((r: any) => r.measured === '' && r.limit === '' && r.message === ANONYMIZED_MESSAGE && r.rule && r.parameterVersion)).toBe(true);
    expect(body.records.contractPositions).toEqual([expect.objectContaining({ contractId, status: 'ACTIVE', installmentAmount: expect.any(String) })]);
    expect(body.records.contractPositions[0].benefitNumber).toBeUndefined();
    expect(JSON.stringify(body.records)).not.toMatch(new RegExp(CLEAR.join('|')));

    const after = await everyRow();
    // The same event again (the inbox drops it), then another event of the same request (the erasure ledger does).
    await publish(h.producer, h.service, anonymize);
    const again = decided({ requestId, decision: 'ANONYMIZE' });
    await deliver(h, again);
    const rows = (await everyRow()).split('\n').filter((r) => !r.includes(again.eventId));
    expect(rows).toEqual(after.split('\n'));
    expect((await exportOf(customer.customerId)).body.erasures).toHaveLength(1);
    expect(h.logs.some((l) => l.includes('ALREADY_APPLIED') && l.includes(requestId))).toBe(true);
  });

  it('logs ids and counts, never the personal data', () => {
    const lines = h.logs.join('\n');
    expect(lines).toContain('DataSubjectErasureDecided: ANONYMIZED');
    expect(CLEAR.filter((value) => lines.includes(value))).toEqual([]);
  });
});

/** The connector's answer to a margin request: R$ 500.00 available, chained to it. */
function marginChecked(request: EventEnvelope<'MarginCheckRequested'>): EventEnvelope<'MarginChecked'> {
  const margins = { loan: { limit: '700.00', used: '200.00', available: '500.00' }, card: { limit: '100.00', used: '0.00', available: '100.00' } };
  const example = examplePayload('MarginChecked');
  const benefit = { ...example.benefit, number: request.payload.benefitNumber, value: '3210.98' };
  return createEnvelope('MarginChecked', { payload: { ...example, proposalId: request.payload.proposalId, benefitNumber: request.payload.benefitNumber, benefit, margins, restrictions: [] } }, request);
}
