import type { CreditOffer, PayloadOf } from '@consignado/contracts';
import { IsoDate, Money, MonthlyRate } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { OfferAlreadyUsedError, OfferExpiredError, OfferNotFoundError } from './credit-offer.errors';
import type { ProposalRequest } from './proposal-props';

/**
 * A loan credit analysis offered a customer in a recommendation (RecommendationMade, seed 004),
 * as proposal keeps it: the offer as received (`terms`), the recommendation's last day, and the
 * proposal made from it once there is one (one per offer).
 */
export interface StoredCreditOffer {
  readonly offerId: string;
  readonly recommendationId: string;
  readonly customerId: string;
  readonly round: number;
  readonly terms: CreditOffer;
  readonly validUntil: IsoDate;
  readonly receivedAt: Date;
  readonly proposalId?: string;
}

/** The offers of a recommendation, each to be kept once (a replay adds nothing). */
export function offersOf(payload: PayloadOf<'RecommendationMade'>, receivedAt: Date): StoredCreditOffer[] {
  return payload.offers.map((terms) => ({
    offerId: terms.offerId.toLowerCase(),
    recommendationId: payload.recommendationId.toLowerCase(),
    customerId: payload.customerId.toLowerCase(),
    round: payload.round,
    terms,
    validUntil: IsoDate.of(payload.validUntil),
    receivedAt,
  }));
}

/** What a proposal made from an offer asks for: the offer, and whether the customer wants credit-life insurance. */
export interface OfferProposal {
  readonly customerId: string;
  readonly request: ProposalRequest;
}

/**
 * The proposal an offer becomes, for `by` on the business date `today`. Unknown or someone else's
 * (a DIGITAL customer only uses their own offers) → not found, alike; already made into a proposal
 * → already used; past its last day, or its contract date gone by (a proposal's contract date is
 * never in the past) → expired. The request is the offer's terms, as POST proposals would take
 * them: a PORTABILITY asks no amount (the balance comes from the origin) and only the INSS
 * consignado takes a quoted rate — the other products price themselves, as the offer was.
 */
export function proposalFromOffer(offer: StoredCreditOffer | undefined, by: Principal, today: IsoDate, withInsurance: boolean): OfferProposal {
  if (!offer || (by.channel === 'DIGITAL' && by.customerId !== offer.customerId)) throw new OfferNotFoundError();
  if (offer.proposalId) throw new OfferAlreadyUsedError(offer.proposalId);
  const t = offer.terms;
  const contractDate = IsoDate.of(t.contractDate);
  if (today.isAfter(offer.validUntil) || today.isAfter(contractDate)) throw new OfferExpiredError(offer.validUntil.toString());
  return {
    customerId: offer.customerId,
    request: {
      product: t.product,
      operationType: t.operationType,
      requestedAmount: t.operationType === 'PORTABILITY' ? undefined : Money.of(t.requestedAmount),
      termMonths: t.termMonths,
      monthlyRate: t.product === 'INSS_CONSIGNADO' ? MonthlyRate.of(t.monthlyRate) : undefined,
      withInsurance,
      contractDate,
      firstDueDate: IsoDate.of(t.firstDueDate),
      ...(t.refinancedContractId ? { refinancedContractId: t.refinancedContractId.toLowerCase() } : {}),
      ...(t.portability ? { portability: { originInstitutionIspb: t.portability.originInstitutionIspb, originContractNumber: t.portability.originContractNumber } } : {}),
    },
  };
}
