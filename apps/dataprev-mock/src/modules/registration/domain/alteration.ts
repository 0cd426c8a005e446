import type { Money } from '@consignado/finance';

/** Why a bank changes a deduction ("motivo" of Dataprev's "Alterar contrato"). */
export const ALTERATION_REASONS = ['AMORTIZACAO_EXTRAORDINARIA', 'RENEGOCIACAO', 'DECISAO_JUDICIAL'] as const;
export type AlterationReason = (typeof ALTERATION_REASONS)[number];

/** The values a registration's deduction must have from now on ("Alterar contrato"). */
export interface AlterationRequest {
  readonly protocol: string;
  readonly installment: Money;
  readonly termMonths: number;
  readonly reason: AlterationReason;
}

/** One change of a registration with the values it replaced: the registration's history. */
export interface Alteration {
  readonly previousInstallment: Money;
  readonly previousTermMonths: number;
  readonly installment: Money;
  readonly termMonths: number;
  readonly reason: AlterationReason;
  readonly alteredAt: Date;
}
