import { IsoDate } from '@consignado/finance';
import type { Commission } from './commission';
import { type CommissionRecord, commissionStatement } from './commission-statement';
import { statementPeriod } from './statement-period';

const record = (proposalId: string, activatedAt: string, [base, percent, amount]: [string, string, string], reversedAt?: string): CommissionRecord => {
  const earned: Commission = { operationType: 'NEW', base, percent, amount, status: 'EARNED' };
  const commission: Commission = reversedAt ? { ...earned, status: 'REVERSED', reversedAt, reversalReason: 'RIGHT_OF_REGRET' } : earned;
  return { proposalId, contractId: `contract-${proposalId}`, activatedAt, commission };
};

// Brazil is UTC−3: 2026-04-01T02:59:59Z is still 31/03 there, 03:00:00Z is already 01/04.
const RECORDS = [
  record('a', '2026-03-10T13:00:00.000Z', ['10000.00', '3.00', '300.00']),
  record('b', '2026-03-05T12:00:00.000Z', ['7563.47', '2.00', '151.27'], '2026-03-09T18:00:00.000Z'),
  record('c', '2026-02-25T14:00:00.000Z', ['7213.55', '1.50', '108.20'], '2026-03-02T02:30:00.000Z'),
  record('d', '2026-03-31T12:00:00.000Z', ['5000.00', '3.00', '150.00'], '2026-04-03T12:00:00.000Z'),
  record('e', '2026-04-01T02:59:59.000Z', ['23919.62', '3.00', '717.59']),
  record('f', '2026-04-01T03:00:00.000Z', ['3000.00', '3.00', '90.00']),
];
const lines = (from: string, to: string) => {
  const s = commissionStatement(statementPeriod(IsoDate.of(from), IsoDate.of(to)), RECORDS);
  return { lines: s.lines.map((l) => [l.record.proposalId, l.kind, l.date.toString(), l.amount.toString(), l.status]), totals: [s.earned, s.clawedBack, s.net].map(String) };
};

describe('corban commission statement by event date (seed 003 §6.3)', () => {
  it('March: earnings by activation date, clawbacks by reversal date, each on its Brazilian day', () => {
    expect(lines('2026-03-01', '2026-03-31')).toEqual({
      lines: [
        ['c', 'CLAWBACK', '2026-03-01', '-108.20', 'REVERSED'], // 23:30 on 01/03 in Brasília; earned in February
        ['b', 'EARNING', '2026-03-05', '151.27', 'REVERSED'],
        ['b', 'CLAWBACK', '2026-03-09', '-151.27', 'REVERSED'],
        ['a', 'EARNING', '2026-03-10', '300.00', 'EARNED'],
        ['d', 'EARNING', '2026-03-31', '150.00', 'EARNED'], // reversed only in April
        ['e', 'EARNING', '2026-03-31', '717.59', 'EARNED'],
      ],
      // 300.00 + 151.27 + 150.00 + 717.59 = 1318.86; −(151.27 + 108.20) = −259.47; 1318.86 − 259.47 = 1059.39
      totals: ['1318.86', '-259.47', '1059.39'],
    });
  });

  it('April: the March earning regretted in April is a clawback there; the earning of 01/04 00:00 is April\'s', () => {
    expect(lines('2026-04-01', '2026-04-30')).toEqual({
      lines: [
        ['f', 'EARNING', '2026-04-01', '90.00', 'EARNED'],
        ['d', 'CLAWBACK', '2026-04-03', '-150.00', 'REVERSED'],
      ],
      totals: ['90.00', '-150.00', '-60.00'],
    });
  });

  it('both months at once: the regretted ones net to zero', () => {
    const { totals } = lines('2026-03-01', '2026-04-30');
    // earned 1318.86 + 90.00 = 1408.86; clawed back 259.47 + 150.00 = 409.47
    expect(totals).toEqual(['1408.86', '-409.47', '999.39']);
  });

  it('a day with nothing is an empty statement of zeros', () => {
    expect(lines('2026-03-20', '2026-03-20')).toEqual({ lines: [], totals: ['0.00', '0.00', '0.00'] });
  });
});

describe('statement period', () => {
  it.each([
    ['2026-03-10', '2026-03-10', undefined],
    ['2024-01-01', '2024-12-31', undefined], // 366 days, the leap year
    ['2025-01-01', '2026-01-01', undefined], // 366 days across a common year
    ['2025-01-01', '2026-01-02', 'Período longo demais: o extrato cobre no máximo 366 dias.'], // 367
    ['2026-03-10', '2026-03-09', 'Período inválido: a data final (to) é anterior à inicial (from).'],
  ])('%s..%s', (from, to, refusal) => {
    const attempt = () => statementPeriod(IsoDate.of(from), IsoDate.of(to));
    if (!refusal) expect(attempt()).toEqual({ from: IsoDate.of(from), to: IsoDate.of(to) });
    else expect(attempt).toThrow(expect.objectContaining({ code: 'COMMISSION.INVALID_PERIOD', message: refusal, details: { fields: [expect.objectContaining({ field: 'to' })] } }));
  });
});
