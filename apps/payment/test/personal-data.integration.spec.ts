import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { waitFor } from '@consignado/testing';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';
import { signedInCustomer } from './support';

type Customer = Awaited<ReturnType<typeof signedInCustomer>>;

/** R-SEC-3 on the real stack: the customer's export (opened, audited, their own only), then loan's erasure decision applied once. */
describe('payment data-subject requests', () => {
  let h: Harness;
  let db: DataSource;
  let me: Customer;
  let contractId: string;
  const benefitNumber = '7341118921';

  beforeAll(async () => {
    h = await startHarness();
    db = h.service.app.get(DataSource);
    await h.setToday('2026-05-10');
    me = await signedInCustomer(h.service.baseUrl);
    contractId = (await h.activate(handActivation({ customerId: me.customerId }), benefitNumber)).contractId;
    expect((await h.runJob('2026-05-07')).status).toBe(200);
    const paid = await h.remit({ remittanceId: `LGPD-${randomUUID().slice(0, 8)}`, referenceMonth: '2026-05', paymentDate: '2026-05-10', lines: [{ benefitNumber, contractId, installmentNumber: 1, amount: '346.75' }] });
    expect(paid.body.totals).toMatchObject({ matched: 1, mismatched: 0 });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  const officer = () => h.api.as({ client: 'privacy-office' });
  const exportOf = (customerId: string, api = officer()) => api.call('GET', `/v1/personal-data/${customerId}`);
  const decide = async (over: Partial<PayloadOf<'DataSubjectErasureDecided'>> = {}) => {
    const payload: PayloadOf<'DataSubjectErasureDecided'> = {
      requestId: randomUUID(), customerId: me.customerId, origin: 'DATA_SUBJECT', decision: 'ANONYMIZE', proposalIds: [], contractIds: [contractId], decidedAt: new Date().toISOString(), ...over,
    };
    const sent = await h.send('DataSubjectErasureDecided', payload);
    await waitFor(async () => ((await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [sent.eventId])) as unknown[]).length > 0 || undefined, { description: 'decision consumed' });
    return payload;
  };
  const deductionRow = async () => (await db.query(`SELECT row_to_json(d)::text AS r FROM payroll_deduction d WHERE contract_id = $1`, [contractId]))[0].r as string;
  const ledger = async () => db.query(`SELECT request_id, rows FROM personal_data_erasure WHERE customer_id = $1`, [me.customerId]);

  it('matches a remittance line by its benefit number while keeping it sealed at rest', async () => {
    expect(await deductionRow()).not.toContain(benefitNumber);
    expect(JSON.parse(await deductionRow()).benefit_number).toMatch(/^pii:v1:/);
  });

  it("exports the customer's billing, installments, payment, deduction (benefit opened) and reminders to the privacy officer and to the customer", async () => {
    const { status, body } = await exportOf(me.customerId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ service: 'payment', customerId: me.customerId, erasures: [] });
    const r = body.records;
    expect(r.billings).toEqual([expect.objectContaining({ contractId, status: 'ACTIVE' })]);
    expect(r.installments.map((i: any) => [i.number, i.dueDate, i.amount, i.status])).toEqual([[1, '2026-05-10', '346.75', 'PAID'], [2, '2026-06-10', '346.75', 'PENDING'], [3, '2026-07-10', '346.77', 'PENDING']]);
    expect(r.payments).toEqual([expect.objectContaining({ contractId, source: 'PAYROLL', amount: '346.75', paymentDate: '2026-05-10' })]);
    expect(r.payrollDeductions).toEqual([expect.objectContaining({ contractId, benefitNumber })]);
    expect(r.reminders).toEqual([expect.objectContaining({ contractId, installmentNumber: 1, kind: 'UPCOMING', referenceDate: '2026-05-07' })]);
    expect(r.refinancingHolds).toEqual([]);
    expect((await exportOf(me.customerId, me.api)).body.records.payrollDeductions).toEqual([expect.objectContaining({ benefitNumber })]);
  });

  it("answers another customer's export 404, an unknown customer with empty lists, a bad id 400, a token without the privacy scope 403; and audits the reads", async () => {
    const stranger = await signedInCustomer(h.service.baseUrl);
    expect(await exportOf(me.customerId, stranger.api)).toMatchObject({ status: 404, body: { code: 'PERSONAL_DATA.NOT_FOUND', detail: 'Titular não encontrado' } });
    const unknown = randomUUID();
    const empty = await exportOf(unknown);
    expect([empty.status, Object.values(empty.body.records).every((list) => (list as unknown[]).length === 0), empty.body.erasures]).toEqual([200, true, []]);
    expect(await exportOf('12345', officer())).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_BODY' } });
    expect((await exportOf(me.customerId, h.api)).body.code).toBe('AUTH.INSUFFICIENT_SCOPE');
    const trail = (await h.api.call('GET', '/v1/admin/audit?action=personal-data.export')).body.items;
    expect(trail).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'privacy-office', path: `/v1/personal-data/${me.customerId}`, outcome: 'OK' }),
      expect.objectContaining({ actor: me.customerId, outcome: 'OK' }),
      expect.objectContaining({ actor: stranger.customerId, outcome: 'PERSONAL_DATA.NOT_FOUND' }),
    ]));
  });

  it('RETAIN changes nothing', async () => {
    const before = await deductionRow();
    await decide({ decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE' });
    expect(await deductionRow()).toBe(before);
    expect(await ledger()).toEqual([]);
  });

  it('ANONYMIZE nulls the benefit number and keeps the accounting; the export shows the erasure and nothing personal; a remittance line no longer matches', async () => {
    const applied = await decide();
    expect(JSON.parse(await deductionRow())).toMatchObject({ contract_id: contractId, protocol: 'DTP-2025-000123456', installment_amount: 311.36, benefit_number: null });
    expect(await ledger()).toEqual([{ request_id: applied.requestId, rows: { payroll_deduction: 1 } }]);
    const { body } = await exportOf(me.customerId);
    expect(body.erasures).toEqual([expect.objectContaining({ requestId: applied.requestId, origin: 'DATA_SUBJECT', rows: { payroll_deduction: 1 } })]);
    expect(body.records.payrollDeductions).toEqual([expect.not.objectContaining({ benefitNumber: expect.anything() })]);
    expect(body.records.payments).toHaveLength(1);
    expect(JSON.stringify(body)).not.toContain(benefitNumber);
    const line = await h.remit({ remittanceId: `LGPD-${randomUUID().slice(0, 8)}`, referenceMonth: '2026-06', paymentDate: '2026-05-10', lines: [{ benefitNumber, contractId, installmentNumber: 2, amount: '346.75' }] });
    expect(line.body.lines[0]).toMatchObject({ status: 'BENEFIT_MISMATCH' });
  });

  it('is idempotent: the same request decided again changes nothing', async () => {
    const [{ request_id: requestId }] = await ledger();
    const before = await deductionRow();
    await decide({ requestId });
    expect(await deductionRow()).toBe(before);
    expect(await ledger()).toHaveLength(1);
  });

  it('a customer payment never billed: the erasure is recorded with nothing to anonymize', async () => {
    const customerId = randomUUID();
    await decide({ customerId, contractIds: [] });
    expect(await db.query(`SELECT rows FROM personal_data_erasure WHERE customer_id = $1`, [customerId])).toEqual([{ rows: { payroll_deduction: 0 } }]);
  });
});
