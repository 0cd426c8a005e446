import { randomUUID } from 'node:crypto';
import { testIdentity } from '@consignado/testing';
import { type Harness, startHarness } from './harness';
import { CLIENTS, signedInCustomer } from './support';

/**
 * The audit trail of payment's back-office actions (R-SEC-1): every attempt that reached the
 * action — done or refused by it — is a row naming who, what and how it ended; auditors read it.
 */
describe('payment audit trail on the real stack', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  const trail = async (query: string) => {
    const { status, body } = await h.api.call('GET', `/v1/admin/audit?${query}`);
    expect(status).toBe(200);
    return body.items;
  };

  it('a clock adjustment: actor, action, outcome OK', async () => {
    expect((await h.api.call('PUT', '/v1/admin/clock', { today: '2026-05-10' })).status).toBe(200);
    const [entry] = await trail('action=clock.adjust&limit=1');
    expect(entry).toMatchObject({
      actor: CLIENTS.ops, clientId: CLIENTS.ops, roles: ['SERVICING', 'CLOCK_ADMIN', 'AUDITOR', 'DLQ_OPERATOR'], action: 'clock.adjust', method: 'PUT', path: '/v1/admin/clock', status: 200, outcome: 'OK',
    });
  });

  it('a remittance the action refused: its code is the outcome; one the access guard refused never reached the trail', async () => {
    await h.setToday('2026-05-10');
    const remittanceId = `AUD-${randomUUID().slice(0, 8)}`;
    const future = await h.remit({ remittanceId, referenceMonth: '2026-05', paymentDate: '2026-05-11', lines: [{ benefitNumber: '1234567890', contractId: randomUUID(), installmentNumber: 1, amount: '10.00' }] });
    expect([future.status, future.body.code]).toEqual([422, 'PAYMENT.DATE_IN_FUTURE']);
    const [entry] = await trail(`actor=${CLIENTS.payroll}&action=remittance.receive&limit=1`);
    expect(entry).toMatchObject({ actor: CLIENTS.payroll, roles: ['SERVICING'], action: 'remittance.receive', method: 'POST', path: '/v1/payroll-remittances', status: 422, outcome: 'PAYMENT.DATE_IN_FUTURE' });
    const operator = await h.api.as({ client: 'internal-origination' }).call('POST', '/v1/payroll-remittances', { remittanceId, referenceMonth: '2026-05', paymentDate: '2026-05-10', lines: [] });
    expect(operator.status).toBe(403);
    expect(await trail('actor=internal-origination')).toEqual([]);
  });

  it('GET /v1/admin/audit is for AUDITOR: the auditor reads it; servicing staff, systems and customers do not', async () => {
    const auditor = h.api.as({ token: await testIdentity().staffToken('carla.auditora') });
    const read = await auditor.call('GET', '/v1/admin/audit?action=clock.adjust');
    expect([read.status, read.body.items.length > 0]).toEqual([200, true]);
    const servicing = h.api.as({ token: await testIdentity().staffToken('bruno.servicing') });
    for (const caller of [servicing, h.api.as({ client: CLIENTS.payroll })]) {
      const refused = await caller.call('GET', '/v1/admin/audit');
      expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
    }
    const customer = await signedInCustomer(h.service.baseUrl);
    expect((await customer.api.call('GET', '/v1/admin/audit')).body.code).toBe('AUTH.INSUFFICIENT_SCOPE');
  });

  it('a staff member\'s adjustment is theirs on the trail', async () => {
    const bruno = h.api.as({ token: await testIdentity().staffToken('bruno.servicing') });
    expect((await bruno.call('PUT', '/v1/admin/clock', { today: '2026-05-11' })).status).toBe(200);
    const [entry] = await trail('action=clock.adjust&limit=1');
    expect(entry).toMatchObject({ actor: 'bruno.servicing', clientId: 'backoffice-console', roles: ['SERVICING', 'CLOCK_ADMIN'], outcome: 'OK' });
  });
});
