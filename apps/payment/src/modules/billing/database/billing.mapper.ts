import { IsoDate, Money, MonthlyRate, type ProductCode } from '@consignado/finance';
import { Billing, type BillingInstallment, type BillingInstallmentStatus } from '../domain/billing';
import type { BillingPlan } from '../domain/billing-plan';
import type { BillingStatus } from '../domain/billing-status';
import type { BlockReason, ContractBlock } from '../domain/contract-block';
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
    ...(row.insurancePremiumRefund !== null ? { insurancePremiumRefund: Money.of(row.insurancePremiumRefund) } : {}),
    plan: planOf(row),
    ...(row.product !== null ? { product: row.product as ProductCode } : {}),
    settledByPaymentId: row.settledByPaymentId ?? undefined,
    block: blockOf(row),
    blockRevision: row.blockRevision ?? undefined,
  });
}

function blockOf(row: BillingRow): ContractBlock | undefined {
  return row.blockReason !== null && row.blockSince !== null ? { reason: row.blockReason as BlockReason, since: row.blockSince } : undefined;
}

function planOf(row: BillingRow): BillingPlan | undefined {
  const { monthlyRate, planStartDate, planStartBalance, planAfterInstallment, planInstallment } = row;
  if (monthlyRate === null || planStartDate === null || planStartBalance === null || planAfterInstallment === null || planInstallment === null) return undefined;
  const start = { date: IsoDate.of(planStartDate), balance: Money.of(planStartBalance), afterInstallment: planAfterInstallment };
  return { rate: MonthlyRate.of(monthlyRate), start, installment: Money.of(planInstallment), ...(row.planPaymentId ? { paymentId: row.planPaymentId } : {}) };
}

function toInstallment(row: BillingInstallmentRow): BillingInstallment {
  const installment: BillingInstallment = { number: row.number, dueDate: IsoDate.of(row.dueDate), amount: Money.of(row.amount), status: row.status as BillingInstallmentStatus };
  if (row.interest !== null && row.amortization !== null && row.balance !== null) {
    installment.split = { interest: Money.of(row.interest), amortization: Money.of(row.amortization), balance: Money.of(row.balance) };
  }
  if (!row.paymentId || !row.paidDate || !row.paidAmount || !row.fine || !row.mora) return installment;
  return { ...installment, payment: { paymentId: row.paymentId, paidDate: IsoDate.of(row.paidDate), paidAmount: Money.of(row.paidAmount), fine: Money.of(row.fine), mora: Money.of(row.mora) } };
}

export function toBillingRow(billing: Billing): BillingRow {
  const b = billing.snapshot;
  const plan = b.plan;
  return {
    contractId: b.contractId,
    customerId: b.customerId,
    status: b.status,
    activatedAt: b.activatedAt ?? null,
    closedAt: b.closedAt ?? null,
    creditBalance: b.creditBalance.toString(),
    insurancePremiumRefund: b.insurancePremiumRefund?.toString() ?? null,
    product: b.product ?? null,
    monthlyRate: plan?.rate.toString() ?? null,
    planStartDate: plan?.start.date.toString() ?? null,
    planStartBalance: plan?.start.balance.toString() ?? null,
    planAfterInstallment: plan?.start.afterInstallment ?? null,
    planInstallment: plan?.installment.toString() ?? null,
    planPaymentId: plan?.paymentId ?? null,
    settledByPaymentId: b.settledByPaymentId ?? null,
    blockReason: b.block?.reason ?? null,
    blockSince: b.block?.since ?? null,
    blockRevision: b.blockRevision ?? null,
  };
}

export function toInstallmentRow(contractId: string, i: BillingInstallment): BillingInstallmentRow {
  const p = i.payment;
  return {
    contractId,
    number: i.number,
    dueDate: i.dueDate.toString(),
    amount: i.amount.toString(),
    status: i.status,
    interest: i.split?.interest.toString() ?? null,
    amortization: i.split?.amortization.toString() ?? null,
    balance: i.split?.balance.toString() ?? null,
    paymentId: p?.paymentId ?? null,
    paidDate: p?.paidDate.toString() ?? null,
    paidAmount: p?.paidAmount.toString() ?? null,
    fine: p?.fine.toString() ?? null,
    mora: p?.mora.toString() ?? null,
  };
}
