import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Contract, ContractProps } from '../../domain/contract';

/** The plan in force: the booked schedule, or the plan after an extra amortization (R-LN-5). */
export class PlanView {
  @ApiProperty({ example: '2026-03-10', description: 'Contract date, or the amortization date' }) startDate!: string;
  @ApiProperty({ example: '10342.09', description: 'Financed amount, or the balance after the amortization' }) startBalance!: string;
  @ApiProperty({ example: 0, description: 'Installments 1..afterInstallment belong to an earlier plan' }) afterInstallment!: number;
  @ApiProperty({ example: '231.24', description: 'The installment now' }) installmentAmount!: string;
  @ApiProperty({ example: 96, description: 'The number of installments now' }) termMonths!: number;
}

/** How a settled contract ended (ContractSettled). */
export class SettlementView {
  @ApiProperty({ enum: ['PAID_OFF', 'EARLY_SETTLEMENT', 'REFINANCED', 'PORTED_OUT', 'INSURANCE_CLAIM', 'RENEGOTIATED'] }) reason!: string;
  @ApiProperty({ example: '2026-05-25', description: 'Payment date that ended the debt' }) date!: string;
  @ApiProperty() paymentId!: string;
  @ApiPropertyOptional({ example: '679.95', nullable: true, description: 'Payoff or consolidated debt paid (not for PAID_OFF); RENEGOTIATED: the debt moved, less its discount' }) amount!: string | null;
  @ApiPropertyOptional({ example: '693.52', nullable: true, description: 'Unpaid installments the settlement replaced' }) remainingUndiscounted!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'REFINANCED: the contract whose proceeds paid this one; RENEGOTIATED: the contract the debt moved to' }) replacedByContractId!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'PORTED_OUT: the exchange portability number' }) portabilityNumber!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'INSURANCE_CLAIM: the claim whose payment settled it' }) claimId!: string | null;
}

/** A portability in: the origin's contract and the balance it stated (R-LN-7). */
export class PortabilityInView {
  @ApiProperty({ example: '60746948' }) originInstitutionIspb!: string;
  @ApiProperty() originContractNumber!: string;
  @ApiProperty({ example: '202603100000000000001' }) portabilityNumber!: string;
  @ApiProperty({ example: '8000.00' }) balance!: string;
  @ApiProperty({ example: '2026-03-10' }) balanceDate!: string;
}

export function toPlanView(c: ContractProps): PlanView {
  const { plan } = c;
  return {
    startDate: plan.startDate.toString(), startBalance: plan.startBalance.toString(), afterInstallment: plan.afterInstallment,
    installmentAmount: plan.installment.toString(), termMonths: plan.termMonths,
  };
}

export function toSettlementView(c: ContractProps): SettlementView | null {
  const s = c.settlement;
  if (!s) return null;
  return {
    reason: s.reason, date: s.date.toString(), paymentId: s.paymentId, amount: s.amount?.toString() ?? null,
    remainingUndiscounted: s.remainingUndiscounted?.toString() ?? null, replacedByContractId: s.replacedByContractId ?? null, portabilityNumber: s.portabilityNumber ?? null,
    claimId: s.claimId ?? null,
  };
}

export function toPortabilityInView(c: ContractProps): PortabilityInView | null {
  const p = c.portability;
  return p ? { originInstitutionIspb: p.originInstitutionIspb, originContractNumber: p.originContractNumber, portabilityNumber: p.portabilityNumber, balance: p.balance, balanceDate: p.balanceDate } : null;
}

/** The block in force (seed 003 §4.9): why and since when; staff notes only on the block routes. */
export class BlockView {
  @ApiProperty({ enum: ['JUDICIAL_ORDER', 'FRAUD_SUSPECTED', 'DEATH'] }) reason!: string;
  @ApiProperty({ example: '2026-04-20T09:00:00.000Z' }) since!: string;
}

export function toBlockView(contract: Contract): BlockView | null {
  const block = contract.currentBlock;
  return block ? { reason: block.reason, since: block.blockedAt.toISOString() } : null;
}
