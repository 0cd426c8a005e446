import { RoundingMode, dec } from './dec';
import { nthRoot, powRounded, rationalPow, reciprocal } from './power';

// Expected digits computed independently with Python's decimal module at 80 digits.
describe('nthRoot', () => {
  it.each([
    ['2', 30, 40, '1.0233738919967749098545434706499832498636'],
    ['1.0185', 30, 40, '1.0006112186075040528407416365395075916646'],
    ['0.5', 7, 30, '0.905723664263906671594172873215'],
    ['1.21', 2, 40, '1.1'],
    ['1.0185', 1, 40, '1.0185'],
    ['32', 5, 40, '2'],
  ])('%s^(1/%i) to %i places', (a, n, dp, expected) => {
    expect(nthRoot(dec(a), n, dp).toString()).toBe(expected);
  });

  it('rejects a non-positive radicand and a bad index', () => {
    expect(() => nthRoot(dec('0'), 3, 10)).toThrow(RangeError);
    expect(() => nthRoot(dec('2'), 0, 10)).toThrow(RangeError);
  });
});

describe('rationalPow', () => {
  it.each([
    ['1.0185', 31, 30, '1.0191225261517428778182953568154884821104'],
    ['1.0185', 45, 30, '1.0278779507436668426669526411758156241710'],
    ['1.0185', 60, 30, '1.03734225'], // whole months: exact, no root taken
    ['1.0185', 0, 30, '1'],
  ])('%s^(%i/%i)', (a, num, den, expected) => {
    expect(rationalPow(dec(a), num, den, 40).toFixed(expected.includes('.') ? expected.split('.')[1].length : 0)).toBe(expected);
  });
});

describe('powRounded', () => {
  it('is exact while the digits fit and bounds the power in directed modes', () => {
    expect(powRounded(dec('1.1'), 3, 10).toString()).toBe('1.331');
    // Each product is rounded, so only the leading digits of a long power are exact.
    expect(powRounded(dec('1.0166'), 96, 40).toFixed(30)).toBe('4.857469867439308736477267890804');
    const down = powRounded(dec('0.999'), 365, 8, RoundingMode.down);
    const up = powRounded(dec('0.999'), 365, 8, RoundingMode.up);
    const exact = dec('0.999').pow(365);
    expect(down.lte(exact) && up.gte(exact)).toBe(true);
    expect(up.minus(down).lt(dec('1e-5'))).toBe(true); // 8 places, errors amplified by the exponent
  });

  it('rejects a negative or fractional exponent', () => {
    expect(() => powRounded(dec('2'), -1, 10)).toThrow(RangeError);
    expect(() => powRounded(dec('2'), 1.5, 10)).toThrow(RangeError);
  });
});

describe('reciprocal', () => {
  it.each([
    ['0.9657', 30, '1.035518276897587242414828621725'],
    ['3', 20, '0.33333333333333333333'],
    ['0.25', 10, '4'],
  ])('1/%s to %i places', (x, dp, expected) => {
    expect(reciprocal(dec(x), dp).toString()).toBe(expected);
  });
});
