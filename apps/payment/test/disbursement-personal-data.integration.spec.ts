import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { waitFor } from '@consignado/testing';
import { handActivation } from './fixtures/contracts';
import { BANK, type Release, startRelease } from './disbursements';
import { type Harness, startHarness } from './harness';
import { signedInCustomer } from './support';

/** R-SEC-3 for the release of funds, real stack: the payout account and the accounts paid exported opened, then erased once. */
describe('payout data of a data subject (payment, real stack)', () => {
  let h: Harness;
  let r: Release;
  let db: DataSource;

  beforeAll(async () => {
    h = await startHarness();
    r = await startRelease(h);
    db = h.service.app.get(DataSource);
  });

  afterAll(async () => {
    await r?.stop();
    await h?.close();
  });

  it('exports the account (opened) and the attempts; ANONYMIZE nulls what identifies the account, keeps amounts, statuses and end-to-end ids, once', async () => {
    const me = await signedInCustomer(h.service.baseUrl);
    const a = await h.activate(handActivation({ customerId: me.customerId }));
    await r.account(me.customerId, BANK, '2026-04-11T10:00:00.000Z');
    const [request] = await r.requested(a.contractId);
    await r.released(request, { endToEndId: 'E00000000202604111000BBBBBBBBBBB' });
    await r.disbursement(a.contractId, (d) => d.status === 'RELEASED');

    const exported = (await me.api.call('GET', `/v1/personal-data/${me.customerId}`)).body.records;
    expect(exported.payoutAccounts).toEqual([expect.objectContaining({ accountKind: 'BANK_ACCOUNT', accountNumber: '0012345678', holderCpf: '52998224725', ispb: '60746948' })]);
    expect(exported.disbursements).toEqual([expect.objectContaining({ contractId: a.contractId, status: 'RELEASED', amount: a.releasedAmount })]);
    expect(exported.disbursementAttempts).toEqual([expect.objectContaining({ disbursementId: request.disbursementId, accountNumber: '0012345678', endToEndId: 'E00000000202604111000BBBBBBBBBBB' })]);

    const decide = async (requestId: string) => {
      const sent = await h.send('DataSubjectErasureDecided', { requestId, customerId: me.customerId, origin: 'DATA_SUBJECT', decision: 'ANONYMIZE', proposalIds: [], contractIds: [a.contractId], decidedAt: new Date().toISOString() });
      await waitFor(async () => ((await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [sent.eventId])) as unknown[]).length > 0 || undefined, { description: 'decision consumed' });
    };
    const requestId = randomUUID();
    await decide(requestId);
    await decide(requestId);
    expect(await db.query(`SELECT rows FROM personal_data_erasure WHERE customer_id = $1`, [me.customerId])).toEqual([{ rows: { payroll_deduction: 0, payout_account: 1, disbursement_attempt: 1 } }]);
    const [attempt] = await db.query(`SELECT account_kind, account_number, holder_cpf, ispb, status, amount::text, end_to_end_id FROM disbursement_attempt WHERE contract_id = $1`, [a.contractId]);
    expect(attempt).toEqual({ account_kind: 'BANK_ACCOUNT', account_number: null, holder_cpf: null, ispb: null, status: 'RELEASED', amount: a.releasedAmount, end_to_end_id: 'E00000000202604111000BBBBBBBBBBB' });
    const after = await me.api.call('GET', `/v1/personal-data/${me.customerId}`);
    expect(JSON.stringify(after.body.records)).not.toMatch(/0012345678|52998224725/);
    const view = await r.view(a.contractId);
    expect(view.body.attempts.map((x: any) => x.account)).toEqual([{ kind: 'BANK_ACCOUNT', masked: null }]);
  });
});
