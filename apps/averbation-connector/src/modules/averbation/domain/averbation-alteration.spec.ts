import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import type { DataprevFailure } from '../../dataprev/dataprev.types';
import { RetryPolicy } from '../../jobs/domain/retry-policy';
import { comparePlans, planOf } from './alteration-plan';
import { type AlterationOutcome, AverbationAlteration } from './averbation-alteration';
import { NEW_CONTRACT_ID, renegotiationActivated } from './renegotiation.fixture';

const now = new Date('2026-03-25T14:00:05.000Z');
const policy = new RetryPolicy(3, 1_000, 8_000);
const deduction = { id: '6d1f0c5e-1b2a-4c3d-8e9f-0a1b2c3d4e5f', contractId: examplePayload('ContractAmended').contractId, protocol: 'DTP-2025-000000001', benefitNumber: '1234567890' };
const amended = (extra: Partial<PayloadOf<'ContractAmended'>>) => createEnvelope('ContractAmended', { payload: { ...examplePayload('ContractAmended'), ...extra } });
const first = amended({ paymentId: '00000000-0000-4000-8000-000000000001', effectiveDate: '2026-03-25', amendedAt: '2026-03-25T14:00:00.000Z', installmentAmount: '203.14', remainingInstallments: 25 });
const second = amended({ paymentId: '00000000-0000-4000-8000-000000000002', effectiveDate: '2026-04-02', amendedAt: '2026-04-02T09:00:00.000Z', installmentAmount: '150.00', remainingInstallments: 25 });
const unavailable: AlterationOutcome = { ok: false, failure: { kind: 'TRANSIENT', code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível no momento.' } };
const refusal: DataprevFailure = { kind: 'REFUSED', code: 'AVERBATION.MARGIN_INSUFFICIENT', message: 'Margem consignável insuficiente para a averbação.' };

const fresh = () => AverbationAlteration.requested(deduction, first, now);
const view = (a: AverbationAlteration) => [a.snapshot.status, a.snapshot.revision, a.snapshot.plan.installmentAmount, a.snapshot.attempts];

describe('comparePlans: the later amendment wins', () => {
  const plan = (paymentId: string, effectiveDate: string, amendedAt: string) => ({ ...planOf(first), paymentId, effectiveDate, amendedAt });
  it.each([
    ['a later date', plan('a', '2026-04-02', '2026-04-01T09:00:00.000Z'), plan('b', '2026-03-25', '2026-04-01T10:00:00.000Z'), 1],
    ['the same date, amended later', plan('a', '2026-03-25', '2026-03-25T15:00:00.000Z'), plan('b', '2026-03-25', '2026-03-25T14:00:00.000Z'), 1],
    ['the same date, amended earlier', plan('a', '2026-03-25', '2026-03-25T13:00:00.000Z'), plan('b', '2026-03-25', '2026-03-25T14:00:00.000Z'), -1],
    ['the same payment', plan('a', '2026-03-25', '2026-03-25T13:00:00.000Z'), plan('a', '2026-03-25', '2026-03-25T13:00:00.000Z'), 0],
    ['one instant spelt twice, tie broken by payment', plan('b', '2026-03-25', '2026-03-25T13:00:00Z'), plan('a', '2026-03-25', '2026-03-25T13:00:00.000Z'), 1],
  ])('%s', (_name, a, b, expected) => {
    expect(comparePlans(a, b)).toBe(expected);
  });
});

describe('AverbationAlteration (R-LN-5)', () => {
  it('starts PENDING with the plan Dataprev needs: installment and installments left', () => {
    expect([...view(fresh()), fresh().snapshot.plan.remainingInstallments, fresh().snapshot.nextAttemptAt]).toEqual(['PENDING', 1, '203.14', 0, 25, now]);
  });

  it('is APPLIED when Dataprev answers', () => {
    const a = fresh();
    a.record(1, { ok: true }, now, policy);
    expect([...view(a), a.snapshot.appliedAt]).toEqual(['APPLIED', 1, '203.14', 0, now]);
  });

  it('retries transient failures with backoff, then fails for good (never loops)', () => {
    const a = fresh();
    const waits = [1, 2, 3].map(() => (a.record(1, unavailable, now, policy, () => 0.5), [a.snapshot.status, a.snapshot.nextAttemptAt.getTime() - now.getTime()]));
    expect(waits).toEqual([['PENDING', 500], ['PENDING', 1_000], ['FAILED', 1_000]]);
    expect(a.snapshot.lastError).toEqual({ code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível no momento.' });
  });

  it('records a refusal at once', () => {
    const a = fresh();
    a.record(1, { ok: false, failure: refusal }, now, policy);
    expect([...view(a), a.snapshot.lastError?.code]).toEqual(['REFUSED', 1, '203.14', 1, 'AVERBATION.MARGIN_INSUFFICIENT']);
  });

  it('ignores an older amendment arriving late, and the same one again', () => {
    const a = AverbationAlteration.requested(deduction, second, now);
    a.record(1, { ok: true }, now, policy);
    expect([a.amend(first, now), a.amend(second, now), ...view(a)]).toEqual(['STALE', 'SAME_PLAN', 'APPLIED', 1, '150.00', 0]);
  });

  it('sends a newer plan after the call in flight: that call’s outcome no longer counts', () => {
    const a = fresh();
    const later = new Date(now.getTime() + 60_000);
    expect(a.amend(second, later)).toBe('SCHEDULED');
    a.record(1, { ok: true }, later, policy);
    expect([...view(a), a.snapshot.nextAttemptAt]).toEqual(['PENDING', 2, '150.00', 0, later]);
    a.record(2, { ok: true }, later, policy);
    expect(view(a)).toEqual(['APPLIED', 2, '150.00', 0]);
  });

  it('starts over for a newer plan after a final refusal', () => {
    const a = fresh();
    a.record(1, { ok: false, failure: refusal }, now, policy);
    a.amend(second, now);
    expect([...view(a), a.snapshot.lastError]).toEqual(['PENDING', 2, '150.00', 0, undefined]);
  });

  it('is dropped when the deduction is no longer registered', () => {
    const a = fresh();
    a.drop(1, 'Averbação não está ativa (PENDING_CANCELLATION).');
    expect([a.snapshot.status, a.snapshot.lastError?.code]).toEqual(['DROPPED', 'AVERBATION.NOT_REGISTERED']);
  });

  it('is not dropped for a revision a newer plan replaced (a renegotiation moved the deduction meanwhile)', () => {
    const a = fresh();
    a.amend(second, now);
    a.drop(1, 'Averbação em estado desconhecido: não há desconto a alterar.');
    expect(view(a)).toEqual(['PENDING', 2, '150.00', 0]);
  });

  it('takes a later renegotiation as the newest plan, handed to the new contract; the same one again changes nothing', () => {
    const a = fresh();
    a.record(1, { ok: true }, now, policy);
    const renegotiated = renegotiationActivated();
    a.moveTo(NEW_CONTRACT_ID);
    expect(a.amend(renegotiated, now)).toBe('SCHEDULED');
    expect([...view(a), a.snapshot.plan.reason, a.snapshot.plan.remainingInstallments, a.snapshot.contractId]).toEqual(['PENDING', 2, '180.40', 0, 'RENEGOTIATION', 72, NEW_CONTRACT_ID]);
    expect(a.amend(createEnvelope('ContractActivated', { payload: renegotiated.payload }), now)).toBe('SAME_PLAN');
    const later = amended({ contractId: NEW_CONTRACT_ID, effectiveDate: '2026-06-01', amendedAt: '2026-06-01T10:00:00.000Z', installmentAmount: '150.00', remainingInstallments: 60 });
    expect([a.amend(later, now), a.snapshot.plan.reason]).toEqual(['SCHEDULED', 'EXTRA_AMORTIZATION']);
  });
});
