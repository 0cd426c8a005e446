import type { ExtraAmortization } from '@consignado/finance';
import type { BillingInstallment, BillingProps } from './billing';
import { plannedRow } from './billing-plan';

/**
 * The billing after an extraordinary amortization: rows before the new plan kept, the rest
 * replaced by the new plan's rows (REDUCE_TERM drops those past its last), the plan's start
 * (date, B′, afterInstallment), installment and the payment that caused it recorded.
 */
export function replanned(billing: Readonly<BillingProps>, done: ExtraAmortization, paymentId: string): BillingProps {
  if (!billing.plan) throw new Error('replanned without a plan: quoteAmortization checks it first');
  const first = done.rows[0].number;
  const kept = billing.installments.filter((i) => i.number < first);
  const rows: BillingInstallment[] = done.rows.map((r) => ({ ...plannedRow(r), status: 'PENDING' }));
  const start = { date: done.position.start.date, balance: done.balance, afterInstallment: first - 1 };
  return { ...billing, installments: [...kept, ...rows], plan: { rate: billing.plan.rate, start, installment: done.installment, paymentId } };
}

/** The billing settled as a whole by a payment: SETTLED, its unpaid rows SETTLED. */
export function settledRows(billing: Readonly<BillingProps>, at: Date, paymentId: string): BillingProps {
  const installments = billing.installments.map((i) => (i.status === 'PENDING' ? { ...i, status: 'SETTLED' as const } : i));
  return { ...billing, status: 'SETTLED', installments, closedAt: at, settledByPaymentId: paymentId };
}
