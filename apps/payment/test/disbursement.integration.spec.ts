import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { handActivation } from './fixtures/contracts';
import { BANK, PIX, type Release, startRelease } from './disbursements';
import { type Harness, startHarness } from './harness';

/**
 * The release of funds (R-LN-10, seed 003 §3.1) on the real broker and PostgreSQL: an activation
 * asks the rail for the released amount on the customer's account, or waits for one; the rail's
 * answers are recorded once; a failure waits for a new account and a new attempt; however events
 * are delivered, a disbursement never has two live attempts.
 */
describe('release of funds (payment, real stack)', () => {
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

  const live = async (contractId: string) => Number((await db.query(`SELECT count(*) AS n FROM disbursement_attempt WHERE contract_id = $1 AND status IN ('REQUESTED','RELEASED')`, [contractId]))[0].n);

  it('an account registered before the activation: one FundsReleaseRequested of the released amount, the account sealed at rest and masked in the view', async () => {
    const customerId = randomUUID();
    await r.account(customerId, PIX, '2026-04-01T10:00:00.000Z');
    await waitForAccount(db, customerId);
    const a = await h.activate(handActivation({ customerId, releasedAmount: '980.00' }));
    const [request] = await r.requested(a.contractId);
    expect(request).toEqual({ disbursementId: expect.any(String), contractId: a.contractId, customerId, purpose: 'LOAN_RELEASE', amount: '980.00', account: PIX, holderCpf: '52998224725', requestedAt: expect.any(String) });
    const view = await r.disbursement(a.contractId, (d) => d.status === 'REQUESTED');
    expect(view.attempts).toEqual([expect.objectContaining({ disbursementId: request.disbursementId, status: 'REQUESTED', amount: '980.00', account: { kind: 'PIX_KEY', masked: 'c***@example.com' }, endToEndId: null, failure: null })]);
    const [row] = await db.query(`SELECT pix_key, holder_cpf FROM payout_account WHERE customer_id = $1`, [customerId]);
    expect([row.pix_key, row.holder_cpf]).toEqual([expect.stringMatching(/^pii:v1:/), expect.stringMatching(/^pii:v1:/)]);
  });

  it('no account yet: AWAITING_ACCOUNT, requested when the account arrives; an older change afterwards changes nothing', async () => {
    const a = await h.activate(handActivation());
    await r.disbursement(a.contractId, (d) => d.status === 'AWAITING_ACCOUNT' && d.amount === a.releasedAmount);
    expect(r.requestsFor(a.contractId)).toEqual([]);
    const changed = await r.account(a.customerId, BANK, '2026-04-11T10:00:00.000Z');
    const [request] = await r.requested(a.contractId);
    expect([request.account, request.amount]).toEqual([BANK, a.releasedAmount]);
    await r.account(a.customerId, PIX, '2026-04-10T10:00:00.000Z', changed.partition);
    await h.resend(changed);
    // A marker after them on their partition: once it is requested, they were consumed.
    const marker = await h.activate(handActivation());
    await r.account(marker.customerId, PIX, '2026-04-11T10:00:00.000Z', changed.partition);
    await r.requested(marker.contractId);
    expect(r.requestsFor(a.contractId)).toHaveLength(1);
    const view = await r.disbursement(a.contractId, (d) => d.status === 'REQUESTED');
    expect(view.attempts.map((x: any) => x.account)).toEqual([{ kind: 'BANK_ACCOUNT', masked: '****5678' }]);
  });

  it('FundsReleased twice (redelivered, and again under another event id): RELEASED once; a stray one changes nothing; a mismatched or malformed one is dead-lettered', async () => {
    const a = await h.activate(handActivation());
    await r.account(a.customerId, PIX, '2026-04-11T10:00:00.000Z');
    const [request] = await r.requested(a.contractId);
    const first = await r.released(request, { endToEndId: 'E00000000202604101300AAAAAAAAAAA' });
    await h.resend(first);
    await r.released(request, { endToEndId: 'E00000000202604101300AAAAAAAAAAA' }, first.partition);
    const stray = await r.released({ ...request, disbursementId: randomUUID() }, {}, first.partition);
    const wrong = await r.released(request, { amount: '1.00' }, first.partition);
    const malformed = { ...first, eventId: randomUUID(), payload: { ...first.payload, amount: 980 } } as unknown as typeof first;
    await h.resend(malformed);
    const dead = await h.deadLetter((d) => d.eventId === wrong.eventId);
    expect([dead.reason, dead.error.code]).toEqual(['permanent-error', 'DISBURSEMENT.EVENT_MISMATCH']);
    const rejected = await h.deadLetter((d) => d.original.value?.includes(malformed.eventId) === true);
    expect([rejected.reason, rejected.attempts]).toEqual(['invalid-envelope', 0]);
    const view = await r.disbursement(a.contractId, (d) => d.status === 'RELEASED');
    expect(view.attempts).toEqual([expect.objectContaining({ status: 'RELEASED', endToEndId: 'E00000000202604101300AAAAAAAAAAA', releasedAt: first.payload.releasedAt })]);
    expect(h.deadLetters((d) => d.eventId === stray.eventId || d.eventId === first.eventId)).toEqual([]);
  });

  it('FundsReleaseFailed: the attempt FAILED with the rail\'s code, AWAITING_ACCOUNT; a new account → a new attempt under a new id', async () => {
    const a = await h.activate(handActivation());
    await r.account(a.customerId, PIX, '2026-04-11T10:00:00.000Z');
    const [first] = await r.requested(a.contractId);
    await r.failed(first);
    await r.disbursement(a.contractId, (d) => d.status === 'AWAITING_ACCOUNT');
    await r.account(a.customerId, BANK, '2026-04-12T10:00:00.000Z');
    const [, second] = await r.requested(a.contractId, 2);
    expect([second.disbursementId !== first.disbursementId, second.account, second.amount]).toEqual([true, BANK, first.amount]);
    const view = await r.disbursement(a.contractId, (d) => d.status === 'REQUESTED');
    expect(view.attempts.map((x: any) => [x.disbursementId, x.status, x.failure?.code ?? null])).toEqual([
      [first.disbursementId, 'FAILED', 'RAIL.HOLDER_MISMATCH'], [second.disbursementId, 'REQUESTED', null],
    ]);
  });

  it('concurrent and duplicate deliveries (accounts racing the activation, failures, twins) never yield two live attempts; the database refuses one', async () => {
    const contracts = await Promise.all(Array.from({ length: 6 }, async () => {
      const a = handActivation();
      await Promise.all([h.send('ContractActivated', a), ...['10', '11', '12'].map((d) => r.account(a.customerId, d === '11' ? BANK : PIX, `2026-04-${d}T10:00:00.000Z`))]);
      return a;
    }));
    for (const a of contracts) {
      const [first] = await r.requested(a.contractId);
      await Promise.all([r.failed(first), r.failed(first), r.account(a.customerId, BANK, '2026-04-20T10:00:00.000Z')]);
      await r.requested(a.contractId, 2);
      expect(await live(a.contractId)).toBe(1);
    }
    const [row] = await db.query(`SELECT parent_id, contract_id, amount, account_kind, account_changed_at FROM disbursement_attempt WHERE status = 'REQUESTED' LIMIT 1`);
    await expect(db.query(`INSERT INTO disbursement_attempt (disbursement_id, parent_id, contract_id, amount, account_kind, account_changed_at, status, requested_at) VALUES ($1, $2, $3, $4, $5, $6, 'REQUESTED', now())`,
      [randomUUID(), row.parent_id, row.contract_id, row.amount, row.account_kind, row.account_changed_at])).rejects.toThrow(/disbursement_attempt_live/);
  });
});

async function waitForAccount(db: DataSource, customerId: string): Promise<void> {
  for (let k = 0; k < 300; k += 1) {
    if ((await db.query(`SELECT 1 FROM payout_account WHERE customer_id = $1`, [customerId])).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('payout account not recorded');
}
