import { IsoDate, Money } from '@consignado/finance';
import type { Payment, PaymentSource } from '../domain/payment';
import { PaymentRow } from './payment.orm-entity';

export function toRow(p: Payment): PaymentRow {
  return Object.assign(new PaymentRow(), {
    paymentId: p.paymentId,
    customerId: p.customerId,
    contractId: p.contractId,
    source: p.source,
    amount: p.amount.toString(),
    overpayment: p.overpayment.toString(),
    paymentDate: p.paymentDate.toString(),
    paidAt: p.paidAt,
    allocations: p.allocations.map((a) => ({
      installmentNumber: a.installmentNumber,
      dueDate: a.dueDate.toString(),
      amount: a.amount.toString(),
      daysLate: a.daysLate,
      fine: a.fine.toString(),
      mora: a.mora.toString(),
      total: a.total.toString(),
    })),
    lateChargeParameters: p.lateChargeParameters,
    remittanceId: p.remittanceId ?? null,
  });
}

export function toPayment(row: PaymentRow): Payment {
  return {
    paymentId: row.paymentId,
    customerId: row.customerId,
    contractId: row.contractId,
    source: row.source as PaymentSource,
    amount: Money.of(row.amount),
    overpayment: Money.of(row.overpayment),
    paymentDate: IsoDate.of(row.paymentDate),
    paidAt: row.paidAt,
    allocations: row.allocations.map((a) => ({
      installmentNumber: a.installmentNumber,
      dueDate: IsoDate.of(a.dueDate),
      amount: Money.of(a.amount),
      daysLate: a.daysLate,
      fine: Money.of(a.fine),
      mora: Money.of(a.mora),
      total: Money.of(a.total),
    })),
    lateChargeParameters: row.lateChargeParameters,
    remittanceId: row.remittanceId ?? undefined,
  };
}
