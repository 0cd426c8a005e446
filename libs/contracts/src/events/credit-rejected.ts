import { Type, type Static } from '@sinclair/typebox';
import { DecisionReason, ProposalOperationType, OriginationChannel, Product } from '../schema/domain';
import { Text, Uuid } from '../schema/primitives';

/**
 * CreditRejected v1 — credit analysis refused a proposal (R-EV-2, R-CA-4).
 *
 * Producer: credit-analysis. Consumers: notification (tells the customer why, in pt-BR, R-NT-1)
 * proposal (REJECTED, R-PR-2) and averbation-connector (withdraws a refused portability's request
 * at the exchange, R-LN-11). `reasons` holds at least the failed rules.
 */
export const CreditRejectedPayload = Type.Object(
  {
    proposalId: Uuid,
    customerId: Uuid,
    product: Product,
    operationType: ProposalOperationType,
    channel: OriginationChannel,
    reasons: Type.Array(DecisionReason, { minItems: 1 }),
    parameterVersion: Text(64),
  },
  { additionalProperties: false, title: 'CreditRejectedPayload' },
);
export type CreditRejectedPayload = Static<typeof CreditRejectedPayload>;
