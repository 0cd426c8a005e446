import { dec, fmt, r2, r4 } from './dec';
import { roundedQuotient } from './quotient';

describe('roundedQuotient (half-up, decided exactly)', () => {
  it.each([
    ['2500.5', '10000', 4, '0.2501'], // an exact tie rounds up (vector "DTI 0.25005")
    ['2500.4', '10000', 4, '0.25'], // 0.25004 rounds down to the threshold (P-1)
    ['440', '449', 4, '0.98'], // 0.979955… → 0.98
    ['48', '49', 4, '0.9796'],
    ['1', '8', 2, '0.13'],
    ['2', '3', 2, '0.67'],
    ['1', '3', 2, '0.33'],
    ['0', '7', 4, '0'],
  ])('%s / %s to %i places = %s', (a, b, places, expected) => {
    expect(roundedQuotient(dec(a), dec(b), places).toString()).toBe(expected);
  });
});

describe('r2, r4 and fmt', () => {
  it.each([
    ['250.045', r2, '250.05'],
    ['600.005', r2, '600.01'],
    ['0.30004', r4, '0.3'],
    ['0.30005', r4, '0.3001'],
  ])('%s rounds half-up to %s', (x, round, expected) => {
    expect(fmt(round(dec(x)))).toBe(expected as string);
  });

  it('prints the shortest plain decimal', () => {
    expect(fmt(dec('0.5200'))).toBe('0.52');
    expect(fmt(dec('3000.00'))).toBe('3000');
  });
});
