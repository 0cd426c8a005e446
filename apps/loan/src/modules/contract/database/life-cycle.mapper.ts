import { IsoDate, Money } from '@consignado/finance';
import type { ContractPlan } from '../domain/contract-plan';
import type { ContractSettlement, SettlementReason } from '../domain/contract-settlement';
import type { ContractRow } from './contract.orm-entity';

type PlanColumns = Pick<ContractRow, 'planStartDate' | 'planStartBalance' | 'planAfterInstallment' | 'currentInstallmentAmount' | 'currentTermMonths'>;
type SettlementColumns = Pick<
  ContractRow,
  'settlementReason' | 'settlementDate' | 'settlementPaymentId' | 'settlementAmount' | 'settlementRemainingUndiscounted' | 'settlementPortabilityNumber' | 'settlementClaimId'
>;

export function toPlanColumns(plan: ContractPlan): PlanColumns {
  return {
    planStartDate: plan.startDate.toString(), planStartBalance: plan.startBalance.toString(), planAfterInstallment: plan.afterInstallment,
    currentInstallmentAmount: plan.installment.toString(), currentTermMonths: plan.termMonths,
  };
}

export function toPlan(row: PlanColumns): ContractPlan {
  return {
    startDate: IsoDate.of(row.planStartDate), startBalance: Money.of(row.planStartBalance), afterInstallment: row.planAfterInstallment,
    installment: Money.of(row.currentInstallmentAmount), termMonths: row.currentTermMonths,
  };
}

/** The settlement's columns; the replacing contract has its own column (it is set before any settlement). */
export function toSettlementColumns(s: ContractSettlement | undefined): SettlementColumns {
  return {
    settlementReason: s?.reason ?? null, settlementDate: s?.date.toString() ?? null, settlementPaymentId: s?.paymentId ?? null,
    settlementAmount: s?.amount?.toString() ?? null, settlementRemainingUndiscounted: s?.remainingUndiscounted?.toString() ?? null,
    settlementPortabilityNumber: s?.portabilityNumber ?? null,
    settlementClaimId: s?.claimId ?? null,
  };
}

export function toSettlement(row: SettlementColumns & Pick<ContractRow, 'replacedByContractId'>): ContractSettlement | undefined {
  if (!row.settlementReason) return undefined;
  const reason = row.settlementReason as SettlementReason;
  // Every settlement has a payment and a date (the migration backfilled those paid off before it).
  if (!row.settlementDate || !row.settlementPaymentId) throw new Error(`settlement without date or payment: ${row.settlementReason}`);
  return {
    reason,
    date: IsoDate.of(row.settlementDate),
    paymentId: row.settlementPaymentId,
    amount: row.settlementAmount === null ? undefined : Money.of(row.settlementAmount),
    remainingUndiscounted: row.settlementRemainingUndiscounted === null ? undefined : Money.of(row.settlementRemainingUndiscounted),
    replacedByContractId: reason === 'REFINANCED' || reason === 'RENEGOTIATED' ? (row.replacedByContractId ?? undefined) : undefined,
    portabilityNumber: row.settlementPortabilityNumber ?? undefined,
    claimId: row.settlementClaimId ?? undefined,
  };
}
