import type { IsoDate, Money } from '@consignado/finance';

/** Restriction codes Dataprev reports on a benefit (seed 003 §5.1 "restricoes"). */
export const BLOCKED_FOR_LOANS = 'BLOQUEADO_PARA_EMPRESTIMO';

/** An INSS benefit as the mock Dataprev knows it (seed 003 §5.1 "beneficio"). */
export interface Beneficiary {
  readonly benefitNumber: string;
  /** Benefit kind as Dataprev names it ("tipoCredito"), e.g. APOSENTADORIA_POR_IDADE. */
  readonly kind: string;
  readonly value: Money;
  readonly startDate: IsoDate;
  /** Installments of consignados at other banks: margin already used that this registry does not hold. */
  readonly externalCommitments: Money;
  readonly restrictions: readonly string[];
}

export function isBlockedForLoans(beneficiary: Beneficiary): boolean {
  return beneficiary.restrictions.includes(BLOCKED_FOR_LOANS);
}
