import type { Product, ProposalCreatedPayload, ProposalOperationType, SeedProduct } from '@consignado/contracts';
import type { IsoDate, Money } from '@consignado/finance';
import type { PortableDebt } from './portable-debt';

/** One loan to price for a recommended seed product: what a proposal from the offer would ask. */
export interface OfferRequest {
  readonly seedProduct: SeedProduct;
  readonly product: Product;
  readonly operationType: ProposalOperationType;
  /** NEW: the amount; REFINANCING: the troco (zero: the aim is a lower installment). */
  readonly amount: Money;
  readonly termMonths: number;
  readonly refinancedContractId?: string;
  /** PORTABILITY: the debt to bring in, priced on its declared balance (the proposal asks the origin). */
  readonly portability?: PortableDebt;
}

/**
 * The application the analysis would receive for the offer: the customer's latest one (who they
 * are, their income, link and benefit) with the offer's product, operation, amount, term and
 * dates. The first due date is a month out, inside every product's grace limit.
 */
export function offerApplication(latest: ProposalCreatedPayload, offer: OfferRequest, today: IsoDate): ProposalCreatedPayload {
  const who = { ...latest };
  // The offer names its own operation and rate: the latest application's are not carried over.
  delete who.refinancedContractId;
  delete who.portability;
  delete who.monthlyRate;
  return {
    ...who,
    product: offer.product,
    operationType: offer.operationType,
    requestedAmount: offer.amount.toString(),
    termMonths: offer.termMonths,
    withInsurance: false,
    contractDate: today.toString(),
    firstDueDate: today.plusMonths(1).toString(),
    ...(offer.refinancedContractId ? { refinancedContractId: offer.refinancedContractId } : {}),
    ...(offer.portability ? { portability: { originInstitutionIspb: offer.portability.originInstitutionIspb, originContractNumber: offer.portability.originContractNumber } } : {}),
  };
}
