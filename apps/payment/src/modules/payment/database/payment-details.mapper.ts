import { type AmortizationMode, IsoDate, Money } from '@consignado/finance';
import type { AmortizationRecord, Payment, SettledPosition } from '../domain/payment';
import type { PaymentDetailsRecord } from './payment.orm-entity';

/** A settling payment's computation and an amortization's new plan, as jsonb (decimal strings). */
export function detailsRecord(p: Payment): PaymentDetailsRecord | null {
  const { settled, amortization: a } = p;
  if (!settled && !a) return null;
  return {
    ...(settled
      ? { settled: { kind: settled.kind, amount: settled.amount.toString(), installments: [...settled.installments], remainingUndiscounted: settled.remainingUndiscounted.toString() } }
      : {}),
    ...(a
      ? {
          amortization: {
            mode: a.mode,
            interestSettled: a.interestSettled.toString(),
            balance: a.balance.toString(),
            previousInstallment: a.previousInstallment.toString(),
            installment: a.installment.toString(),
            remainingInstallments: a.remainingInstallments,
            rows: a.rows.map((r) => ({ number: r.number, dueDate: r.dueDate.toString(), amount: r.amount.toString() })),
          },
        }
      : {}),
  };
}

export function detailsOf(record: PaymentDetailsRecord | null): { settled?: SettledPosition; amortization?: AmortizationRecord } {
  const s = record?.settled;
  const a = record?.amortization;
  return {
    ...(s ? { settled: { kind: s.kind as SettledPosition['kind'], amount: Money.of(s.amount), installments: s.installments, remainingUndiscounted: Money.of(s.remainingUndiscounted) } } : {}),
    ...(a
      ? {
          amortization: {
            mode: a.mode as AmortizationMode,
            interestSettled: Money.of(a.interestSettled),
            balance: Money.of(a.balance),
            previousInstallment: Money.of(a.previousInstallment),
            installment: Money.of(a.installment),
            remainingInstallments: a.remainingInstallments,
            rows: a.rows.map((r) => ({ number: r.number, dueDate: IsoDate.of(r.dueDate), amount: Money.of(r.amount) })),
          },
        }
      : {}),
  };
}
