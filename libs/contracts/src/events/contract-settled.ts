import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Money, PortabilityNumber, StringEnum, UtcTimestamp, Uuid } from '../schema/primitives';

export const SETTLEMENT_REASONS = ['PAID_OFF', 'EARLY_SETTLEMENT', 'PORTED_OUT', 'REFINANCED', 'INSURANCE_CLAIM', 'RENEGOTIATED'] as const;

/**
 * ContractSettled v1 — nothing more is owed on a contract (R-EV-2, R-PA-2): last installment
 * paid, early settlement (R-LN-4), ported out (R-LN-7), replaced by a refinancing (R-LN-6), paid
 * by the credit-life insurer after the insured's death (R-LN-8) or replaced by a workout's
 * RENEGOTIATION contract (R-LN-8: the debt moved, the deduction is altered, not cancelled).
 * The early reasons come from a PaymentReceived with purpose EARLY_SETTLEMENT (docs/life-cycle.md).
 *
 * Producer: loan. Consumers: notification (settlement notice, R-NT-1), payment (stops billing
 * and reminders) and averbation-connector (ends the Dataprev deduction early and frees the margin,
 * R-AV-3).
 */
export const ContractSettledPayload = Type.Object(
  {
    contractId: Uuid,
    customerId: Uuid,
    reason: StringEnum(SETTLEMENT_REASONS, 'SettlementReason'),
    /** The payoff (or consolidated debt) paid on EARLY_SETTLEMENT, PORTED_OUT, REFINANCED or INSURANCE_CLAIM. */
    settlementAmount: Type.Optional(Money),
    /** With settlementAmount: the unpaid installments' sum, so the saving is this minus settlementAmount. */
    remainingUndiscounted: Type.Optional(Money),
    /** The new contract that replaced this one on REFINANCED or RENEGOTIATED. */
    replacedByContractId: Type.Optional(Uuid),
    /** PORTED_OUT: the exchange's portability number. */
    portabilityNumber: Type.Optional(PortabilityNumber),
    /** INSURANCE_CLAIM: our claim id (InsuranceClaimRequested). */
    claimId: Type.Optional(Uuid),
    /**
     * An insured contract ended before its term (EARLY_SETTLEMENT, PORTED_OUT, REFINANCED): the
     * unexpired part of the financed premium, owed back to the customer (docs/life-cycle.md).
     */
    insurancePremiumRefund: Type.Optional(Money),
    /** The payment that settled it (EARLY_SETTLEMENT, PORTED_OUT, REFINANCED, INSURANCE_CLAIM). */
    paymentId: Type.Optional(Uuid),
    /** The payment date of the last payment — the last installment's or the settling one: the business date the debt ended. */
    lastPaymentDate: Type.Optional(IsoDate),
    settledAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractSettledPayload' },
);
export type ContractSettledPayload = Static<typeof ContractSettledPayload>;
