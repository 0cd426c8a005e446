import { HAND, d, m, positionOf, rowText } from '../../test/support/contracts';
import { ContractPosition, createPosition, paidPrefixLength } from './contract-position';
import { firstInstallments, positionFromTerms } from './position-builders';

describe('positionFromTerms', () => {
  it('starts at the contract date and principal, rows as the Price schedule, paid as given', () => {
    const position = positionOf(HAND, 2);
    expect([position.start.date, position.start.balance, position.installment].map(String)).toEqual(['2026-04-10', '1000.00', '346.75']);
    expect(position.rows.map(rowText)).toEqual([
      ['1', '2026-05-10', '346.75', '20.00', '326.75', '673.25'],
      ['2', '2026-06-10', '346.75', '13.47', '333.28', '339.97'],
      ['3', '2026-07-10', '346.77', '6.80', '339.97', '0.00'],
    ]);
    expect(position.rows.map((r) => r.paid)).toEqual([false, true, false]);
  });

  it.each([[0], [4], [1.5]])('refuses paid installment %p, not a row of the contract', (number) => {
    expect(() => positionFromTerms(HAND, [number])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('firstInstallments(k) is 1..k', () => {
    expect([firstInstallments(0), firstInstallments(3)]).toEqual([[], [1, 2, 3]]);
  });
});

describe('paidPrefixLength', () => {
  it.each<[number[], number]>([
    [[], 0],
    [[1], 1],
    [[2], 0], // #2 paid ahead: the prefix stops at #1
    [[1, 3], 1],
    [[1, 2, 3], 3],
  ])('%j paid → %i', (paid, length) => {
    expect(paidPrefixLength(positionOf(HAND, ...paid))).toBe(length);
  });
});

describe('createPosition (a stored plan, untrusted)', () => {
  const valid = positionOf(HAND);
  const withRows = (rows: ContractPosition['rows']): ContractPosition => ({ ...valid, rows });

  it('accepts a valid plan, also one whose first row falls due on its start date', () => {
    expect(createPosition(valid).ok).toBe(true);
    const sameDay = withRows([{ ...valid.rows[0], dueDate: d('2026-04-10') }, ...valid.rows.slice(1)]);
    expect(createPosition(sameDay).ok).toBe(true);
  });

  it.each<[string, ContractPosition]>([
    ['no rows', withRows([])],
    ['numbers not consecutive', withRows([valid.rows[0], valid.rows[2]])],
    ['due dates not increasing', withRows([valid.rows[1], { ...valid.rows[1], number: 3 }])],
    ['a first due date before the start', withRows([{ ...valid.rows[0], dueDate: d('2026-04-09') }])],
    ['a zero start balance', { ...valid, start: { date: valid.start.date, balance: m('0') } }],
  ])('refuses %s with INVALID_INPUT', (_name, position) => {
    const result = createPosition(position);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
  });
});
