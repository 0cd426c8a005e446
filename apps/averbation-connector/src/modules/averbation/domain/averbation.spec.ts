import { createEnvelope, examplePayload } from '@consignado/contracts';
import { RetryPolicy } from '../../jobs/domain/retry-policy';
import type { DataprevFailure } from '../../dataprev/dataprev.types';
import { AVERBATION_TRANSITIONS, Averbation, type AverbationStatus, type StepOutcome } from './averbation';
import { unsupportedProduct } from './averbation-request';

const now = new Date('2025-02-10T13:00:00.000Z');
const policy = new RetryPolicy(3, 1_000, 8_000);
const request = () => createEnvelope('AverbationRequested', { payload: examplePayload('AverbationRequested') });
const fresh = () => Averbation.requested('6d1f0c5e-1b2a-4c3d-8e9f-0a1b2c3d4e5f', request(), now);

const unavailable: DataprevFailure = { kind: 'TRANSIENT', code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível no momento.' };
const noMargin: DataprevFailure = { kind: 'REFUSED', code: 'AVERBATION.MARGIN_INSUFFICIENT', message: 'Margem consignável insuficiente para a averbação.' };
const registered: StepOutcome = { ok: true, protocol: 'DTP-2025-000000001', registeredAt: '2025-02-10T13:00:01.000Z' };
const failure = (f: DataprevFailure): StepOutcome => ({ ok: false, failure: f });
/** Records a call's outcome and returns the events it raised. */
const recorded = (a: Averbation, ...args: Parameters<Averbation['record']>) => (a.record(...args), a.pullEvents());

/** Drives an averbation to a status through its public API. */
function at(status: AverbationStatus): Averbation {
  const a = fresh();
  const steps: Record<AverbationStatus, () => void> = {
    PENDING_REGISTRATION: () => undefined,
    REGISTERED: () => recorded(a, 'REGISTER', registered, now, policy),
    REJECTED: () => recorded(a, 'REGISTER', failure(noMargin), now, policy),
    FAILED: () => [1, 2, 3].forEach(() => recorded(a, 'REGISTER', failure(unavailable), now, policy)),
    PENDING_CANCELLATION: () => (recorded(a, 'REGISTER', registered, now, policy), a.close('RIGHT_OF_REGRET', now)),
    CANCELLED: () => (recorded(a, 'REGISTER', registered, now, policy), a.close('PAID_OFF', now), recorded(a, 'CANCEL', { ok: true }, now, policy)),
    CANCELLATION_FAILED: () => (recorded(a, 'REGISTER', registered, now, policy), a.close('PAID_OFF', now), recorded(a, 'CANCEL', failure(noMargin), now, policy)),
  };
  steps[status]();
  expect(a.snapshot.status).toBe(status);
  return a;
}

describe('Averbation (R-AV-2)', () => {
  it('registers and emits AverbationCompleted with Dataprev’s protocol', () => {
    const a = fresh();
    expect(a.dueStep).toBe('REGISTER');
    const events = recorded(a, 'REGISTER', registered, now, policy);
    expect(events).toEqual([
      {
        type: 'AverbationCompleted',
        payload: expect.objectContaining({ averbationId: a.snapshot.id, protocol: 'DTP-2025-000000001', registeredAt: '2025-02-10T13:00:01.000Z', installmentAmount: '311.36', termMonths: 48 }),
      },
    ]);
    expect([a.snapshot.status, a.dueStep]).toEqual(['REGISTERED', undefined]);
  });

  it('retries transient failures with backoff, one retryable AverbationFailed each, then fails for good', () => {
    const a = fresh();
    const outcomes = [1, 2, 3].map(() => {
      const [event] = recorded(a, 'REGISTER', failure(unavailable), now, policy, () => 0.5);
      const payload = event.payload as { attempts: number; retryable: boolean };
      return [payload.attempts, payload.retryable, a.snapshot.status, a.snapshot.nextAttemptAt.getTime() - now.getTime()];
    });
    expect(outcomes).toEqual([
      [1, true, 'PENDING_REGISTRATION', 500],
      [2, true, 'PENDING_REGISTRATION', 1_000],
      [3, false, 'FAILED', 1_000],
    ]);
    expect(a.snapshot.lastError?.code).toBe('DATAPREV.UNAVAILABLE');
  });

  it('explains the final failure with the number of attempts', () => {
    const a = at('FAILED');
    expect(a.snapshot.lastError?.message).toBe('Dataprev indisponível no momento.');
    const b = fresh();
    const last = [1, 2, 3].map(() => recorded(b, 'REGISTER', failure(unavailable), now, policy)).pop();
    expect(last?.[0].payload).toMatchObject({ code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível no momento. Averbação não concluída após 3 tentativas.', retryable: false, attempts: 3 });
  });

  it('stops at once on a business refusal', () => {
    const a = fresh();
    const [event] = recorded(a, 'REGISTER', failure(noMargin), now, policy);
    expect(event.payload).toMatchObject({ code: 'AVERBATION.MARGIN_INSUFFICIENT', message: 'Margem consignável insuficiente para a averbação.', retryable: false, attempts: 1 });
    expect(a.snapshot.status).toBe('REJECTED');
  });

  it.each([
    // status when the contract closes → status after, due step
    ['PENDING_REGISTRATION', 'PENDING_CANCELLATION', 'CANCEL'],
    ['REGISTERED', 'PENDING_CANCELLATION', 'CANCEL'],
    ['FAILED', 'PENDING_CANCELLATION', 'CANCEL'],
    ['REJECTED', 'CANCELLED', undefined],
    ['PENDING_CANCELLATION', 'PENDING_CANCELLATION', 'CANCEL'],
    ['CANCELLED', 'CANCELLED', undefined],
    ['CANCELLATION_FAILED', 'PENDING_CANCELLATION', 'CANCEL'],
  ] as const)('close() from %s → %s', (from, to, step) => {
    const a = at(from);
    a.close('CUSTOMER_REQUEST', now);
    expect([a.snapshot.status, a.dueStep]).toEqual([to, step]);
  });

  it('cancels, retrying transient failures silently, and gives up into CANCELLATION_FAILED', () => {
    const a = at('PENDING_CANCELLATION');
    expect(recorded(a, 'CANCEL', failure(unavailable), now, policy)).toEqual([]);
    expect(a.snapshot.status).toBe('PENDING_CANCELLATION');
    recorded(a, 'CANCEL', { ok: true }, now, policy);
    expect([a.snapshot.status, a.snapshot.cancelledAt]).toEqual(['CANCELLED', now]);
    const b = at('PENDING_CANCELLATION');
    [1, 2, 3].forEach(() => recorded(b, 'CANCEL', failure(unavailable), now, policy));
    expect(b.snapshot.status).toBe('CANCELLATION_FAILED');
  });

  it('keeps the protocol of a registration that lands after the contract closed, and emits nothing', () => {
    const a = fresh();
    a.close('CUSTOMER_REQUEST', now);
    expect(recorded(a, 'REGISTER', registered, now, policy)).toEqual([]);
    expect([a.snapshot.status, a.snapshot.protocol, a.dueStep]).toEqual(['PENDING_CANCELLATION', 'DTP-2025-000000001', 'CANCEL']);
  });

  it.each([
    // status when asked again → events, status after
    ['REGISTERED', ['AverbationCompleted'], 'REGISTERED'],
    ['REJECTED', [], 'PENDING_REGISTRATION'],
    ['FAILED', [], 'PENDING_REGISTRATION'],
    ['PENDING_REGISTRATION', [], 'PENDING_REGISTRATION'],
    ['PENDING_CANCELLATION', [], 'PENDING_CANCELLATION'],
    ['CANCELLED', [], 'CANCELLED'],
  ] as const)('requestedAgain() from %s', (from, events, to) => {
    const a = at(from);
    const again = request();
    expect((a.requestedAgain(again, now), a.pullEvents()).map((e) => e.type)).toEqual(events);
    expect(a.snapshot.status).toBe(to);
    if (to === 'PENDING_REGISTRATION' && from !== to) expect([a.snapshot.attempts, a.snapshot.request.eventId]).toEqual([0, again.eventId]);
  });

  it('hands a registered deduction to the RENEGOTIATION contract (R-LN-8), and nothing else', () => {
    const a = at('REGISTERED');
    a.handOver('5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b');
    expect([a.contractId, a.snapshot.status, a.snapshot.protocol, a.snapshot.request.payload.contractId]).toEqual(['5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b', 'REGISTERED', 'DTP-2025-000000001', request().payload.contractId]);
    expect(() => at('PENDING_CANCELLATION').handOver('5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b')).toThrow('only a REGISTERED deduction');
  });

  it('has a transition table whose terminal state is CANCELLED only', () => {
    const terminal = Object.entries(AVERBATION_TRANSITIONS).filter(([, next]) => next.length === 0).map(([s]) => s);
    expect(terminal).toEqual(['CANCELLED']);
  });
});

describe('unsupportedProduct', () => {
  it.each([
    ['INSS_CONSIGNADO', undefined],
    ['SERVIDOR_CONSIGNADO', 'AVERBATION.UNSUPPORTED_PRODUCT'],
    ['PERSONAL', 'AVERBATION.UNSUPPORTED_PRODUCT'],
  ] as const)('%s → %s', (product, code) => {
    const envelope = createEnvelope('AverbationRequested', { payload: { ...examplePayload('AverbationRequested'), product } });
    expect(unsupportedProduct(envelope, now)?.code).toBe(code);
  });
});
