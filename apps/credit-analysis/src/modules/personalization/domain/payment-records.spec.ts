import { contractDue, TODAY } from '../testing/personalization.fixtures';
import { defaultsIn, paymentRecords } from './payment-records';

describe('paymentRecords: the platform\'s payment history (seed 004 historico_pagamentos)', () => {
  it('counts each row due by today: paid by its payment date, still open by today; rows yet to fall due are not history', () => {
    // Due 2026-03-15 paid on time, 2026-04-15 paid 10 days late, 2026-05-15 open (31 days on 2026-06-15), 06-15 due today, 07-15 future.
    const c = contractDue('c1', [-3, -2, -1, 0, 1], [0, 10, undefined, undefined, undefined]);
    expect(paymentRecords([c], TODAY).map((r) => [r.dueDate, r.daysLate])).toEqual([['2026-03-15', 0], ['2026-04-15', 10], ['2026-05-15', 31]]);
  });

  it('an early payment is on time, never negative days', () => {
    const c = contractDue('c1', [-1, 1, 2, 3, 4], [-5, undefined, undefined, undefined, undefined]);
    expect(paymentRecords([c], TODAY).map((r) => r.daysLate)).toEqual([0]);
  });

  it('rows ended by a settlement tell nothing; rows older than five years are left out', () => {
    const settled = contractDue('c1', [-3, -2, -1, 1, 2], [0, undefined, undefined, undefined, undefined]);
    const rows = settled.payload.installments.map((r, i) => (i === 1 ? { ...r, status: 'SETTLED' as const } : r));
    expect(paymentRecords([{ ...settled, payload: { ...settled.payload, installments: rows } }], TODAY).map((r) => r.dueDate)).toEqual(['2026-03-15', '2026-05-15']);
    const old = contractDue('c2', [-62, -61, -60, -59, -58], [0, 0, 0, 0, 0]);
    // Rows due 2021-04-15 … 2021-08-15; five years (1,825 days) before 2026-06-15 is 2021-06-16.
    expect(paymentRecords([old], TODAY).map((r) => r.dueDate)).toEqual(['2021-07-15', '2021-08-15']);
  });

  it('defaults: contracts with a row more than 90 days late, each counted once (91 is a default, 90 is not)', () => {
    const late91 = contractDue('c1', [-5, -4, -3, 1, 2], [91, 120, 0, undefined, undefined], { contractId: 'a1a1a1a1-0000-4000-8000-000000000001' });
    const late90 = contractDue('c1', [-5, -4, -3, 1, 2], [90, 0, 0, undefined, undefined], { contractId: 'a1a1a1a1-0000-4000-8000-000000000002' });
    const open = contractDue('c1', [-4, -3, 1, 2, 3], [0, undefined, undefined, undefined, undefined], { contractId: 'a1a1a1a1-0000-4000-8000-000000000003' });
    // The open row fell due 2026-03-15: 92 days on 2026-06-15.
    expect(defaultsIn(paymentRecords([late91, late90, open], TODAY))).toBe(2);
  });
});
