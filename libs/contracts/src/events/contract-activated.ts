import { Type, type Static } from '@sinclair/typebox';
import { OperationType, OriginationChannel, Product, ScheduledInstallment } from '../schema/domain';
import { RefinancingTerms } from '../schema/life-cycle';
import { RenegotiationOrigin } from '../schema/workout';
import { loanTermsProperties } from '../schema/loan-terms';
import { Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * ContractActivated v1 — the contract is in force (R-EV-2); for consignado only after averbation
 * completed (R-LN-1).
 *
 * Producer: loan. Consumers: notification (welcome message with installment and dates, R-NT-1),
 * proposal (CONTRACTED, R-PR-2; records the corban commission, R-PR-5) and payment (takes the
 * schedule to bill and to emit InstallmentDue, R-PA-1); averbation-connector alters the deduction
 * a RENEGOTIATION contract takes over (R-LN-8).
 */
export const ContractActivatedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    customerId: Uuid,
    product: Product,
    operationType: OperationType,
    channel: OriginationChannel,
    ...loanTermsProperties,
    /** Dataprev protocol, for consignado contracts. */
    averbationProtocol: Type.Optional(Text(64)),
    refinancedContractId: Type.Optional(Uuid),
    /** REFINANCING: payment pays the replaced contract off with these proceeds (R-LN-6). */
    refinancing: Type.Optional(RefinancingTerms),
    /**
     * RENEGOTIATION (R-LN-8): the late contract this one replaces and the workout accepted. Such a
     * contract has no proposal of its own: `proposalId` is the replaced contract's; `channel` who
     * accepted; `averbationProtocol` the replaced contract's deduction, which the connector alters.
     */
    renegotiation: Type.Optional(RenegotiationOrigin),
    activatedAt: UtcTimestamp,
    schedule: Type.Array(ScheduledInstallment, { minItems: 1, maxItems: 480 }),
  },
  { additionalProperties: false, title: 'ContractActivatedPayload' },
);
export type ContractActivatedPayload = Static<typeof ContractActivatedPayload>;
