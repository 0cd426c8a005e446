import { isRecord, readCount, readDecimal, readMoney, readRate } from './read';

const text = (x: { toString(): string } | null) => (x === null ? null : x.toString());

describe('numeric fields (PROFILE.md "Conventions")', () => {
  it.each([
    [1234.5, '1234.5'],
    ['1234.50', '1234.5'],
    ['0', '0'],
    [0, '0'],
    [-0, '0'],
    ['-1', null], // negative is absent
    [-0.01, null],
    ['1e3', null], // not a plain decimal
    [' 12', null],
    ['12,5', null],
    ['.5', null],
    ['abc', null],
    ['', null],
    [null, null],
    [undefined, null],
    [true, null],
    [[5], null], // an array is not a number
    [{ value: 5 }, null],
  ])('readDecimal(%p) = %p', (value, expected) => {
    expect(text(readDecimal(value))).toBe(expected);
  });

  it('money is r2 and rates r4 on input, half-up', () => {
    expect(text(readMoney(250.045))).toBe('250.05');
    expect(text(readMoney('2000.004'))).toBe('2000');
    expect(text(readRate(0.06255))).toBe('0.0626');
  });

  it.each([
    [3, '3'],
    ['7', '7'],
    ['2.0', '2'],
    [1.5, null],
    ['2.5', null],
    [-1, null],
  ])('counts must be integral: readCount(%p) = %p', (value, expected) => {
    expect(text(readCount(value))).toBe(expected);
  });

  it('isRecord accepts plain objects only', () => {
    expect([{}, [], null, 'x', 1].map(isRecord)).toEqual([true, false, false, false, false]);
  });
});
