import { Type, type Static } from '@sinclair/typebox';
import { BenefitNumber, IsoDate, Money, TermMonths, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * AverbationCompleted v1 — Dataprev registered the deduction (R-EV-2, R-AV-2).
 *
 * Producer: averbation-connector. Consumers: loan (activates the contract, R-LN-1) and payment
 * (expects payroll deductions for this benefit from the first due date on).
 */
export const AverbationCompletedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    customerId: Uuid,
    /** The connector's own averbation record. */
    averbationId: Uuid,
    /** Dataprev's registration protocol. */
    protocol: Text(64),
    benefitNumber: BenefitNumber,
    installmentAmount: Money,
    termMonths: TermMonths,
    firstDueDate: IsoDate,
    registeredAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'AverbationCompletedPayload' },
);
export type AverbationCompletedPayload = Static<typeof AverbationCompletedPayload>;
