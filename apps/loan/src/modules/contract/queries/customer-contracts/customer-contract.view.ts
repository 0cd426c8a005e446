import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Money } from '@consignado/finance';
import type { Contract } from '../../domain/contract';
import { FormalizationView, toFormalizationView } from '../get-contract/formalization.view';
import { InsurancePolicyView, toInsurancePolicyView } from '../get-contract/insurance-policy.view';
import { CONTRACT_STATUSES } from '../../domain/contract-status';
import type { Valuation } from '../get-contract/contract.view';
import { PlanView, SettlementView, toPlanView, toSettlementView } from '../get-contract/life-cycle.view';
import { RenegotiationView, toRenegotiationView } from '../get-contract/renegotiation.view';

export const CONTRACT_QUERY_MESSAGE = 'Consulta realizada com sucesso.';

/** A row of seed 002 §7.3 tabelaParcelas, in English (D-6) with ISO dates (D-5). */
export class CustomerInstallmentView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026-04-10' }) dueDate!: string;
  @ApiProperty({ example: '231.24', description: 'valorPresenteParcela: the scheduled installment' }) installment!: string;
  @ApiProperty({ example: '197.77' }) interest!: string;
  @ApiProperty({ example: '33.47' }) amortization!: string;
  @ApiPropertyOptional({ example: '4.62', nullable: true, description: 'multa paid; null while unpaid' }) fine!: string | null;
  @ApiPropertyOptional({ example: '0.76', nullable: true, description: 'jurosMora paid; null while unpaid' }) mora!: string | null;
  @ApiProperty({ enum: ['PAID', 'PENDING', 'SETTLED', 'CANCELLED'] }) status!: string;
  @ApiPropertyOptional({ example: '2026-04-20', nullable: true }) paidDate!: string | null;
}

/** Seed 002 §7.3 "Consulta de dados de empréstimo", fields in English (D-6). */
export class CustomerContractView {
  @ApiProperty() customerId!: string;
  @ApiProperty() contractId!: string;
  @ApiProperty({ enum: CONTRACT_STATUSES }) status!: string;
  @ApiProperty({ enum: ['NEW', 'REFINANCING', 'PORTABILITY', 'RENEGOTIATION'] }) operationType!: string;
  @ApiProperty({ example: '10000.00', description: 'valorEmprestimo: what the customer received' }) loanAmount!: string;
  @ApiProperty({ example: 96 }) termMonths!: number;
  @ApiProperty({ example: '0.0185' }) monthlyRate!: string;
  @ApiProperty({ example: '0.00' }) insurance!: string;
  @ApiProperty({ example: '342.09' }) iof!: string;
  @ApiProperty({ example: '10342.09' }) financedAmount!: string;
  @ApiProperty({ example: '231.24' }) installmentAmount!: string;
  @ApiProperty({ example: 1 }) paidInstallments!: number;
  @ApiProperty({ example: 95 }) remainingInstallments!: number;
  @ApiPropertyOptional({ example: '10371.80', nullable: true, description: 'saldoDevedorAtualizado on balanceDate (see the README); null before activation' })
  updatedBalance!: string | null;
  @ApiProperty({ example: '2026-04-20' }) balanceDate!: string;
  @ApiProperty({ type: PlanView, description: 'The plan in force (terms above are as contracted; an extra amortization changes the plan)' }) plan!: PlanView;
  @ApiPropertyOptional({ type: SettlementView, nullable: true }) settlement!: SettlementView | null;
  @ApiPropertyOptional({ type: RenegotiationView, nullable: true, description: 'RENEGOTIATION: the late contract it replaced and the workout accepted' }) renegotiation!: RenegotiationView | null;
  @ApiPropertyOptional({ type: InsurancePolicyView, nullable: true, description: 'seguro prestamista: the credit-life policy; null without insurance' }) insurancePolicy!: InsurancePolicyView | null;
  @ApiPropertyOptional({ type: FormalizationView, nullable: true, description: 'The CCB to read and accept, and the acceptance once given (R-LN-9)' }) formalization!: FormalizationView | null;
  @ApiProperty({ type: [CustomerInstallmentView] }) installments!: CustomerInstallmentView[];
  @ApiProperty({ example: CONTRACT_QUERY_MESSAGE }) message!: string;
}

export function toCustomerContractView(contract: Contract, valuation: Valuation): CustomerContractView {
  const c = contract.snapshot;
  const t = c.terms.toInput();
  const rows = c.installments.map((i) => i.snapshot);
  return {
    customerId: c.customerId, contractId: c.id, status: c.status, operationType: c.operationType, loanAmount: t.releasedAmount, termMonths: t.termMonths,
    monthlyRate: t.monthlyRate, insurance: t.insurance, iof: t.iof, financedAmount: t.financedAmount, installmentAmount: t.installmentAmount,
    paidInstallments: rows.filter((r) => r.status === 'PAID').length,
    remainingInstallments: rows.filter((r) => r.status === 'PENDING').length,
    updatedBalance: valuation.updatedBalance?.toString() ?? null,
    balanceDate: valuation.date.toString(),
    plan: toPlanView(c),
    settlement: toSettlementView(c),
    renegotiation: toRenegotiationView(c),
    insurancePolicy: toInsurancePolicyView(c.policy, Money.sum(rows.filter((r) => r.status === 'PENDING').map((r) => r.amortization))),
    formalization: toFormalizationView(c),
    installments: rows.map((r) => ({
      number: r.number, dueDate: r.dueDate.toString(), installment: r.amount.toString(), interest: r.interest.toString(),
      amortization: r.amortization.toString(), fine: r.payment?.fine.toString() ?? null, mora: r.payment?.mora.toString() ?? null,
      status: r.status, paidDate: r.payment?.paidDate.toString() ?? null,
    })),
    message: CONTRACT_QUERY_MESSAGE,
  };
}
