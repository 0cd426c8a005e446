import { Type, type Static } from '@sinclair/typebox';
import { BenefitNumber, Cpf, Uuid } from '../schema/primitives';

/**
 * MarginCheckRequested v1 — credit analysis needs the INSS benefit's available margin (R-CA-1).
 *
 * Producer: credit-analysis, for INSS_CONSIGNADO proposals. Consumer: averbation-connector, the
 * only service that talks to Dataprev (R-AV-1); it answers with MarginChecked or
 * MarginCheckFailed, serving from its 5-minute Redis cache when it can (R-AV-3). Services talk
 * only through events, hence a request event rather than an HTTP call.
 */
export const MarginCheckRequestedPayload = Type.Object(
  {
    proposalId: Uuid,
    /** Whose benefit: finds the check again for a data-subject request (R-SEC-3). Absent on events written before it. */
    customerId: Type.Optional(Uuid),
    cpf: Cpf,
    benefitNumber: BenefitNumber,
  },
  { additionalProperties: false, title: 'MarginCheckRequestedPayload' },
);
export type MarginCheckRequestedPayload = Static<typeof MarginCheckRequestedPayload>;
