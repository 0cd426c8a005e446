import { Type, type Static } from '@sinclair/typebox';
import { Text, UtcTimestamp, Uuid } from '../schema/primitives';
import { PolicyNumber } from './insurance-claim-requested';

/**
 * InsuranceClaimDenied v1 — the insurer refused a credit-life claim, or would not take it at all
 * (R-LN-8): the contract stays blocked until the estate settles it or staff unblock it.
 *
 * Producer: averbation-connector. Consumer: loan, which records the refusal on the policy.
 */
export const InsuranceClaimDeniedPayload = Type.Object(
  {
    contractId: Uuid,
    claimId: Uuid,
    policyNumber: PolicyNumber,
    insurerClaimNumber: Type.Optional(Text(64)),
    /** The insurer's reason code (e.g. POLICY_NOT_IN_FORCE, EXCLUDED_CAUSE). */
    reason: Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,63}$' }),
    /** The insurer's explanation, pt-BR. */
    message: Text(500),
    deniedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'InsuranceClaimDeniedPayload' },
);
export type InsuranceClaimDeniedPayload = Static<typeof InsuranceClaimDeniedPayload>;
