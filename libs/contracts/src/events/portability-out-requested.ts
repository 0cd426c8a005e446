import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Ispb, PortabilityNumber, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * PortabilityOutRequested v1 — another institution asked the exchange for the balance of one of
 * our contracts (portability out, R-LN-7, R-LN-11).
 *
 * Producer: averbation-connector (from the exchange's message feed). Consumer: loan, which answers
 * with the payoff on `balanceDate` or refuses (PortabilityOutAnswered).
 */
export const PortabilityOutRequestedPayload = Type.Object(
  {
    contractId: Uuid,
    portabilityNumber: PortabilityNumber,
    destinationInstitutionIspb: Ispb,
    /** The date the balance is stated for (the exchange's business date of the request). */
    balanceDate: IsoDate,
    /** The last business date to answer. */
    answerDeadline: IsoDate,
    requestedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityOutRequestedPayload' },
);
export type PortabilityOutRequestedPayload = Static<typeof PortabilityOutRequestedPayload>;
