import { IsoDate, Money } from '@consignado/finance';
import { Billing, type BillingInstallment, type BillingInstallmentStatus } from '../domain/billing';
import type { BillingStatus } from '../domain/billing-status';
import type { BillingInstallmentRow } from './billing-installment.orm-entity';
import type { BillingRow } from './billing.orm-entity';

/** Rows ↔ the Billing aggregate; amounts stay decimal strings on the database side. */
export function toBilling(row: BillingRow, installments: readonly BillingInstallmentRow[]): Billing {
  return Billing.restore({
    contractId: row.contractId,
    customerId: row.customerId,
    status: row.status as BillingStatus,
    installments: installments.map(toInstallment),
    activatedAt: row.activatedAt ?? undefined,
    closedAt: row.closedAt ?? undefined,
    creditBalance: Money.of(row.creditBalance),
  });
}

function toInstallment(row: BillingInstallmentRow): BillingInstallment {
  const installment = { number: row.number, dueDate: IsoDate.of(row.dueDate), amount: Money.of(row.amount), status: row.status as BillingInstallmentStatus };
  if (!row.paymentId || !row.paidDate || !row.paidAmount || !row.fine || !row.mora) return installment;
  const payment = { paymentId: row.paymentId, paidDate: IsoDate.of(row.paidDate), paidAmount: Money.of(row.paidAmount), fine: Money.of(row.fine), mora: Money.of(row.mora) };
  return { ...installment, payment };
}

export function toBillingRow(billing: Billing): BillingRow {
  const b = billing.snapshot;
  return { contractId: b.contractId, customerId: b.customerId, status: b.status, activatedAt: b.activatedAt ?? null, closedAt: b.closedAt ?? null, creditBalance: b.creditBalance.toString() };
}

export function toInstallmentRow(contractId: string, i: BillingInstallment): BillingInstallmentRow {
  const p = i.payment;
  return {
    contractId,
    number: i.number,
    dueDate: i.dueDate.toString(),
    amount: i.amount.toString(),
    status: i.status,
    paymentId: p?.paymentId ?? null,
    paidDate: p?.paidDate.toString() ?? null,
    paidAmount: p?.paidAmount.toString() ?? null,
    fine: p?.fine.toString() ?? null,
    mora: p?.mora.toString() ?? null,
  };
}
