import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Money, StringEnum, UtcTimestamp, Uuid } from '../schema/primitives';

export const SETTLEMENT_REASONS = ['PAID_OFF', 'EARLY_SETTLEMENT', 'PORTABILITY', 'REFINANCING'] as const;

/**
 * ContractSettled v1 — nothing more is owed on a contract (R-EV-2, R-PA-2): last installment
 * paid, early settlement (R-LN-4), ported out (R-LN-7) or replaced by a refinancing (R-LN-6).
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
    /** The payoff paid on EARLY_SETTLEMENT, PORTABILITY or REFINANCING. */
    settlementAmount: Type.Optional(Money),
    /** The new contract that replaced this one on REFINANCING. */
    replacedByContractId: Type.Optional(Uuid),
    /** PAID_OFF: the payment date of the last installment paid (the business date the debt ended). */
    lastPaymentDate: Type.Optional(IsoDate),
    settledAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractSettledPayload' },
);
export type ContractSettledPayload = Static<typeof ContractSettledPayload>;
