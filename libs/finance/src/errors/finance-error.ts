/**
 * Stable error codes of the finance library. Codes survive process boundaries (the `finance:calc`
 * command prints them); messages are pt-BR for the customer-facing edge (D-6).
 */
export const FINANCE_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_AMOUNT',
  'INVALID_RATE',
  'INVALID_TERM',
  'INVALID_DATE',
  'INVALID_CPF',
  'INVALID_BENEFIT_NUMBER',
  'UNKNOWN_OP',
  'SCORE_TOO_LOW',
  'INSURANCE_NOT_ALLOWED',
  'CONTRACT_SETTLED',
  'DATE_BEFORE_LAST_PAYMENT',
  'OVERDUE_INSTALLMENTS',
  'TERM_OUT_OF_RANGE',
  'GRACE_TOO_LONG',
  'AGE_LIMIT_EXCEEDED',
  'NO_PARAMETER_IN_FORCE',
  'INSUFFICIENT_MARGIN',
  'EXTRA_AMOUNT_SETTLES_CONTRACT',
  'EXTRA_AMOUNT_TOO_SMALL',
  'INSTALLMENTS_PAID_AHEAD',
  'REFINANCE_TOO_EARLY',
  'TERM_EXCEEDS_REMAINING',
  'NO_SAVING',
  'NO_OVERDUE_INSTALLMENTS',
  'NO_FEASIBLE_TERM',
  'DISCOUNT_ABOVE_LIMIT',
  'GRACE_ABOVE_LIMIT',
] as const;

export type FinanceErrorCode = (typeof FINANCE_ERROR_CODES)[number];

/**
 * The one base of every expected failure in this library. Functions whose failure is a normal
 * business outcome return it inside a {@link Result}; value-object factories named `of` throw it
 * (for trusted literals), their `parse` twins return it.
 */
export class FinanceError extends Error {
  override readonly name = 'FinanceError';

  constructor(
    readonly code: FinanceErrorCode,
    message: string,
    /** The input field at fault, when there is one (e.g. `term`). */
    readonly field?: string,
  ) {
    super(message);
  }

  /** Shape used at process boundaries: `{ code, message }` (plus `field` when known). */
  toJSON(): { code: FinanceErrorCode; message: string; field?: string } {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
