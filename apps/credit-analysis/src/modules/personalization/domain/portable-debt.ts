import type { PortabilityOrigin, PortabilityTerms } from '@consignado/contracts';
import { type IsoDate, LoanTerm, Money } from '@consignado/finance';
import type { PortabilityBalanceFacts } from '../../analysis/domain/evaluation/operation-inputs';
import type { DeclaredData } from './declared-data';

/**
 * A consignado at another institution the customer could bring here (seed 004
 * portabilidade_divida): where it is and what they say it costs, kept with the profile (decimal
 * strings). The proposal made from its offer asks the origin for the real balance (CTC).
 */
export interface PortableDebt extends PortabilityOrigin {
  readonly balance: string;
  readonly installment: string;
  readonly remainingInstallments: number;
  readonly monthlyRate?: string;
}

/** The declared loans that name their origin, balance and installments left. */
export function portableDebts(declared: DeclaredData): PortableDebt[] {
  return declared.externalLoans.flatMap((l) =>
    l.portability && l.balance && l.remainingInstallments
      ? [{ ...l.portability, balance: l.balance.toString(), installment: l.installment.toString(), remainingInstallments: l.remainingInstallments, ...(l.monthlyRate ? { monthlyRate: l.monthlyRate.toString() } : {}) }]
      : [],
  );
}

/** No exchange number exists before the request: the estimate's terms carry zeros in its place. */
const NO_PORTABILITY_NUMBER = '0'.repeat(21);

/** The declared debt as the analysis reads an origin's balance: the estimate the offer is priced on. */
export function declaredBalance(d: PortableDebt, today: IsoDate): PortabilityBalanceFacts {
  const terms: PortabilityTerms = {
    originInstitutionIspb: d.originInstitutionIspb, originContractNumber: d.originContractNumber, portabilityNumber: NO_PORTABILITY_NUMBER,
    balance: d.balance, balanceDate: today.toString(), remainingInstallments: d.remainingInstallments, originInstallment: d.installment,
    ...(d.monthlyRate ? { originMonthlyRate: d.monthlyRate } : {}),
  };
  return { balance: Money.of(d.balance), remaining: LoanTerm.of(d.remainingInstallments), originInstallment: Money.of(d.installment), terms };
}
