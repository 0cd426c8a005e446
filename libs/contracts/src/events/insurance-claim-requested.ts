import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Money, StringEnum, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/** A credit-life policy's number, as the insurer issued it (letters, digits and dashes). */
export const PolicyNumber = Type.String({ title: 'PolicyNumber', pattern: '^[0-9A-Z-]{6,32}$' });

/** What a credit-life claim covers: today only the insured's death (seed 003 §4.9). */
export const INSURANCE_CLAIM_CAUSES = ['DEATH'] as const;

/**
 * InsuranceClaimRequested v1 — staff blocked an insured contract for the insured's DEATH (R-LN-8):
 * loan opens a claim with the insurer for the debt on the block's date (coverage = outstanding
 * balance: what settles the contract that day, the payoff, or the consolidated debt with the
 * overdue rows' charges).
 *
 * Producer: loan. Consumer: averbation-connector, which files it with the insurer (mock), polls it
 * and reports InsuranceClaimPaid or InsuranceClaimDenied. `claimId` is ours: the insurer keys the
 * claim on it, so a retried filing never opens two claims.
 */
export const InsuranceClaimRequestedPayload = Type.Object(
  {
    contractId: Uuid,
    customerId: Uuid,
    claimId: Uuid,
    policyNumber: PolicyNumber,
    insurer: Text(120),
    cause: StringEnum(INSURANCE_CLAIM_CAUSES, 'InsuranceClaimCause'),
    /** The date the coverage is valued on: the block's business date. */
    coverageDate: IsoDate,
    coverageAmount: Money,
    requestedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'InsuranceClaimRequestedPayload' },
);
export type InsuranceClaimRequestedPayload = Static<typeof InsuranceClaimRequestedPayload>;
