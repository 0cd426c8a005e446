import { Type, type Static } from '@sinclair/typebox';
import { DecisionReason, ProposalOperationType, OriginationChannel, Product } from '../schema/domain';
import { PortabilityTerms, RefinancingTerms } from '../schema/life-cycle';
import { loanTermsProperties } from '../schema/loan-terms';
import { BenefitNumber, Cpf, Text, Uuid } from '../schema/primitives';

/**
 * CreditApproved v1 — credit analysis approved a proposal on these priced terms (R-EV-2, R-CA-4).
 *
 * Producer: credit-analysis. Consumers: loan (books the contract and, for consignado, requests
 * averbation), proposal (APPROVED, R-PR-2) and payment (a REFINANCING holds the replaced contract's
 * early settlement and amortization until the new contract activates or is cancelled, R-LN-6).
 * Carries CPF and benefit number only because loan must pass them to Dataprev in AverbationRequested.
 */
export const CreditApprovedPayload = Type.Object(
  {
    proposalId: Uuid,
    customerId: Uuid,
    cpf: Cpf,
    /** Present for INSS_CONSIGNADO. */
    benefitNumber: Type.Optional(BenefitNumber),
    product: Product,
    operationType: ProposalOperationType,
    channel: OriginationChannel,
    ...loanTermsProperties,
    refinancedContractId: Type.Optional(Uuid),
    /** REFINANCING (R-LN-6): the old contract's payoff on the date and the troco; releasedAmount = payoff + troco. */
    refinancing: Type.Optional(RefinancingTerms),
    /** PORTABILITY (R-LN-7): the origin's stated balance; financedAmount = that balance. */
    portability: Type.Optional(PortabilityTerms),
    /** Every rule evaluated, all passed (R-CA-4). */
    reasons: Type.Array(DecisionReason, { minItems: 1 }),
    /** Version of the product and regulatory parameters used (D-1). */
    parameterVersion: Text(64),
  },
  { additionalProperties: false, title: 'CreditApprovedPayload' },
);
export type CreditApprovedPayload = Static<typeof CreditApprovedPayload>;
