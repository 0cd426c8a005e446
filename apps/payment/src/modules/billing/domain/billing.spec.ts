import { exampleActivation, handActivation } from '../../../../test/fixtures/contracts';
import { assertBillingTransition, BILLING_STATUSES, type BillingStatus } from './billing-status';
import { Billing } from './billing';

const cancelledAt = new Date('2026-04-14T09:00:00.000Z');
const rowsOf = (b: Billing) => b.snapshot.installments.map((i) => `${i.number} ${i.dueDate} ${i.amount} ${i.status}`);
const splitOf = (b: Billing) => b.snapshot.installments.map((i) => [i.split?.interest, i.split?.amortization, i.split?.balance].map(String).join(' '));

describe('billing state machine', () => {
  const allowed = new Set(['ACTIVE→CANCELLED', 'ACTIVE→SETTLED']);
  const pairs = BILLING_STATUSES.flatMap((from) => BILLING_STATUSES.map((to): [BillingStatus, BillingStatus] => [from, to]));

  it.each(pairs)('%s → %s', (from, to) => {
    if (allowed.has(`${from}→${to}`)) expect(() => assertBillingTransition(from, to)).not.toThrow();
    else expect(() => assertBillingTransition(from, to)).toThrow(expect.objectContaining({ code: 'BILLING.ILLEGAL_TRANSITION' }));
  });
});

describe('Billing opened from ContractActivated: the plan and its finance position', () => {
  it('keeps the rate, the plan start and each row\'s interest, amortization and balance (HAND, worked in test/fixtures)', () => {
    const billing = Billing.open(handActivation());
    const { status, plan, activatedAt } = billing.snapshot;
    expect([status, activatedAt?.toISOString()]).toEqual(['ACTIVE', '2026-04-10T13:00:00.000Z']);
    expect([plan?.rate.toString(), plan?.start.date.toString(), plan?.start.balance.toString(), plan?.start.afterInstallment, plan?.installment.toString(), plan?.paymentId]).toEqual([
      '0.02', '2026-04-10', '1000.00', 0, '346.75', undefined,
    ]);
    expect(rowsOf(billing)).toEqual(['1 2026-05-10 346.75 PENDING', '2 2026-06-10 346.75 PENDING', '3 2026-07-10 346.77 PENDING']);
    expect(splitOf(billing)).toEqual(['20.00 326.75 673.25', '13.47 333.28 339.97', '6.80 339.97 0.00']);
  });

  it('bills the 48-month example: 47 × 311.36 and the residue row 311.03', () => {
    const rows = rowsOf(Billing.open(exampleActivation()));
    expect([rows.length, rows[0], rows[46], rows[47]]).toEqual([48, '1 2025-03-10 311.36 PENDING', '47 2029-01-10 311.36 PENDING', '48 2029-02-10 311.03 PENDING']);
  });

  it.each<[string, (a: ReturnType<typeof handActivation>) => void, RegExp]>([
    ['an amount that is not the terms\' Price row', (a) => (a.schedule[2].amount = '346.75'), /parcela 3 de R\$ 346.75 em 2026-07-10, mas os termos do contrato dão R\$ 346.77 em 2026-07-10/],
    ['a due date off the calendar', (a) => (a.schedule[1].dueDate = '2026-06-11'), /parcela 2/],
    ['a gap in the numbering', (a) => (a.schedule[1].number = 4), /sem lacunas/],
    ['a count that is not the term', (a) => a.schedule.pop(), /2 parcelas para um prazo de 3 meses/],
    ['another rate', (a) => (a.monthlyRate = '0.021'), /parcela 1/],
    ['terms finance refuses', (a) => (a.firstDueDate = '2026-04-10'), /primeiro vencimento/],
  ])('refuses %s with BILLING.INVALID_SCHEDULE', (_, spoil, message) => {
    const a = handActivation();
    spoil(a);
    expect(() => Billing.open(a)).toThrow(expect.objectContaining({ code: 'BILLING.INVALID_SCHEDULE', message: expect.stringMatching(message) }));
  });

  it('orders rows by number', () => {
    const a = handActivation();
    a.schedule.reverse();
    expect(rowsOf(Billing.open(a))[0]).toBe('1 2026-05-10 346.75 PENDING');
  });
});

describe('Billing closed', () => {
  it.each<[BillingStatus & ('CANCELLED' | 'SETTLED'), string]>([
    ['CANCELLED', 'CLOSED'],
    ['SETTLED', 'SETTLED'],
  ])('on %s pending rows become %s, paid ones stay; a repeat changes nothing', (status, ended) => {
    const billing = Billing.open(handActivation());
    expect(billing.close({ status, at: cancelledAt })).toBe('CLOSED');
    expect(billing.close({ status, at: cancelledAt })).toBe('UNCHANGED');
    expect(billing.snapshot).toMatchObject({ status, closedAt: cancelledAt });
    expect(billing.snapshot.installments.map((i) => i.status)).toEqual([ended, ended, ended]);
  });

  it('refuses to settle a cancelled billing', () => {
    const billing = Billing.open(handActivation());
    billing.close({ status: 'CANCELLED', at: cancelledAt });
    expect(() => billing.close({ status: 'SETTLED', at: cancelledAt })).toThrow(expect.objectContaining({ code: 'BILLING.ILLEGAL_TRANSITION' }));
  });

  it.each([
    ['CANCELLED' as const, 'CLOSED'],
    ['SETTLED' as const, 'SETTLED'],
  ])('keeps a contract %s before its activation arrived closed, with the late plan attached %s', (status, ended) => {
    const a = handActivation();
    const billing = Billing.closedBeforeActivation(a.contractId, a.customerId, { status, at: cancelledAt });
    expect([rowsOf(billing), billing.snapshot.plan]).toEqual([[], undefined]);
    expect(billing.attachSchedule(a)).toBe('ATTACHED_CLOSED');
    expect(billing.attachSchedule(a)).toBe('UNCHANGED');
    expect([billing.snapshot.status, rowsOf(billing)[0], billing.snapshot.plan?.start.balance.toString()]).toEqual([status, `1 2026-05-10 346.75 ${ended}`, '1000.00']);
  });

  it('ignores a repeated activation of an active billing', () => {
    const billing = Billing.open(handActivation());
    expect(billing.attachSchedule(handActivation())).toBe('UNCHANGED');
    expect(rowsOf(billing).every((r) => r.endsWith('PENDING'))).toBe(true);
  });
});
