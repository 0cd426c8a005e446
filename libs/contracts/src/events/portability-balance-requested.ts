import { Type, type Static } from '@sinclair/typebox';
import { PortabilityOrigin, Product } from '../schema/domain';
import { BenefitNumber, Cpf, Uuid } from '../schema/primitives';

/**
 * PortabilityBalanceRequested v1 — credit analysis of a PORTABILITY proposal needs the contract's
 * outstanding balance from the origin institution (R-LN-7, R-LN-11): never from the request.
 *
 * Producer: credit-analysis. Consumer: averbation-connector, which opens the portability at the
 * interbank exchange (the CTC) and reports PortabilityBalanceReceived or PortabilityRequestFailed.
 * CPF: the exchange identifies the customer by it (CMN Res. 5.057/2022).
 */
export const PortabilityBalanceRequestedPayload = Type.Object(
  {
    proposalId: Uuid,
    customerId: Uuid,
    cpf: Cpf,
    product: Product,
    benefitNumber: Type.Optional(BenefitNumber),
    origin: PortabilityOrigin,
  },
  { additionalProperties: false, title: 'PortabilityBalanceRequestedPayload' },
);
export type PortabilityBalanceRequestedPayload = Static<typeof PortabilityBalanceRequestedPayload>;
