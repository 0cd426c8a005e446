import { IsoDate, Money } from '@consignado/finance';
import { SYNTHETIC_KINDS, SYNTHETIC_MAX_VALUE, SYNTHETIC_MIN_VALUE, syntheticBeneficiary } from './synthetic-beneficiary';

const numbers = Array.from({ length: 500 }, (_, k) => String(1_000_000_000 + k * 7_919));

describe('syntheticBeneficiary (data for any valid benefit, no fixture needed)', () => {
  it('is deterministic: the same number always gives the same benefit', () => {
    for (const n of numbers.slice(0, 50)) {
      const a = syntheticBeneficiary(n);
      const b = syntheticBeneficiary(n);
      expect([b.kind, b.value.toString(), b.startDate.toString()]).toEqual([a.kind, a.value.toString(), a.startDate.toString()]);
    }
  });

  it('pins the derivation (a change would silently change every load test’s data)', () => {
    const b = syntheticBeneficiary('7000000007');
    expect([b.kind, b.value.toString(), b.startDate.toString()]).toEqual(['PENSAO_POR_MORTE', '7284.44', '2021-04-04']);
  });

  it('keeps values between the minimum wage and the INSS ceiling, dates before mid-2024, every kind used', () => {
    const all = numbers.map(syntheticBeneficiary);
    for (const b of all) {
      expect(b.value.gte(SYNTHETIC_MIN_VALUE) && b.value.lte(SYNTHETIC_MAX_VALUE)).toBe(true);
      expect(b.startDate.isBefore(IsoDate.of('2000-01-01'))).toBe(false);
      expect(b.startDate.isAfter(IsoDate.of('2024-06-30'))).toBe(false);
      expect(b.restrictions).toEqual([]);
      expect(b.externalCommitments.eq(Money.ZERO)).toBe(true);
    }
    expect(new Set(all.map((b) => b.kind))).toEqual(new Set(SYNTHETIC_KINDS));
    expect(new Set(all.map((b) => b.value.toString())).size).toBeGreaterThan(490);
  });
});
