import { IsoDate } from '../dates/iso-date';
import { Money } from '../money/money';
import { premiumRefund } from './premium-refund';

const period = (start: string, end: string) => ({ start: IsoDate.of(start), end: IsoDate.of(end) });

describe('premiumRefund: R(premium × unexpired days / covered days)', () => {
  it.each([
    // 1,096 of 1,826 days left (2028 is a leap year): 593.75 × 1096 / 1826 = 356.3800…
    ['593.75', '2026-01-10', '2031-01-10', '2028-01-10', '356.38'],
    // one day used of 183: 1.70 × 182 / 183 = 1.6907…
    ['1.70', '2026-03-01', '2026-08-31', '2026-03-02', '1.69'],
    // 178 of 360 days: 79.63 × 178 / 360 = 39.3726…
    ['79.63', '2025-12-15', '2026-12-10', '2026-06-15', '39.37'],
    // 0.03 × 16 / 31 = 0.01548… rounds half-up to 0.02
    ['0.03', '2026-01-01', '2026-02-01', '2026-01-16', '0.02'],
  ])('%s over %s → %s, ended %s → %s', (premium, start, end, date, refund) => {
    expect(premiumRefund(Money.of(premium), period(start, end), IsoDate.of(date)).toString()).toBe(refund);
  });

  it('refunds nothing on or after the last due date', () => {
    expect(premiumRefund(Money.of('79.63'), period('2025-12-15', '2026-12-10'), IsoDate.of('2026-12-10')).toString()).toBe('0.00');
    expect(premiumRefund(Money.of('79.63'), period('2025-12-15', '2026-12-10'), IsoDate.of('2027-01-10')).toString()).toBe('0.00');
  });

  it('refunds the whole premium on the contract date or before it', () => {
    expect(premiumRefund(Money.of('79.63'), period('2025-12-15', '2026-12-10'), IsoDate.of('2025-12-15')).toString()).toBe('79.63');
    expect(premiumRefund(Money.of('79.63'), period('2025-12-15', '2026-12-10'), IsoDate.of('2025-12-01')).toString()).toBe('79.63');
  });

  it('refuses a coverage that does not end after it starts', () => {
    expect(() => premiumRefund(Money.of('1.00'), period('2026-01-01', '2026-01-01'), IsoDate.of('2026-01-01'))).toThrow(RangeError);
  });
});
