import { Type, type Static } from '@sinclair/typebox';
import { AmortizationMode, PlanRow } from '../schema/life-cycle';
import { IsoDate, Money, StringEnum, TermMonths, UtcTimestamp, Uuid } from '../schema/primitives';

export const AMENDMENT_REASONS = ['EXTRA_AMORTIZATION'] as const;

/**
 * ContractAmended v1 — the contract's plan changed after an extraordinary amortization (R-LN-5,
 * seed 003 §4.7, FINANCE.md `extraAmortization`): the amount paid settled the interest to the
 * date and reduced the balance; the remaining installments were re-planned from that date.
 *
 * Producer: loan, after applying the PaymentReceived (purpose EXTRA_AMORTIZATION) that caused it.
 * Consumers: payment (checks its re-planned billing against `schedule`, or takes it), the
 * averbation connector (alters the deduction at Dataprev: installment and number of installments)
 * and notification (tells the customer the new installment or term).
 */
export const ContractAmendedPayload = Type.Object(
  {
    contractId: Uuid,
    customerId: Uuid,
    /** The payment that paid the amortization. */
    paymentId: Uuid,
    reason: StringEnum(AMENDMENT_REASONS, 'AmendmentReason'),
    mode: AmortizationMode,
    /** Amount paid (E). */
    amount: Money,
    /** Pro-rata interest to the date the amount paid first. */
    interestSettled: Money,
    /** The payment date: the new plan starts here. */
    effectiveDate: IsoDate,
    /** Balance after the amortization (B′). */
    balance: Money,
    previousInstallmentAmount: Money,
    /** The installment of the new plan (its last row may differ: it absorbs rounding). */
    installmentAmount: Money,
    /** Installments left to pay under the new plan. */
    remainingInstallments: TermMonths,
    /** The contract's number of installments now (paid before + remaining). */
    termMonths: TermMonths,
    /** The new plan's rows, numbered from the first unpaid installment. */
    schedule: Type.Array(PlanRow, { minItems: 1, maxItems: 480 }),
    amendedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractAmendedPayload' },
);
export type ContractAmendedPayload = Static<typeof ContractAmendedPayload>;
