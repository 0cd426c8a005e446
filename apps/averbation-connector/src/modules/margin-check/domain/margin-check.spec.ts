import { createEnvelope, examplePayload } from '@consignado/contracts';
import type { DataprevFailure, DataprevMargin, DataprevResult } from '../../dataprev/dataprev.types';
import { RetryPolicy } from '../../jobs/domain/retry-policy';
import { MarginCheck, marginChecked } from './margin-check';

const now = new Date('2025-02-10T13:00:00.000Z');
const policy = new RetryPolicy(3, 200, 1_000);
const margin: DataprevMargin = (({ benefit, margins, restrictions, checkedAt }) => ({ benefit, margins, restrictions, checkedAt }))(examplePayload('MarginChecked'));
const fresh = () => MarginCheck.requested('0c9d2f1e-3a4b-4c5d-8e6f-7a8b9c0d1e2f', createEnvelope('MarginCheckRequested', { payload: examplePayload('MarginCheckRequested') }), now);
const failed = (failure: DataprevFailure): DataprevResult<DataprevMargin> => ({ ok: false, failure });
const unavailable: DataprevFailure = { kind: 'TRANSIENT', code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível no momento.' };
/** Records an outcome and returns the events it raised. */
const recorded = (check: MarginCheck, ...args: Parameters<MarginCheck['record']>) => (check.record(...args), check.pullEvents());
const unknown: DataprevFailure = { kind: 'REFUSED', code: 'DATAPREV.BENEFIT_NOT_FOUND', message: 'Benefício não encontrado na Dataprev para o CPF informado.' };

describe('MarginCheck (R-AV-1, R-AV-2)', () => {
  it('turns Dataprev’s answer into MarginChecked (fromCache=false)', () => {
    const check = fresh();
    const [event] = recorded(check, { ok: true, value: margin }, now, policy);
    expect(event).toEqual({ type: 'MarginChecked', payload: { ...examplePayload('MarginChecked'), fromCache: false } });
    expect(check.snapshot.status).toBe('CHECKED');
    expect(recorded(check, { ok: true, value: margin }, now, policy)).toEqual([]);
  });

  it('builds the cached answer with fromCache=true', () => {
    expect(marginChecked(examplePayload('MarginCheckRequested'), margin, true).payload).toEqual({ ...examplePayload('MarginChecked'), fromCache: true });
  });

  it.each([
    // failures in order → events per call, final status
    [[unknown], [['MarginCheckFailed', false, 1]], 'FAILED'],
    [[unavailable], [[]], 'PENDING'],
    [[unavailable, unavailable, unavailable], [[], [], ['MarginCheckFailed', true, 3]], 'FAILED'],
    [[unavailable, unknown], [[], ['MarginCheckFailed', false, 2]], 'FAILED'],
  ])('failures %#', (failures, expected, status) => {
    const check = fresh();
    const events = failures.map((f) => recorded(check, failed(f), now, policy).flatMap((e) => [e.type, (e.payload as any).retryable, (e.payload as any).attempts]));
    expect(events).toEqual(expected);
    expect(check.snapshot.status).toBe(status);
  });

  it('reports the final transient failure in pt-BR with the attempts', () => {
    const check = fresh();
    const last = [1, 2, 3].map(() => recorded(check, failed(unavailable), now, policy)).pop();
    expect(last?.[0].payload).toMatchObject({ code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível no momento. Margem não consultada após 3 tentativas.', proposalId: examplePayload('MarginCheckRequested').proposalId });
  });

  it('schedules the retry within the backoff bounds', () => {
    const check = fresh();
    recorded(check, failed(unavailable), now, policy, () => 0.999_999);
    expect(check.snapshot.nextAttemptAt.getTime() - now.getTime()).toBe(200);
    recorded(check, failed(unavailable), now, policy, () => 0);
    expect(check.snapshot.nextAttemptAt.getTime()).toBe(now.getTime());
  });
});
