import { IsoDate, Money } from '@consignado/finance';
import { RegretReturn } from './regret-return';

const due = () => RegretReturn.due('k', 'c', Money.of('1000.00'), new Date('2026-04-12T10:00:00.000Z'));
const receipt = (amount: string, id = amount) => ({ receiptId: id, amount: Money.of(amount), receivedOn: IsoDate.of('2026-04-15'), recordedAt: new Date('2026-04-15T12:00:00.000Z'), recordedBy: 'INTERNAL:op' });

describe('regret return (R-PR-8)', () => {
  it('the exact amount: RECEIVED at once', () => {
    const r = due();
    r.receive(receipt('1000.00'));
    expect([r.snapshot.status, r.received.toString(), r.outstanding.toString(), r.snapshot.receivedAt?.toISOString()]).toEqual(['RECEIVED', '1000.00', '0.00', '2026-04-15T12:00:00.000Z']);
  });

  it('partial receipts: DUE until they add up exactly', () => {
    const r = due();
    r.receive(receipt('400.00', 'a'));
    expect([r.snapshot.status, r.outstanding.toString()]).toEqual(['DUE', '600.00']);
    r.receive(receipt('599.99', 'b'));
    expect([r.snapshot.status, r.outstanding.toString()]).toEqual(['DUE', '0.01']);
    r.receive(receipt('0.01', 'c'));
    expect([r.snapshot.status, r.snapshot.receipts.length]).toEqual(['RECEIVED', 3]);
  });

  it.each([
    ['more than due', [], '1000.01', '1000.00'],
    ['more than what is left', ['700.00'], '300.01', '300.00'],
    ['anything once received', ['1000.00'], '0.01', '0.00'],
  ])('%s: refused whole with the outstanding amount, nothing recorded', (_, before, amount, outstanding) => {
    const r = due();
    for (const b of before) r.receive(receipt(b));
    const count = r.snapshot.receipts.length;
    expect(() => r.receive(receipt(amount, 'x'))).toThrow(expect.objectContaining({ code: 'DISBURSEMENT.RETURN_OVERPAID', details: { outstanding } }));
    expect(r.snapshot.receipts).toHaveLength(count);
  });
});
