import { Type, type Static } from '@sinclair/typebox';
import { AmortizationMode, SettlementInstruction } from '../schema/life-cycle';
import { InstallmentNumber, IsoDate, Money, StringEnum, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * Where the money came from: a payroll deduction, the customer (MANUAL), a refinancing's proceeds
 * paying off the contract it replaces (R-LN-6), the destination bank of a portability out (R-LN-7),
 * or the credit-life insurer paying a death claim (R-LN-8), or a workout: the debt moved, no money,
 * to the RENEGOTIATION contract that replaces the late one (R-LN-8).
 */
export const PAYMENT_SOURCES = ['PAYROLL', 'MANUAL', 'REFINANCING', 'PORTABILITY', 'INSURANCE', 'RENEGOTIATION'] as const;
/** INSTALLMENT pays scheduled rows; EARLY_SETTLEMENT settles the contract (R-LN-4, and the payoffs of R-LN-6/7); EXTRA_AMORTIZATION is R-LN-5. */
export const PAYMENT_PURPOSES = ['INSTALLMENT', 'EARLY_SETTLEMENT', 'EXTRA_AMORTIZATION'] as const;

/** How much of a payment went to one installment, with its late charges (R-LN-3). */
export const InstallmentAllocation = Type.Object(
  {
    installmentNumber: InstallmentNumber,
    /** The installment's scheduled value paid. */
    amount: Money,
    fine: Money,
    mora: Money,
  },
  { additionalProperties: false, title: 'InstallmentAllocation' },
);

/**
 * PaymentReceived v1 — money arrived for a contract (R-EV-2, R-PA-1): a payroll deduction or a
 * manual payment.
 *
 * Producer: payment. Consumers: loan (marks installments paid, settles or amortizes, and emits
 * ContractSettled after the last one, R-PA-2) and notification (payment receipt, R-NT-1). `amount` = Σ allocations (amount + fine + mora) +
 * unallocated + overpayment. For INSTALLMENT, `allocations` is not empty; for EARLY_SETTLEMENT and
 * EXTRA_AMORTIZATION the money is in `unallocated` for loan to apply: loan recomputes the
 * settlement amount or the amortization on `paymentDate` with libs/finance and applies it only if
 * `unallocated` equals it (docs/life-cycle.md).
 */
export const PaymentReceivedPayload = Type.Object(
  {
    paymentId: Uuid,
    contractId: Uuid,
    customerId: Uuid,
    source: StringEnum(PAYMENT_SOURCES, 'PaymentSource'),
    purpose: StringEnum(PAYMENT_PURPOSES, 'PaymentPurpose'),
    /** For EXTRA_AMORTIZATION (R-LN-5). */
    amortizationMode: Type.Optional(AmortizationMode),
    /** For EARLY_SETTLEMENT: why the contract ends (the reason of its ContractSettled). */
    settlement: Type.Optional(SettlementInstruction),
    amount: Money,
    allocations: Type.Array(InstallmentAllocation, { maxItems: 480 }),
    unallocated: Money,
    /** Paid beyond what was owed; its handling is loan's documented rule (R-LN-3). */
    overpayment: Money,
    /** Date the money is credited for (late charges are computed to it). */
    paymentDate: IsoDate,
    paidAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PaymentReceivedPayload' },
);
export type PaymentReceivedPayload = Static<typeof PaymentReceivedPayload>;
