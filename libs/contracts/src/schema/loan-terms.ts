import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Money, Percent, RateFraction, TermMonths } from './primitives';

/**
 * The priced terms of a loan, as libs/finance's simulation returns them (FINANCE.md "simulate").
 * Spread into the payloads that carry an approved or booked loan, so the field names never drift
 * between CreditApproved and ContractActivated.
 */
export const loanTermsProperties = {
  /** What the customer receives (the CET's released amount). */
  releasedAmount: Money,
  /** Financed principal F: released amount plus financed IOF and insurance. */
  financedAmount: Money,
  monthlyRate: RateFraction,
  termMonths: TermMonths,
  installmentAmount: Money,
  iof: Money,
  /** Credit-life insurance premium ("0.00" when none; always none for INSS, D-1). */
  insurance: Money,
  /** Sum of all scheduled installments. */
  totalPayable: Money,
  cetMonthlyPercent: Percent,
  cetAnnualPercent: Percent,
  contractDate: IsoDate,
  firstDueDate: IsoDate,
};

/** The priced terms as one schema, for services that keep them (proposal, credit analysis). */
export const LoanTerms = Type.Object(loanTermsProperties, { additionalProperties: false, title: 'LoanTerms' });
export type LoanTerms = Static<typeof LoanTerms>;
