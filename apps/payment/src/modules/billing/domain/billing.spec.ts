import { examplePayload } from '@consignado/contracts';
import { assertBillingTransition, BILLING_STATUSES, type BillingStatus } from './billing-status';
import { Billing } from './billing';

const activation = () => examplePayload('ContractActivated'); // 48 rows of 311.36 from 2025-03-10
const cancelledAt = new Date('2025-02-14T09:00:00.000Z');
const rowsOf = (b: Billing) => b.snapshot.installments.map((i) => `${i.number} ${i.dueDate} ${i.amount} ${i.status}`);

describe('billing state machine', () => {
  const allowed = new Set(['ACTIVE→CANCELLED', 'ACTIVE→SETTLED']);
  const pairs = BILLING_STATUSES.flatMap((from) => BILLING_STATUSES.map((to): [BillingStatus, BillingStatus] => [from, to]));

  it.each(pairs)('%s → %s', (from, to) => {
    if (allowed.has(`${from}→${to}`)) expect(() => assertBillingTransition(from, to)).not.toThrow();
    else expect(() => assertBillingTransition(from, to)).toThrow(expect.objectContaining({ code: 'BILLING.ILLEGAL_TRANSITION' }));
  });
});

describe('Billing of a contract (R-PA-1, first slice)', () => {
  it('opens with the activated schedule, every installment PENDING', () => {
    const billing = Billing.open(activation());
    expect(billing.snapshot.status).toBe('ACTIVE');
    expect(rowsOf(billing)).toHaveLength(48);
    expect(rowsOf(billing)[0]).toBe('1 2025-03-10 311.36 PENDING');
    expect(rowsOf(billing)[47]).toBe('48 2029-02-10 311.36 PENDING');
    expect(billing.snapshot.activatedAt?.toISOString()).toBe('2025-02-10T13:20:09.000Z');
  });

  it('orders rows by number and refuses gaps or a count that is not the term', () => {
    const shuffled = activation();
    shuffled.schedule.reverse();
    expect(rowsOf(Billing.open(shuffled))[0]).toBe('1 2025-03-10 311.36 PENDING');
    const gap = activation();
    gap.schedule[3].number = 40;
    expect(() => Billing.open(gap)).toThrow(expect.objectContaining({ code: 'BILLING.INVALID_SCHEDULE' }));
    const short = { ...activation(), termMonths: 49 };
    expect(() => Billing.open(short)).toThrow(expect.objectContaining({ code: 'BILLING.INVALID_SCHEDULE' }));
  });

  it.each([['CANCELLED' as const], ['SETTLED' as const]])('stops billing on %s: pending installments close; a repeat changes nothing', (status) => {
    const billing = Billing.open(activation());
    expect(billing.close({ status, at: cancelledAt })).toBe('CLOSED');
    expect(billing.close({ status, at: cancelledAt })).toBe('UNCHANGED');
    expect(billing.snapshot).toMatchObject({ status, closedAt: cancelledAt });
    expect(billing.snapshot.installments.every((i) => i.status === 'CLOSED')).toBe(true);
  });

  it('refuses to settle a cancelled billing', () => {
    const billing = Billing.open(activation());
    billing.close({ status: 'CANCELLED', at: cancelledAt });
    expect(() => billing.close({ status: 'SETTLED', at: cancelledAt })).toThrow(expect.objectContaining({ code: 'BILLING.ILLEGAL_TRANSITION' }));
  });

  it('keeps a contract closed before its activation arrived closed, with the late schedule attached closed', () => {
    const a = activation();
    const billing = Billing.closedBeforeActivation(a.contractId, a.customerId, { status: 'CANCELLED', at: cancelledAt });
    expect(rowsOf(billing)).toEqual([]);
    expect(billing.attachSchedule(a)).toBe('ATTACHED_CLOSED');
    expect(billing.attachSchedule(a)).toBe('UNCHANGED');
    expect(billing.snapshot.status).toBe('CANCELLED');
    expect(rowsOf(billing)[0]).toBe('1 2025-03-10 311.36 CLOSED');
  });

  it('ignores a repeated activation of an active billing', () => {
    const billing = Billing.open(activation());
    expect(billing.attachSchedule(activation())).toBe('UNCHANGED');
    expect(rowsOf(billing).every((r) => r.endsWith('PENDING'))).toBe(true);
  });
});
