import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import type { CtcFailure } from '../../exchange/ctc-failure';
import { RetryPolicy } from '../../jobs/domain/retry-policy';
import { type CallOutcome, PortabilityIn } from './portability-in';
import type { PortabilityInStatus } from './portability-in-state';
import { NU, ORIGIN, rejected, retentionOffer, snapshot } from './portability.fixture';

const now = new Date('2025-03-10T14:00:00.000Z');
const policy = new RetryPolicy(3, 1_000, 8_000);
const CONTRACT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const request = createEnvelope('PortabilityBalanceRequested', {
  payload: { ...examplePayload('PortabilityBalanceRequested'), origin: { originInstitutionIspb: ORIGIN, originContractNumber: 'CTR-000123' } },
});
const transfer = (extra: Partial<PayloadOf<'PortabilityTransferRequested'>> = {}) =>
  createEnvelope('PortabilityTransferRequested', { payload: { ...examplePayload('PortabilityTransferRequested'), contractId: CONTRACT, portabilityNumber: NU, originInstitutionIspb: ORIGIN, amount: '10234.56', ...extra } });
const unavailable: CtcFailure = { kind: 'TRANSIENT', code: 'CTC.UNAVAILABLE', message: 'Câmara de portabilidade (CTC) indisponível no momento.' };
const ok = (status: Parameters<typeof snapshot>[0]): CallOutcome => ({ ok: true, portability: snapshot(status) });
const refused = (code: string, details?: Record<string, unknown>): CallOutcome => ({ ok: false, failure: { kind: 'REFUSED', code, message: 'Recusado pela câmara.', ...(details ? { details } : {}) } });
const types = (p: PortabilityIn) => p.pullEvents().map((e) => e.type);

/** Drives a portability in to a status through its public API. */
function at(status: PortabilityInStatus): PortabilityIn {
  const p = PortabilityIn.requested('5b0c2a4e-8f3d-4e1a-9c7b-2d6e8f0a1b3c', request, now);
  const steps: Partial<Record<PortabilityInStatus, () => void>> = {
    AWAITING_BALANCE: () => p.record('OPEN', ok('PENDING'), now, policy),
    BALANCE_RECEIVED: () => (p.record('OPEN', ok('PENDING'), now, policy), p.observe(snapshot('ACCEPTED_SETTLEMENT_IN_PROGRESS'))),
    TRANSFERRING: () => (steps.BALANCE_RECEIVED?.(), p.transferRequested(transfer(), false, now)),
    AWAITING_SETTLEMENT: () => (steps.TRANSFERRING?.(), p.record('TRANSFER', ok('ACCEPTED_SETTLEMENT_COMPLETED'), now, policy)),
  };
  steps[status]?.();
  p.pullEvents();
  expect(p.snapshot.status).toBe(status);
  return p;
}

describe('PortabilityIn (R-LN-7, R-LN-11)', () => {
  it('opens at the exchange, forgets the CPF and waits for the origin', () => {
    const p = PortabilityIn.requested('5b0c2a4e-8f3d-4e1a-9c7b-2d6e8f0a1b3c', request, now);
    expect([p.dueStep, p.snapshot.cpf, p.snapshot.originIspb]).toEqual(['OPEN', '52998224725', ORIGIN]);
    p.record('OPEN', ok('PENDING'), now, policy);
    expect([p.snapshot.status, p.dueStep, p.snapshot.cpf, p.snapshot.portabilityNumber, types(p)]).toEqual(['AWAITING_BALANCE', undefined, undefined, NU, []]);
  });

  it('reports the origin’s final answer with the retention offer it showed before', () => {
    const p = at('AWAITING_BALANCE');
    const offered = { balance: '10234.56', balanceDate: '2025-03-10', remainingInstallments: 60, installment: '310.00', monthlyRate: '0.0214', answeredAt: '2025-03-10T14:30:00.000Z', retentionOffer };
    p.observe(snapshot('PENDING', { answer: offered }));
    expect(types(p)).toEqual([]);
    p.observe(snapshot('ACCEPTED_SETTLEMENT_IN_PROGRESS'));
    const [event] = p.pullEvents();
    expect(event.payload).toEqual({
      proposalId: request.payload.proposalId,
      terms: { originInstitutionIspb: ORIGIN, originContractNumber: 'CTR-000123', portabilityNumber: NU, balance: '10234.56', balanceDate: '2025-03-10', remainingInstallments: 60, originInstallment: '310.00', originMonthlyRate: '0.0214' },
      dueBalanceLimitDate: '2025-03-11',
      retentionOffer: { monthlyRate: '0.01712', installmentAmount: '279.00', termMonths: 60 },
      receivedAt: '2025-03-10T15:00:00.000Z',
    });
    p.observe(snapshot('ACCEPTED_SETTLEMENT_IN_PROGRESS'));
    expect([p.snapshot.status, types(p)]).toEqual(['BALANCE_RECEIVED', []]);
  });

  it.each([
    ['RETENCAO_DO_CLIENTE', 'CUSTOMER_RETAINED'],
    ['DECURSO_DO_PRAZO', 'DEADLINE_EXPIRED'],
    ['CONTRATO_NAO_ENCONTRADO', 'ORIGIN_REFUSED'],
  ])('reports a refusal %s before the balance as PortabilityRequestFailed %s', (reason, expected) => {
    const p = at('AWAITING_BALANCE');
    p.observe(rejected(reason, reason === 'DECURSO_DO_PRAZO' ? 'EXCHANGE' : 'ORIGIN'));
    const [event] = p.pullEvents();
    expect([p.snapshot.status, event.type, event.payload]).toEqual(['REQUEST_FAILED', 'PortabilityRequestFailed', expect.objectContaining({ portabilityNumber: NU, reason: expected, code: `PORTABILITY.${reason}`, failedAt: '2025-03-12T03:00:00.000Z' })]);
  });

  it('retries the open call with backoff, then reports the exchange unavailable (no NU)', () => {
    const p = at('OPENING');
    const waits = [1, 2].map(() => (p.record('OPEN', { ok: false, failure: unavailable }, now, policy, () => 0.5), p.snapshot.nextAttemptAt.getTime() - now.getTime()));
    expect([waits, types(p)]).toEqual([[500, 1_000], []]);
    p.record('OPEN', { ok: false, failure: unavailable }, now, policy);
    const [event] = p.pullEvents();
    expect([p.snapshot.status, p.snapshot.cpf, event.payload]).toEqual(['REQUEST_FAILED', undefined, expect.objectContaining({ reason: 'EXCHANGE_UNAVAILABLE', code: 'PORTABILITY.EXCHANGE_UNAVAILABLE' })]);
    expect(event.payload).not.toHaveProperty('portabilityNumber');
  });

  it('learns a late answer from the open call’s own answer (a retry of a call that landed)', () => {
    const p = at('OPENING');
    p.record('OPEN', ok('ACCEPTED_SETTLEMENT_IN_PROGRESS'), now, policy);
    expect([p.snapshot.status, types(p)]).toEqual(['BALANCE_RECEIVED', ['PortabilityBalanceReceived']]);
  });

  it('transfers exactly the reported balance, then reports the origin’s settlement', () => {
    const p = at('BALANCE_RECEIVED');
    expect(p.transferRequested(transfer(), false, now)).toBeUndefined();
    expect([p.snapshot.status, p.dueStep, p.snapshot.contractId]).toEqual(['TRANSFERRING', 'TRANSFER', CONTRACT]);
    p.record('TRANSFER', ok('ACCEPTED_SETTLEMENT_COMPLETED'), now, policy);
    expect([p.snapshot.status, types(p)]).toEqual(['AWAITING_SETTLEMENT', []]);
    p.observe(snapshot('PORTABILITY_COMPLETED'));
    const [event] = p.pullEvents();
    expect(event.payload).toEqual({ contractId: CONTRACT, proposalId: request.payload.proposalId, portabilityNumber: NU, amount: '10234.56', settlementReceipt: 'QUIT-CTR-000123', completedAt: '2025-03-11T11:00:00.000Z' });
    p.observe(snapshot('PORTABILITY_COMPLETED'));
    expect(types(p)).toEqual([]);
    expect(p.transferRequested(transfer(), false, now)).toBeUndefined();
  });

  it.each([
    ['another amount', { amount: '10234.55' }, 'PORTABILITY.TRANSFER_MISMATCH'],
    ['another NU', { portabilityNumber: '202503100000000000439' }, 'PORTABILITY.TRANSFER_MISMATCH'],
  ])('refuses a transfer request for %s (nothing changes)', (_name, extra, code) => {
    const p = at('BALANCE_RECEIVED');
    expect(p.transferRequested(transfer(extra), false, now)?.code).toBe(code);
    expect([p.snapshot.status, p.snapshot.contractId]).toEqual(['BALANCE_RECEIVED', undefined]);
  });

  it('refuses a transfer before any balance was reported', () => {
    expect(at('AWAITING_BALANCE').transferRequested(transfer(), false, now)?.code).toBe('PORTABILITY.BALANCE_NOT_RECEIVED');
  });

  it.each([
    ['the funds returned (PAYMENT_ISSUE)', snapshot('PAYMENT_ISSUE'), 'FUNDS_RETURNED', 'PORTABILITY.DEVOLUCAO_STR0048'],
    ['the payment deadline', rejected('DECURSO_DO_PRAZO_PARA_PAGAMENTO', 'EXCHANGE'), 'DEADLINE_EXPIRED', 'PORTABILITY.DECURSO_DO_PRAZO_PARA_PAGAMENTO'],
  ])('reports %s after the transfer request as PortabilityTransferFailed', (_name, seen, reason, code) => {
    const p = at('AWAITING_SETTLEMENT');
    p.observe(seen);
    const [event] = p.pullEvents();
    expect([p.snapshot.status, event.type, event.payload]).toEqual(['TRANSFER_FAILED', 'PortabilityTransferFailed', expect.objectContaining({ contractId: CONTRACT, reason, code })]);
  });

  it('keeps a deadline passed before loan asked to transfer, and reports it when it does', () => {
    const p = at('BALANCE_RECEIVED');
    p.observe(rejected('DECURSO_DO_PRAZO_PARA_PAGAMENTO', 'EXCHANGE'));
    expect([p.snapshot.status, types(p)]).toEqual(['LAPSED', []]);
    p.transferRequested(transfer(), false, now);
    expect([p.snapshot.status, p.dueStep, types(p)]).toEqual(['TRANSFER_FAILED', undefined, ['PortabilityTransferFailed']]);
  });

  it('reports a transfer refused as late, or failing past the retry limit', () => {
    const late = at('TRANSFERRING');
    late.record('TRANSFER', refused('CTC.DEADLINE_EXPIRED', { reason: 'DECURSO_DO_PRAZO_PARA_PAGAMENTO' }), now, policy);
    expect(late.pullEvents()[0].payload).toMatchObject({ reason: 'DEADLINE_EXPIRED', code: 'PORTABILITY.DEADLINE_EXPIRED' });
    const down = at('TRANSFERRING');
    [1, 2, 3].forEach(() => down.record('TRANSFER', { ok: false, failure: unavailable }, now, policy));
    expect([down.snapshot.status, down.pullEvents().map((e) => e.payload)]).toEqual(['TRANSFER_FAILED', [expect.objectContaining({ reason: 'EXCHANGE_UNAVAILABLE' })]]);
    down.observe(snapshot('PORTABILITY_COMPLETED'));
    expect([down.snapshot.status, types(down)]).toEqual(['COMPLETED', ['PortabilityTransferCompleted']]);
  });

  it('withdraws when the contract is cancelled before the money moved; not after', () => {
    const p = at('TRANSFERRING');
    expect([p.contractCancelled(now), p.snapshot.status, p.dueStep]).toEqual([true, 'CANCELLING', 'CANCEL']);
    p.record('TRANSFER', ok('ACCEPTED_SETTLEMENT_COMPLETED'), now, policy);
    expect(p.snapshot.status).toBe('CANCELLING');
    p.record('CANCEL', ok('CANCELLED'), now, policy);
    expect([p.snapshot.status, types(p)]).toEqual(['CANCELLED', []]);
    expect(at('AWAITING_SETTLEMENT').contractCancelled(now)).toBe(false);
  });

  it.each([
    [refused('CTC.ILLEGAL_TRANSITION', { status: 'REJECTED' }), 'CANCELLED'],
    [refused('CTC.DEADLINE_EXPIRED'), 'CANCELLED'],
    [refused('CTC.ILLEGAL_TRANSITION', { status: 'ACCEPTED_SETTLEMENT_COMPLETED' }), 'CANCELLATION_FAILED'],
  ])('a refused withdrawal %j ends %s', (outcome, status) => {
    const p = at('TRANSFERRING');
    p.contractCancelled(now);
    p.record('CANCEL', outcome, now, policy);
    expect([p.snapshot.status, types(p)]).toEqual([status, []]);
  });

  it('withdraws instead of paying when the contract was cancelled before the transfer request arrived', () => {
    const p = at('BALANCE_RECEIVED');
    p.transferRequested(transfer(), true, now);
    expect([p.snapshot.status, p.dueStep, types(p)]).toEqual(['CANCELLING', 'CANCEL', []]);
  });
});

describe('PortabilityIn asked again for the same proposal', () => {
  const again = createEnvelope('PortabilityBalanceRequested', { payload: request.payload });

  it('reports the balance again, caused by the new request', () => {
    const p = at('BALANCE_RECEIVED');
    p.requestedAgain(again, now);
    const [event] = p.pullEvents();
    expect([event.type, (event.payload as PayloadOf<'PortabilityBalanceReceived'>).terms.balance, p.snapshot.balanceCause.eventId]).toEqual(['PortabilityBalanceReceived', '10234.56', again.eventId]);
  });

  it('reports a failure again; one in progress goes on silently', () => {
    const failed = at('AWAITING_BALANCE');
    failed.observe(rejected('CONTRATO_LIQUIDADO'));
    failed.pullEvents();
    failed.requestedAgain(again, now);
    expect(failed.pullEvents().map((e) => [e.type, (e.payload as PayloadOf<'PortabilityRequestFailed'>).code])).toEqual([['PortabilityRequestFailed', 'PORTABILITY.CONTRATO_LIQUIDADO']]);
    const waiting = at('AWAITING_BALANCE');
    waiting.requestedAgain(again, now);
    expect([waiting.snapshot.status, types(waiting)]).toEqual(['AWAITING_BALANCE', []]);
  });

  it.each(['AWAITING_BALANCE', 'BALANCE_RECEIVED'] as const)('withdraws a request whose proposal ended before any contract (%s), then ends CANCELLED', (status) => {
    const p = at(status);
    expect(p.proposalEnded(now)).toBe(true);
    expect([p.snapshot.status, p.dueStep]).toEqual(['CANCELLING', 'CANCEL']);
    p.record('CANCEL', ok('CANCELLED'), now, policy);
    expect([p.snapshot.status, types(p)]).toEqual(['CANCELLED', []]);
  });

  it.each(['OPENING', 'TRANSFERRING'] as const)('leaves %s alone when the proposal ends (no number yet, or a contract decides)', (status) => {
    const p = at(status);
    expect(p.proposalEnded(now)).toBe(false);
    expect(p.snapshot.status).toBe(status);
  });
});
