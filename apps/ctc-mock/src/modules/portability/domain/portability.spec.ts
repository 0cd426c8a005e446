import { Money } from '@consignado/finance';
import { answer, answered, at, policy, requested, retention } from './portability.fixture';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('Portability: request and answer', () => {
  it('is registered (RECEIVED) and forwarded to the origin (PENDING), with the answer deadline in business days', () => {
    const p = requested();
    expect(p.state.status).toBe('PENDING');
    expect(p.state.answerDeadline.toString()).toBe('2025-03-11');
    expect(p.pullChanges().map((c) => [c.from, c.to])).toEqual([[null, 'RECEIVED'], ['RECEIVED', 'PENDING']]);
    expect(p.pullChanges()).toEqual([]);
  });

  it('accepts the origin’s answer: ACCEPTED_SETTLEMENT_IN_PROGRESS, transfer due the next business day', () => {
    const p = requested();
    p.pullChanges();
    expect(p.answerBalance('ORIGIN', answer(), at('2025-03-05'), policy)).toEqual({ ok: true, value: true });
    expect(p.state.status).toBe('ACCEPTED_SETTLEMENT_IN_PROGRESS');
    expect(p.state.answer?.dueBalanceLimitDate?.toString()).toBe('2025-03-06');
    expect(p.pullChanges().map((c) => c.to)).toEqual(['ACCEPTED_SETTLEMENT_IN_PROGRESS']);
  });

  it('takes the same answer twice as one, and refuses a different one', () => {
    const p = answered();
    expect(p.answerBalance('ORIGIN', answer(), at('2025-03-05'), policy)).toEqual({ ok: true, value: false });
    expect(code(p.answerBalance('ORIGIN', answer({ balance: Money.of('10234.57') }), at('2025-03-05'), policy))).toBe('CTC.ANSWER_CONFLICT');
    expect(p.pullChanges()).toEqual([]);
  });

  it('only lets the origin answer and refuse', () => {
    const p = requested();
    expect(code(p.answerBalance('DESTINATION', answer(), at('2025-03-05'), policy))).toBe('CTC.ROLE_FORBIDDEN');
    expect(code(p.reject('DESTINATION', 'CONTRATO_LIQUIDADO', new Date()))).toBe('CTC.REASON_NOT_ALLOWED');
    expect(p.state.status).toBe('PENDING');
  });

  it('refuses with a reason of the origin; the same refusal again is one', () => {
    const p = requested();
    expect(p.reject('ORIGIN', 'CONTRATO_LIQUIDADO', new Date(), 'quitado em 03/03')).toEqual({ ok: true, value: true });
    expect(p.state.closure).toMatchObject({ kind: 'REJECTED', reason: 'CONTRATO_LIQUIDADO', by: 'ORIGIN', detail: 'quitado em 03/03' });
    expect(p.reject('ORIGIN', 'CONTRATO_LIQUIDADO', new Date())).toEqual({ ok: true, value: false });
    expect(code(p.reject('ORIGIN', 'OUTROS', new Date()))).toBe('CTC.ILLEGAL_TRANSITION');
  });

  it('keeps a retention offer PENDING; RETENCAO_DO_CLIENTE needs one', () => {
    const p = requested();
    expect(code(p.reject('ORIGIN', 'RETENCAO_DO_CLIENTE', new Date()))).toBe('CTC.RETENTION_WITHOUT_OFFER');
    p.pullChanges();
    expect(p.answerBalance('ORIGIN', answer({ retentionOffer: retention }), at('2025-03-05'), policy)).toEqual({ ok: true, value: true });
    expect([p.state.status, p.state.answer?.retentionOffer?.installment.toString(), p.pullChanges()]).toEqual(['PENDING', '280.00', []]);
    expect(p.reject('ORIGIN', 'RETENCAO_DO_CLIENTE', new Date()).ok).toBe(true);
    expect(p.state.status).toBe('REJECTED');
  });

  it('goes on when the customer declines the retention offer: the final answer without it', () => {
    const p = requested();
    p.answerBalance('ORIGIN', answer({ retentionOffer: retention }), at('2025-03-05'), policy);
    expect(p.answerBalance('ORIGIN', answer(), at('2025-03-06'), policy)).toEqual({ ok: true, value: true });
    expect([p.state.status, p.state.answer?.retentionOffer, p.state.answer?.dueBalanceLimitDate?.toString()]).toEqual(['ACCEPTED_SETTLEMENT_IN_PROGRESS', undefined, '2025-03-07']);
  });
});
