import { IsoDate } from '@consignado/finance';
import { PortabilityNumber } from './portability-number';

describe('PortabilityNumber (NU)', () => {
  it('is 21 digits: request date, 12-digit sequence, Luhn check digit', () => {
    const nu = PortabilityNumber.issue(IsoDate.of('2025-02-28'), 42n).toString();
    expect(nu).toMatch(/^\d{21}$/);
    expect(nu.slice(0, 20)).toBe('20250228000000000042');
    expect(nu).toBe('202502280000000000424'); // 2+0+2+1+0+4+2+7+4+4 = 26 → 4
  });

  it('parses what it issues', () => {
    for (const seq of [1n, 7n, 123_456_789n, 999_999_999_999n]) {
      const nu = PortabilityNumber.issue(IsoDate.of('2026-12-31'), seq).toString();
      const parsed = PortabilityNumber.parse(nu);
      expect(parsed.ok && parsed.value.toString()).toBe(nu);
    }
  });

  it.each(['202502280000000000420', '20250228000000000042', '2025022800000000004210', '20250228000000000042a', '', 42])('refuses %p with CTC.INVALID_NU', (input) => {
    const parsed = PortabilityNumber.parse(input);
    expect(parsed.ok ? 'accepted' : parsed.error.code).toBe('CTC.INVALID_NU');
  });

  it('catches any single mistyped digit', () => {
    const nu = PortabilityNumber.issue(IsoDate.of('2025-03-10'), 987_654n).toString();
    for (let k = 0; k < 21; k++) {
      const wrong = `${nu.slice(0, k)}${(Number(nu[k]) + 1) % 10}${nu.slice(k + 1)}`;
      expect(PortabilityNumber.parse(wrong).ok).toBe(false);
    }
  });

  it('refuses a sequence outside 1..10¹²−1', () => {
    expect(() => PortabilityNumber.issue(IsoDate.of('2025-03-10'), 0n)).toThrow(RangeError);
    expect(() => PortabilityNumber.issue(IsoDate.of('2025-03-10'), 10n ** 12n)).toThrow(RangeError);
  });
});
