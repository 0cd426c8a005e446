import type { Product } from '@consignado/contracts';
import type { IofMethod, IsoDate, LoanDates, LoanTerm, Money, MonthlyRate } from '@consignado/finance';

/** A simulation request in domain terms (R-PR-3): value objects, dates resolved. */
export interface SimulationCommand {
  readonly product: Product;
  readonly amount: Money;
  readonly term: LoanTerm;
  readonly monthlyRate?: MonthlyRate;
  readonly withInsurance: boolean;
  readonly birthDate?: IsoDate;
  readonly score?: number;
  readonly dates: LoanDates;
  readonly iofMethod?: IofMethod;
}

/** "How much can I borrow" (seed 003 §4.4): the monthly limit comes from a margin or a benefit. */
export interface CapacityCommand extends Omit<SimulationCommand, 'amount'> {
  readonly limit: { readonly availableMargin: Money } | { readonly benefitValue: Money; readonly activeInstallments: readonly Money[] };
}
