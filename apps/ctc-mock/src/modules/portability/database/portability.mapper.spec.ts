import { Money } from '@consignado/finance';
import { answer, answered, at, policy, requested, retention } from '../domain/portability.fixture';
import { PortabilityView } from '../presenters/portability.view';
import { toDomain, toRow } from './portability.mapper';
import type { PortabilityRow } from './portability.orm-entity';

/** Through the row and back as PostgreSQL gives it (jsonb and dates as text, timestamps as Date): nothing lost. */
const roundTrip = (p: ReturnType<typeof requested>) => {
  const row = JSON.parse(JSON.stringify({ ...toRow(p), idempotencyKey: null, requestFingerprint: null })) as PortabilityRow;
  return toDomain({ ...row, requestedAt: new Date(row.requestedAt), statusChangedAt: new Date(row.statusChangedAt) });
};

describe('portability mapper', () => {
  it('keeps a settled portability, amounts and rates as text', () => {
    const p = answered();
    p.transfer('DESTINATION', Money.of('10234.56'), at('2025-03-06'), policy);
    p.confirmSettlement('ORIGIN', 'QUIT-778', new Date('2025-03-07T12:00:00Z'));
    const back = roundTrip(p);
    expect(PortabilityView.from(back)).toEqual(PortabilityView.from(p));
    expect(toRow(p)).toMatchObject({ dueBalanceLimitDate: '2025-03-06', answer: { balance: '10234.56', monthlyRate: '0.0214' }, transfer: { amount: '10234.56' } });
  });

  it('keeps a retention offer and a closure', () => {
    const p = requested();
    p.answerBalance('ORIGIN', answer({ retentionOffer: retention }), at('2025-03-05'), policy);
    p.reject('ORIGIN', 'RETENCAO_DO_CLIENTE', new Date('2025-03-06T12:00:00Z'), 'aceitou');
    const back = roundTrip(p);
    expect(PortabilityView.from(back)).toEqual(PortabilityView.from(p));
    expect(back.state.answer?.retentionOffer?.monthlyRate.toString()).toBe('0.0169');
    expect(toRow(p).dueBalanceLimitDate).toBeNull();
  });
});
