import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import type { CtcFailure } from '../../exchange/ctc-failure';
import { RetryPolicy } from '../../jobs/domain/retry-policy';
import type { CallOutcome } from './portability-in';
import { PortabilityOut } from './portability-out';
import type { PortabilityOutStatus } from './portability-out-state';
import { NU, rejected, snapshot } from './portability.fixture';

const now = new Date('2025-03-10T14:00:00.000Z');
const policy = new RetryPolicy(3, 1_000, 8_000);
const CONTRACT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const CORRELATION = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const ours = () => snapshot('PENDING', { originContractNumber: CONTRACT.toUpperCase(), destinationIspb: '99200002', originIspb: '99000001' });
const balance: PayloadOf<'PortabilityOutAnswered'> = {
  contractId: CONTRACT, portabilityNumber: NU, outcome: 'BALANCE', balance: '8000.00', balanceDate: '2025-03-10', remainingInstallments: 40, installmentAmount: '250.00', monthlyRate: '0.018', answeredAt: '2025-03-10T15:00:00.000Z',
};
const answered = (payload: Partial<PayloadOf<'PortabilityOutAnswered'>> = {}) => createEnvelope('PortabilityOutAnswered', { payload: { ...balance, ...payload } });
const settled = createEnvelope('ContractSettled', { payload: { ...examplePayload('ContractSettled'), contractId: CONTRACT, reason: 'PORTED_OUT', portabilityNumber: NU } });
const ok = (status: Parameters<typeof snapshot>[0]): CallOutcome => ({ ok: true, portability: snapshot(status, { transfer: status === 'ACCEPTED_SETTLEMENT_COMPLETED' ? { amount: '8000.00', transferredAt: '2025-03-11T10:00:00.000Z', transferDate: '2025-03-11' } : undefined }) });
const unavailable: CtcFailure = { kind: 'TRANSIENT', code: 'CTC.UNAVAILABLE', message: 'Câmara de portabilidade (CTC) indisponível no momento.' };
const types = (p: PortabilityOut) => p.pullEvents().map((e) => e.type);

function at(status: PortabilityOutStatus): PortabilityOut {
  const p = PortabilityOut.requested('5b0c2a4e-8f3d-4e1a-9c7b-2d6e8f0a1b3c', ours(), CORRELATION, now);
  const funded = { ...ok('ACCEPTED_SETTLEMENT_COMPLETED') } as { ok: true; portability: ReturnType<typeof snapshot> };
  const steps: Partial<Record<PortabilityOutStatus, () => void>> = {
    ANSWERING: () => p.answered(answered(), now),
    ANSWERED: () => (steps.ANSWERING?.(), p.record('ANSWER', ok('ACCEPTED_SETTLEMENT_IN_PROGRESS'), now, policy)),
    FUNDS_RECEIVED: () => (steps.ANSWERED?.(), p.observe(funded.portability)),
    CONFIRMING: () => (steps.FUNDS_RECEIVED?.(), p.settled(settled, now)),
  };
  steps[status]?.();
  p.pullEvents();
  expect(p.snapshot.status).toBe(status);
  return p;
}

describe('PortabilityOut (R-LN-7, R-LN-11)', () => {
  it('reports another bank’s request for our contract, on the exchange’s business date of the request', () => {
    const p = PortabilityOut.requested('5b0c2a4e-8f3d-4e1a-9c7b-2d6e8f0a1b3c', ours(), CORRELATION, now);
    expect([p.snapshot.status, p.dueStep, p.snapshot.contractId]).toEqual(['REQUESTED', undefined, CONTRACT]);
    expect(p.pullEvents()).toEqual([
      { type: 'PortabilityOutRequested', payload: { contractId: CONTRACT, portabilityNumber: NU, destinationInstitutionIspb: '99200002', balanceDate: '2025-03-10', answerDeadline: '2025-03-17', requestedAt: '2025-03-10T14:00:00.000Z' } },
    ]);
  });

  it('refuses at once, without an event, a contract number that is not one of our contract ids', () => {
    const p = PortabilityOut.requested('5b0c2a4e-8f3d-4e1a-9c7b-2d6e8f0a1b3c', snapshot('PENDING', { originContractNumber: 'CTR-000123' }), CORRELATION, now);
    expect([p.snapshot.status, p.dueStep, p.snapshot.contractId, types(p)]).toEqual(['REFUSING_UNKNOWN', 'REJECT', undefined, []]);
    p.record('REJECT', { ok: true, portability: rejected('CONTRATO_NAO_ENCONTRADO') }, now, policy);
    expect(p.snapshot.status).toBe('REFUSED');
  });

  it('posts loan’s balance once: the same answer again is a repeat, another one a conflict', () => {
    const p = at('REQUESTED');
    expect(p.answered(answered(), now)).toBeUndefined();
    expect([p.snapshot.status, p.dueStep]).toEqual(['ANSWERING', 'ANSWER']);
    expect(p.answered(answered(), now)).toBeUndefined();
    expect(p.answered(answered({ balance: '8000.01' }), now)?.code).toBe('PORTABILITY.ANSWER_CONFLICT');
    expect(p.snapshot.answer?.balance).toBe('8000.00');
  });

  it.each([
    ['another contract', { contractId: '11111111-2222-4333-8444-555555555555' }, 'PORTABILITY.CONTRACT_MISMATCH'],
    ['a balance without its date', { balanceDate: undefined }, 'PORTABILITY.ANSWER_INCOMPLETE'],
    ['a refusal without its reason', { outcome: 'REFUSED' as const }, 'PORTABILITY.ANSWER_INCOMPLETE'],
  ])('refuses an answer for %s', (_name, change, code) => {
    expect(at('REQUESTED').answered(answered(change), now)?.code).toBe(code);
  });

  it('posts loan’s refusal', () => {
    const p = at('REQUESTED');
    p.answered(answered({ outcome: 'REFUSED', refusalCode: 'CONTRATO_LIQUIDADO', refusalMessage: 'Contrato já liquidado.', balance: undefined }), now);
    expect([p.snapshot.status, p.dueStep]).toEqual(['REFUSING', 'REJECT']);
    p.record('REJECT', { ok: true, portability: rejected('CONTRATO_LIQUIDADO') }, now, policy);
    expect(p.snapshot.status).toBe('REFUSED');
  });

  it('reports the destination’s transfer once, valued on our answer’s balance date', () => {
    const p = at('ANSWERED');
    const seen = ok('ACCEPTED_SETTLEMENT_COMPLETED') as { ok: true; portability: ReturnType<typeof snapshot> };
    p.observe(seen.portability);
    expect(p.pullEvents()).toEqual([
      { type: 'PortabilityOutFundsReceived', payload: { contractId: CONTRACT, portabilityNumber: NU, destinationInstitutionIspb: '99200002', amount: '8000.00', balanceDate: '2025-03-10', receivedAt: '2025-03-11T10:00:00.000Z' } },
    ]);
    p.observe(seen.portability);
    expect([p.snapshot.status, types(p)]).toEqual(['FUNDS_RECEIVED', []]);
  });

  it('confirms the settlement once loan settled the contract; not before the money came', () => {
    expect(at('ANSWERED').settled(settled, now)).toBe(false);
    const p = at('FUNDS_RECEIVED');
    expect([p.settled(settled, now), p.snapshot.status, p.dueStep]).toEqual([true, 'CONFIRMING', 'CONFIRM']);
    expect(p.settled(settled, now)).toBe(true);
    p.record('CONFIRM', ok('PORTABILITY_COMPLETED'), now, policy);
    expect([p.snapshot.status, p.snapshot.settlementReceipt]).toEqual(['COMPLETED', 'QUIT-CTR-000123']);
  });

  it('retries a failing exchange, then gives up for an operator (logged by the worker)', () => {
    const p = at('CONFIRMING');
    [1, 2].forEach(() => p.record('CONFIRM', { ok: false, failure: unavailable }, now, policy));
    expect(p.snapshot.status).toBe('CONFIRMING');
    p.record('CONFIRM', { ok: false, failure: unavailable }, now, policy);
    expect([p.snapshot.status, p.snapshot.lastError?.code]).toEqual(['CONFIRMATION_FAILED', 'CTC.UNAVAILABLE']);
  });

  it('closes when the exchange ends it before the transfer (deadline, destination cancelled), and keeps a late answer unposted', () => {
    const p = at('REQUESTED');
    p.observe(rejected('DECURSO_DO_PRAZO', 'EXCHANGE'));
    expect([p.snapshot.status, p.snapshot.closure?.reason]).toEqual(['CLOSED', 'DECURSO_DO_PRAZO']);
    expect(p.answered(answered(), now)).toBeUndefined();
    expect([p.snapshot.status, p.dueStep]).toEqual(['CLOSED', undefined]);
    const answering = at('ANSWERING');
    answering.record('ANSWER', { ok: false, failure: { kind: 'REFUSED', code: 'CTC.DEADLINE_EXPIRED', message: 'Prazo encerrado.' } }, now, policy);
    expect(answering.snapshot.status).toBe('CLOSED');
  });
});
