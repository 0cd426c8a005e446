import { ID, failed, later, NOW, pace, pending, rejected, requested, settled, E2E } from './disbursement.fixture';

const half = () => 0.5;

describe('Disbursement: filed at the rail, followed until it settles', () => {
  it('files the request’s own transfer (the disbursement id as the transfer id) and polls it while pending', () => {
    const d = requested();
    expect([d.snapshot.status, d.dueStep, d.order]).toEqual(['FILING', 'FILE', {
      transferId: ID, amount: '10000.00', creditor: { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' }, creditorCpf: '52998224725', purpose: 'LOAN_RELEASE',
    }]);
    d.record('FILE', pending, NOW, pace);
    expect([d.snapshot.status, d.dueStep, d.snapshot.filings, d.snapshot.nextAttemptAt]).toEqual(['PENDING', 'POLL', 1, later(2_000)]);
    expect(d.pullEvents()).toEqual([]);
  });

  it('reports FundsReleased once settled, with the end-to-end id and the settlement time', () => {
    const d = requested();
    d.record('FILE', pending, NOW, pace);
    d.record('POLL', settled(), later(2_000), pace);
    const [event] = d.pullEvents();
    expect(event).toEqual({ type: 'FundsReleased', payload: expect.objectContaining({ disbursementId: ID, amount: '10000.00', endToEndId: E2E, releasedAt: '2025-02-10T13:20:11.000Z' }) });
    expect([d.snapshot.status, d.dueStep]).toEqual(['RELEASED', undefined]);
    d.record('POLL', settled(), later(4_000), pace);
    expect(d.pullEvents()).toEqual([]);
  });

  it('reports a rejection as FundsReleaseFailed RAIL.<REASON> with the rail’s message and the filings made', () => {
    const d = requested();
    d.record('FILE', failed('TRANSIENT', 'RAIL.UNAVAILABLE', 503), NOW, pace, half);
    d.record('FILE', rejected, later(1_000), pace);
    expect(d.pullEvents()[0].payload).toMatchObject({ code: 'RAIL.ACCOUNT_CLOSED', message: 'A conta de destino está encerrada.', attempts: 2, failedAt: '2025-02-10T13:20:11.000Z' });
  });

  it('fails at once a filing the rail refuses as malformed (nothing was taken), with a RAIL code', () => {
    const d = requested();
    d.record('FILE', failed('REFUSED', 'REQUEST.INVALID_BODY', 400), NOW, pace);
    expect(d.pullEvents()[0].payload).toMatchObject({ code: 'RAIL.REQUEST_REFUSED', attempts: 1 });
  });

  it('retries a failing filing with full-jitter backoff, then asks the rail (after a timeout) instead of giving up', () => {
    const d = requested();
    d.record('FILE', failed('TRANSIENT', 'RAIL.UNAVAILABLE', 503), NOW, pace, half);
    expect([d.snapshot.status, d.snapshot.attempts, d.snapshot.nextAttemptAt]).toEqual(['FILING', 1, later(500)]);
    d.record('FILE', failed('TRANSIENT', 'RAIL.TIMEOUT'), NOW, pace, half);
    d.record('FILE', failed('REFUSED', 'RAIL.TRANSFER_CONFLICT', 409), NOW, pace, half);
    expect([d.snapshot.status, d.dueStep, d.snapshot.filings, d.snapshot.nextAttemptAt]).toEqual(['CHECKING', 'CHECK', 3, later(10_000)]);
    expect(d.pullEvents()).toEqual([]);
  });

  it('while checking: keeps asking through failures, follows a transfer the rail holds, fails RAIL.UNAVAILABLE only on a 404', () => {
    const checking = () => {
      const d = requested();
      for (let i = 0; i < 3; i++) d.record('FILE', failed('TRANSIENT', 'RAIL.TIMEOUT'), NOW, pace, half);
      return d;
    };
    const unknown = checking();
    for (let i = 0; i < 10; i++) unknown.record('CHECK', failed('TRANSIENT', 'RAIL.UNAVAILABLE', 503), NOW, pace, half);
    expect([unknown.snapshot.status, unknown.snapshot.nextAttemptAt <= later(8_000), unknown.pullEvents()]).toEqual(['CHECKING', true, []]);
    const landed = checking();
    landed.record('CHECK', pending, NOW, pace);
    expect(landed.snapshot.status).toBe('PENDING');
    const absent = checking();
    absent.record('CHECK', failed('REFUSED', 'RAIL.TRANSFER_NOT_FOUND', 404), NOW, pace);
    expect(absent.pullEvents()[0]).toMatchObject({ type: 'FundsReleaseFailed', payload: { code: 'RAIL.UNAVAILABLE', attempts: 3, message: expect.stringContaining('nenhum valor foi transferido') } });
  });

  it('files again a transfer the rail forgot while pending, and ignores an outcome for a step no longer due', () => {
    const d = requested();
    d.record('FILE', pending, NOW, pace);
    d.record('FILE', settled(), NOW, pace);
    expect(d.snapshot.status).toBe('PENDING');
    d.record('POLL', failed('REFUSED', 'RAIL.TRANSFER_NOT_FOUND', 404), later(2_000), pace);
    expect([d.snapshot.status, d.snapshot.attempts, d.snapshot.lastError?.code]).toEqual(['FILING', 0, 'RAIL.TRANSFER_NOT_FOUND']);
  });

  it.each([
    ['the same request', {}, true],
    ['another amount', { amount: '10000.01' }, false],
    ['another account number', { account: { kind: 'BANK_ACCOUNT' as const, ispb: '60746948', branch: '1234', number: '0012345679', accountType: 'CACC' as const } }, false],
    ['a PIX key instead', { account: { kind: 'PIX_KEY' as const, pixKey: 'cliente@example.com' } }, false],
    ['another holder', { holderCpf: '11144477735' }, false],
    ['another purpose', { purpose: 'CREDIT_REFUND' as const }, false],
  ])('knows %s again: %s', (_name, change, same) => {
    expect(requested().isSameRequest(requested(change))).toBe(same);
  });

  it('refuses an amount that is not above zero', () => {
    expect(() => requested({ amount: '0.00' })).toThrow(/DISBURSEMENT|não é maior que zero/);
  });
});
