import { DomainError } from '@consignado/core';

/** An offer that is not there, or not the caller's: the same answer, so offer ids cannot be probed (HTTP 404). */
export class OfferNotFoundError extends DomainError {
  constructor() {
    super('PROPOSAL.OFFER_NOT_FOUND', 'Oferta de crédito não encontrada.');
  }
}

/** The business date is past the offer's last day (or its contract date): its terms no longer hold (HTTP 422). */
export class OfferExpiredError extends DomainError {
  override readonly exposeDetails = true;

  constructor(validUntil: string) {
    super('PROPOSAL.OFFER_EXPIRED', `A oferta de crédito expirou em ${validUntil}: peça uma nova recomendação ou uma nova simulação.`, { validUntil });
  }
}

/** One proposal per offer: this one already became `proposalId` (HTTP 409, by status override). */
export class OfferAlreadyUsedError extends DomainError {
  override readonly exposeDetails = true;

  constructor(readonly proposalId: string) {
    super('PROPOSAL.OFFER_ALREADY_USED', `Esta oferta de crédito já foi usada na proposta ${proposalId}.`, { proposalId });
  }
}
