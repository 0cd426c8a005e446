import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type IsoDate, Money } from '@consignado/finance';
import { CANCELLATION_EXPLANATIONS, type CancellationExplanation } from '../../domain/cancellation-policy';
import type { Contract } from '../../domain/contract';
import type { CancellationRequestRecord } from '../../database/cancellation-request.repository';
import { CONTRACT_STATUSES } from '../../domain/contract-status';
import { FormalizationView, toFormalizationView } from './formalization.view';
import { InsurancePolicyView, toInsurancePolicyView } from './insurance-policy.view';
import { RenegotiationView, toRenegotiationView } from './renegotiation.view';
import { BlockView, PlanView, PortabilityInView, SettlementView, toBlockView, toPlanView, toPortabilityInView, toSettlementView } from './life-cycle.view';

/** One schedule row as seed 002 §7.3 shows it (ISO dates, D-5; money as decimal strings). */
export class InstallmentView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026-04-10' }) dueDate!: string;
  @ApiProperty({ example: '231.24', description: 'Scheduled installment' }) installment!: string;
  @ApiProperty({ example: '197.77' }) interest!: string;
  @ApiProperty({ example: '33.47' }) amortization!: string;
  @ApiProperty({ example: '10308.62', description: 'Principal owed after this installment' }) balance!: string;
  @ApiProperty({ enum: ['PENDING', 'PAID', 'SETTLED', 'CANCELLED'], description: 'SETTLED: ended unpaid by a settlement of the whole contract' }) status!: string;
  @ApiPropertyOptional({ example: '2026-04-10', nullable: true }) paidDate!: string | null;
  @ApiPropertyOptional({ example: '231.24', nullable: true }) paidAmount!: string | null;
  @ApiPropertyOptional({ example: '0.00', nullable: true }) fine!: string | null;
  @ApiPropertyOptional({ example: '0.00', nullable: true }) mora!: string | null;
}

export class AverbationFailureView {
  @ApiProperty({ example: 'DATAPREV.UNAVAILABLE' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty() retryable!: boolean;
  @ApiProperty() attempts!: number;
  @ApiProperty({ example: '2026-03-10T13:20:07.000Z' }) at!: string;
}

export class AverbationView {
  @ApiPropertyOptional({ example: 'DTP-2026-000123456', nullable: true }) protocol!: string | null;
  @ApiPropertyOptional({ nullable: true }) registeredAt!: string | null;
  @ApiProperty({ type: [AverbationFailureView] }) failures!: AverbationFailureView[];
}

/** A proposal cancellation and what it did to the contract (R-PR-8). */
export class CancellationRequestView {
  @ApiProperty({ enum: ['CUSTOMER_REQUEST', 'RIGHT_OF_REGRET', 'OPERATOR', 'ACCEPTANCE_EXPIRED'] }) reason!: string;
  @ApiProperty({ enum: ['CANCELLED', 'IGNORED'] }) outcome!: string;
  @ApiProperty({ example: 'REGRET_WINDOW_EXPIRED' }) explanation!: string;
  @ApiProperty({ example: 'Prazo de 7 dias do direito de arrependimento encerrado (CDC art. 49).' }) message!: string;
  @ApiProperty() requestedAt!: string;
}

/** A contract without its schedule (lists). */
export class ContractSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() proposalId!: string;
  @ApiProperty() customerId!: string;
  @ApiProperty({ enum: ['INSS_CONSIGNADO', 'SERVIDOR_CONSIGNADO', 'PERSONAL'] }) product!: string;
  @ApiProperty({ enum: ['NEW', 'REFINANCING', 'PORTABILITY', 'RENEGOTIATION'] }) operationType!: string;
  @ApiProperty({ enum: ['DIGITAL', 'CORBAN', 'INTERNAL'] }) channel!: string;
  @ApiProperty({ enum: CONTRACT_STATUSES }) status!: string;
  @ApiProperty({ example: '10000.00', description: 'What the customer received' }) releasedAmount!: string;
  @ApiProperty({ example: '10342.09', description: 'Principal of the schedule (released + financed IOF and insurance)' }) financedAmount!: string;
  @ApiProperty({ example: '0.0185' }) monthlyRate!: string;
  @ApiProperty({ example: 96 }) termMonths!: number;
  @ApiProperty({ example: '231.24' }) installmentAmount!: string;
  @ApiProperty({ example: '342.09' }) iof!: string;
  @ApiProperty({ example: '0.00' }) insurance!: string;
  @ApiProperty({ example: '22198.54' }) totalPayable!: string;
  @ApiProperty({ example: '1.95' }) cetMonthlyPercent!: string;
  @ApiProperty({ example: '26.04' }) cetAnnualPercent!: string;
  @ApiProperty({ example: '2026-03-10' }) contractDate!: string;
  @ApiProperty({ example: '2026-04-10' }) firstDueDate!: string;
  @ApiProperty() parameterVersion!: string;
  @ApiProperty() paidInstallments!: number;
  @ApiProperty() remainingInstallments!: number;
  @ApiProperty({ example: '10342.09', description: 'Amortization of the installments still PENDING (the updated balance with interest and charges is on the contract query)' }) outstandingPrincipal!: string;
  @ApiProperty() bookedAt!: string;
  @ApiPropertyOptional({ nullable: true }) activatedAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) cancelledAt!: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['RIGHT_OF_REGRET', 'CUSTOMER_REQUEST', 'AVERBATION_FAILED', 'PORTABILITY_FAILED', 'REFINANCING_REFUSED', 'ACCEPTANCE_EXPIRED'] }) cancellationReason!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'pt-BR: why a refinancing was refused or a portability failed' }) cancellationMessage!: string | null;
  @ApiPropertyOptional({ nullable: true }) settledAt!: string | null;
  @ApiProperty({ type: PlanView, description: 'The plan in force (terms above are as contracted)' }) plan!: PlanView;
  @ApiPropertyOptional({ type: SettlementView, nullable: true }) settlement!: SettlementView | null;
  @ApiPropertyOptional({ nullable: true, description: 'REFINANCING: the contract this one replaces' }) refinancedContractId!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The contract booked to refinance this one (then the one whose proceeds settled it), or the RENEGOTIATION contract that replaced it' }) replacedByContractId!: string | null;
  @ApiPropertyOptional({ type: RenegotiationView, nullable: true, description: 'RENEGOTIATION: the late contract it replaced and the workout accepted' }) renegotiation!: RenegotiationView | null;
  @ApiPropertyOptional({ type: BlockView, nullable: true, description: 'Set while staff keep the contract blocked: no manual payment, settlement, refinancing or portability' }) block!: BlockView | null;
  @ApiPropertyOptional({ type: InsurancePolicyView, nullable: true, description: 'The credit-life policy of an insured contract; null without insurance' }) insurancePolicy!: InsurancePolicyView | null;
  @ApiPropertyOptional({ type: FormalizationView, nullable: true, description: 'The CCB (hash, issue time, where to read it) and its acceptance (R-LN-9); null without a CCB (a refused refinancing)' }) formalization!: FormalizationView | null;
}

/** The contract query of seed 002 §7: terms, status, averbação, updated balance and the full schedule. */
export class ContractView extends ContractSummaryView {
  @ApiPropertyOptional({
    example: '10362.63', nullable: true,
    description: 'Everything owed on balanceDate if paid that day (saldoDevedorAtualizado; see the README); "0.00" once settled or cancelled, null before it is in force',
  })
  updatedBalance!: string | null;
  @ApiProperty({ example: '2026-05-25' }) balanceDate!: string;
  @ApiProperty({ type: AverbationView }) averbation!: AverbationView;
  @ApiPropertyOptional({ type: PortabilityInView, nullable: true, description: 'PORTABILITY: the origin contract and its stated balance' }) portability!: PortabilityInView | null;
  @ApiProperty({ example: 3, description: 'Revision of the last ContractPositionChanged' }) revision!: number;
  @ApiProperty({ type: [CancellationRequestView] }) cancellationRequests!: CancellationRequestView[];
  @ApiProperty({ type: [InstallmentView] }) installments!: InstallmentView[];
}

const iso = (d: Date | undefined): string | null => d?.toISOString() ?? null;

export function toSummaryView(contract: Contract): ContractSummaryView {
  const c = contract.snapshot;
  const rows = c.installments.map((i) => i.snapshot);
  const pending = rows.filter((r) => r.status === 'PENDING');
  const outstandingPrincipal = Money.sum(pending.map((r) => r.amortization));
  return {
    id: c.id, proposalId: c.proposalId, customerId: c.customerId, product: c.product, operationType: c.operationType,
    channel: c.channel, status: c.status, ...c.terms.toInput(), parameterVersion: c.parameterVersion,
    paidInstallments: rows.filter((r) => r.status === 'PAID').length,
    remainingInstallments: pending.length,
    outstandingPrincipal: outstandingPrincipal.toString(),
    bookedAt: c.bookedAt.toISOString(), activatedAt: iso(c.activatedAt), cancelledAt: iso(c.cancelledAt),
    cancellationReason: c.cancellationReason ?? null, cancellationMessage: c.cancellationMessage ?? null, settledAt: iso(c.settledAt),
    plan: toPlanView(c), settlement: toSettlementView(c), refinancedContractId: c.refinancedContractId ?? null, replacedByContractId: c.replacedByContractId ?? null,
    renegotiation: toRenegotiationView(c),
    block: toBlockView(contract),
    insurancePolicy: toInsurancePolicyView(c.policy, outstandingPrincipal),
    formalization: toFormalizationView(c),
  };
}

/** The balance a view shows and the date it was computed for. */
export interface Valuation {
  date: IsoDate;
  updatedBalance: Money | null;
}

export function toContractView(contract: Contract, cancellations: CancellationRequestRecord[], valuation: Valuation): ContractView {
  const c = contract.snapshot;
  return {
    ...toSummaryView(contract),
    updatedBalance: valuation.updatedBalance?.toString() ?? null,
    balanceDate: valuation.date.toString(),
    averbation: { protocol: c.averbation.protocol ?? null, registeredAt: c.averbation.registeredAt ?? null, failures: c.averbation.failures },
    portability: toPortabilityInView(c),
    revision: c.revision,
    cancellationRequests: cancellations.map((r) => ({
      reason: r.reason, outcome: r.outcome, explanation: r.explanation,
      message: CANCELLATION_EXPLANATIONS[r.explanation as CancellationExplanation] ?? r.explanation, requestedAt: r.requestedAt.toISOString(),
    })),
    installments: c.installments.map(({ snapshot: i }) => ({
      number: i.number, dueDate: i.dueDate.toString(), installment: i.amount.toString(), interest: i.interest.toString(),
      amortization: i.amortization.toString(), balance: i.balance.toString(), status: i.status,
      paidDate: i.payment?.paidDate.toString() ?? null, paidAmount: i.payment?.amount.toString() ?? null,
      fine: i.payment?.fine.toString() ?? null, mora: i.payment?.mora.toString() ?? null,
    })),
  };
}
