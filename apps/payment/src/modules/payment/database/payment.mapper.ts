import type { SettlementInstruction } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { Payment, PaymentPurpose, PaymentSource } from '../domain/payment';
import { detailsOf, detailsRecord } from './payment-details.mapper';
import { PaymentRow } from './payment.orm-entity';

export function toRow(p: Payment): PaymentRow {
  return Object.assign(new PaymentRow(), {
    paymentId: p.paymentId,
    customerId: p.customerId,
    contractId: p.contractId,
    source: p.source,
    purpose: p.purpose,
    amount: p.amount.toString(),
    unallocated: p.unallocated.toString(),
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
    lateChargeParameters: p.lateChargeParameters ?? null,
    remittanceId: p.remittanceId ?? null,
    settlement: p.settlement ? { ...p.settlement } : null,
    details: detailsRecord(p),
    effect: p.effect,
  });
}

export function toPayment(row: PaymentRow): Payment {
  return {
    paymentId: row.paymentId,
    customerId: row.customerId,
    contractId: row.contractId,
    source: row.source as PaymentSource,
    purpose: row.purpose as PaymentPurpose,
    amount: Money.of(row.amount),
    unallocated: Money.of(row.unallocated),
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
    ...(row.lateChargeParameters ? { lateChargeParameters: row.lateChargeParameters } : {}),
    ...(row.remittanceId ? { remittanceId: row.remittanceId } : {}),
    ...(row.settlement ? { settlement: row.settlement as SettlementInstruction } : {}),
    ...detailsOf(row.details),
    effect: row.effect === 'CREDITED' ? 'CREDITED' : 'APPLIED',
  };
}
