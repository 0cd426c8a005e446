import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Money, Text, UtcTimestamp, Uuid } from '../schema/primitives';
import { PolicyNumber } from './insurance-claim-requested';

/**
 * InsuranceClaimPaid v1 — the insurer paid a credit-life claim (R-LN-8): the money that settles the
 * contract (ContractSettled reason INSURANCE_CLAIM).
 *
 * Producer: averbation-connector. Consumer: payment, which records it as the settling payment
 * (source INSURANCE, purpose EARLY_SETTLEMENT, valued on `coverageDate`) even on a blocked
 * contract; beyond the settlement amount is credit for the estate. The same claim is paid once.
 */
export const InsuranceClaimPaidPayload = Type.Object(
  {
    contractId: Uuid,
    claimId: Uuid,
    policyNumber: PolicyNumber,
    /** The insurer's own number for the claim (its "número do sinistro"). */
    insurerClaimNumber: Text(64),
    amount: Money,
    coverageDate: IsoDate,
    paidAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'InsuranceClaimPaidPayload' },
);
export type InsuranceClaimPaidPayload = Static<typeof InsuranceClaimPaidPayload>;
