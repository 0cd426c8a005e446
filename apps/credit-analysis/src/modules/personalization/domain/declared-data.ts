import type { PortabilityOrigin } from '@consignado/contracts';
import type { Money, MonthlyRate } from '@consignado/finance';

/** A loan the customer has at another institution, as they (or an authorised source) declare it. */
export interface ExternalLoan {
  readonly institution?: string;
  readonly installment: Money;
  readonly balance?: Money;
  readonly monthlyRate?: MonthlyRate;
  /** Installments left at the origin: with the balance and `portability`, a portability can be priced. */
  readonly remainingInstallments?: number;
  /** Where the contract is, when the customer wants it ported to us (a consignado at its origin). */
  readonly portability?: PortabilityOrigin;
}

/**
 * What the request adds to what the platform knows (seed 004's input the platform cannot see):
 * cards, loans elsewhere, inquiries and defaults elsewhere, the job. Income and expenses, when
 * given, replace the last proposal's (they are the customer's newer word).
 */
export interface DeclaredData {
  readonly grossMonthlyIncome?: Money;
  readonly monthlyExpenses?: Money;
  readonly cardLimitTotal?: Money;
  readonly cardBalance?: Money;
  /** Seed 004 `limite_total_estimada`: the card limit the customer could reach; the card limit when absent. */
  readonly estimatedCardLimit?: Money;
  readonly formalIncome?: boolean;
  readonly employmentMonths?: number;
  readonly externalLoans: readonly ExternalLoan[];
  /** Days late of each installment paid elsewhere (0 = on time). */
  readonly externalPaymentRecords: readonly number[];
  readonly creditInquiries6m?: number;
  readonly defaults5y?: number;
}

export const NOTHING_DECLARED: DeclaredData = { externalLoans: [], externalPaymentRecords: [] };
