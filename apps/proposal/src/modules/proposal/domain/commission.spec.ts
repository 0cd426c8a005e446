import { Money } from '@consignado/finance';
import { CommissionPolicy } from './commission';

describe('corban commission (R-PR-5, seed 003 §6.3)', () => {
  const policy = new CommissionPolicy({ NEW: '3.00', REFINANCING: '2.5', PORTABILITY: '1.25' });

  it.each([
    ['NEW', '10000.00', '3.00', '300.00'],
    ['NEW', '23919.62', '3.00', '717.59'], // 717.5886 → half-up
    ['NEW', '0.16', '3.00', '0.00'], // 0.0048
    ['NEW', '0.17', '3.00', '0.01'], // 0.0051
    ['REFINANCING', '12345.67', '2.50', '308.64'], // 308.64175
    ['PORTABILITY', '5000.00', '1.25', '62.50'],
    ['PORTABILITY', '1234.02', '1.25', '15.43'], // 15.42525 → half-up
  ] as const)('%s on %s at %s%% is %s', (type, base, percent, amount) => {
    expect(policy.commissionFor(type, Money.of(base))).toEqual({ operationType: type, percent, base, amount, status: 'EARNED' });
  });

  it.each([
    [{ NEW: '1.99', REFINANCING: '2', PORTABILITY: '1.5' }, 'NEW'],
    [{ NEW: '5.01', REFINANCING: '2', PORTABILITY: '1.5' }, 'NEW'],
    [{ NEW: '3', REFINANCING: '3.5', PORTABILITY: '1.5' }, 'REFINANCING'],
    [{ NEW: '3', REFINANCING: '2', PORTABILITY: '0.5' }, 'PORTABILITY'],
  ])('refuses %j outside the seed ranges', (percents, type) => {
    expect(() => new CommissionPolicy(percents)).toThrow(new RegExp(`commission for ${type}`));
  });

  it('accepts the range limits', () => {
    expect(() => new CommissionPolicy({ NEW: '2', REFINANCING: '3', PORTABILITY: '1' })).not.toThrow();
    expect(() => new CommissionPolicy({ NEW: '5', REFINANCING: '1', PORTABILITY: '2' })).not.toThrow();
  });
});
