import { IsoDate } from '@consignado/finance';
import { ExchangeClock } from './exchange-clock';

describe('ExchangeClock', () => {
  const late = new Date('2025-03-11T02:30:00Z'); // 23:30 on 2025-03-10 in São Paulo

  it('is the civil date in São Paulo when nobody moved it', async () => {
    const clock = new ExchangeClock({ read: async () => undefined, write: async () => undefined }, () => late);
    expect((await clock.time()).today.toString()).toBe('2025-03-10');
    expect(clock.now()).toBe(late);
  });

  it('is the operator’s date when set', async () => {
    const clock = new ExchangeClock({ read: async () => IsoDate.of('2025-03-12'), write: async () => undefined }, () => late);
    expect((await clock.today()).toString()).toBe('2025-03-12');
  });
});
