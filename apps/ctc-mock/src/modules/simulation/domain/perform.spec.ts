import { answer, answered, at, policy, requested } from '../../portability/domain/portability.fixture';
import { perform } from './perform';
import { simulatedOrigin } from './simulation.fixture';

const time = at('2025-03-05');

describe('perform (a simulated bank’s move)', () => {
  it('ANSWER: the contract’s balance, dated today', () => {
    const p = requested();
    const done = perform('ORIGIN_ANSWER', p, simulatedOrigin('ANSWER'), time, policy);
    expect([done.result.ok, done.followUps, p.state.status]).toEqual([true, [], 'ACCEPTED_SETTLEMENT_IN_PROGRESS']);
    expect([p.state.answer?.balance.toString(), p.state.answer?.balanceDate.toString()]).toEqual(['10234.56', '2025-03-05']);
  });

  it('REFUSE: the configured reason', () => {
    const p = requested();
    perform('ORIGIN_ANSWER', p, simulatedOrigin('REFUSE', { refusalReason: 'CONTRATO_LIQUIDADO' }), time, policy);
    expect([p.state.status, p.state.closure?.reason]).toEqual(['REJECTED', 'CONTRATO_LIQUIDADO']);
  });

  it('RETAIN: a counter-offer (80% of the rate, 90% of the installment), then RETENCAO_DO_CLIENTE', () => {
    const p = requested();
    const c = simulatedOrigin('RETAIN');
    const done = perform('ORIGIN_ANSWER', p, c, time, policy);
    expect([p.state.status, done.followUps]).toEqual(['PENDING', [{ action: 'ORIGIN_RETAIN', delayMs: 1000 }]]);
    const offer = p.state.answer?.retentionOffer;
    expect([offer?.monthlyRate.toString(), offer?.installment.toString(), offer?.termMonths]).toEqual(['0.01712', '279.00', 60]);
    perform('ORIGIN_RETAIN', p, c, time, policy);
    expect([p.state.status, p.state.closure?.reason]).toEqual(['REJECTED', 'RETENCAO_DO_CLIENTE']);
  });

  it('an unknown contract: CONTRATO_NAO_ENCONTRADO', () => {
    const p = requested();
    perform('ORIGIN_NOT_FOUND', p, { originSimulated: true, defaultDelayMs: 0 }, time, policy);
    expect(p.state.closure).toMatchObject({ reason: 'CONTRATO_NAO_ENCONTRADO', by: 'ORIGIN' });
  });

  it.each([
    ['ANSWER', 'PORTABILITY_COMPLETED'],
    ['RETURN_FUNDS', 'PAYMENT_ISSUE'],
  ] as const)('%s: after the transfer, %s', (behaviour, status) => {
    const p = answered();
    p.transfer('DESTINATION', answer().balance, at('2025-03-06'), policy);
    perform('ORIGIN_SETTLE', p, simulatedOrigin(behaviour), at('2025-03-06'), policy);
    expect(p.state.status).toBe(status);
    if (status === 'PORTABILITY_COMPLETED') expect(p.state.settlement?.receipt).toBe('QUIT-CT-778');
  });

  it.each([
    ['TRANSFER', 'ACCEPTED_SETTLEMENT_COMPLETED'],
    ['CANCEL', 'CANCELLED'],
  ] as const)('a destination that behaves %s ends %s, paying exactly the answered balance', (behaviour, status) => {
    const p = answered();
    perform('DESTINATION_ACT', p, { originSimulated: false, destination: { nu: p.state.nu, ispb: '99000001', behaviour, delayMs: 0 }, defaultDelayMs: 0 }, at('2025-03-06'), policy);
    expect(p.state.status).toBe(status);
    if (behaviour === 'TRANSFER') expect(p.state.transfer?.amount.toString()).toBe('10234.56');
  });

  it('goes through the same rules: a late answer is refused like anyone’s', () => {
    const p = requested();
    p.expire(at('2025-03-12'));
    const done = perform('ORIGIN_ANSWER', p, simulatedOrigin('ANSWER'), at('2025-03-12'), policy);
    expect(done.result.ok ? 'ok' : done.result.error.code).toBe('CTC.DEADLINE_EXPIRED');
  });
});
