import { Money } from '@consignado/finance';
import { answer, answered, at, policy, requested } from './portability.fixture';

describe('Portability: deadlines', () => {
  it.each([
    ['2025-03-11', false], // the deadline day itself
    ['2025-03-12', true],
  ])('an unanswered request on %s expired=%s (DECURSO_DO_PRAZO)', (today, expired) => {
    const p = requested();
    expect(p.expire(at(today))).toBe(expired);
    expect(p.state.status).toBe(expired ? 'REJECTED' : 'PENDING');
    if (expired) expect(p.state.closure).toMatchObject({ reason: 'DECURSO_DO_PRAZO', by: 'EXCHANGE' });
  });

  it('expires an unpaid answer after the due-balance limit (DECURSO_DO_PRAZO_PARA_PAGAMENTO)', () => {
    const p = answered();
    expect(p.expire(at('2025-03-06'))).toBe(false);
    expect(p.expire(at('2025-03-07'))).toBe(true);
    expect(p.state.closure).toMatchObject({ reason: 'DECURSO_DO_PRAZO_PARA_PAGAMENTO', by: 'EXCHANGE' });
    expect(p.pullChanges().map((c) => [c.from, c.to])).toEqual([['ACCEPTED_SETTLEMENT_IN_PROGRESS', 'REJECTED']]);
  });

  it('says a late move was too late, not merely illegal', () => {
    const p = requested();
    p.expire(at('2025-03-12'));
    const late = p.answerBalance('ORIGIN', answer(), at('2025-03-12'), policy);
    expect(late.ok ? undefined : [late.error.code, late.error.message]).toEqual(['CTC.DEADLINE_EXPIRED', 'Prazo encerrado: a portabilidade foi recusada por DECURSO_DO_PRAZO.']);
    const unpaid = answered();
    unpaid.expire(at('2025-03-07'));
    const transfer = unpaid.transfer('DESTINATION', Money.of('10234.56'), at('2025-03-07'), policy);
    expect(transfer.ok ? undefined : transfer.error.code).toBe('CTC.DEADLINE_EXPIRED');
  });

  it('never expires a transferred, waiting-for-confirmation portability', () => {
    const p = answered();
    p.transfer('DESTINATION', Money.of('10234.56'), at('2025-03-06'), policy);
    expect(p.expire(at('2026-01-01'))).toBe(false);
  });
});
