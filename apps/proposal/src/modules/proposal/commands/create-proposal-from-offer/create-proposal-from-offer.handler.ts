import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CommandOutcome } from '@consignado/service-kit';
import { Clock } from '../../../../shared/clock';
import type { Principal } from '../../../access/domain/principal';
import { proposalFromOffer } from '../../domain/credit-offer';
import type { Proposal } from '../../domain/proposal';
import { CREDIT_OFFER_REPOSITORY, type CreditOfferRepository } from '../../database/credit-offer.repository';
import { CreateProposalHandler } from '../create-proposal/create-proposal.handler';
import type { CreateProposalCommand } from '../create-proposal/create-proposal.mapper';

export interface CreateProposalFromOffer {
  readonly offerId: string;
  readonly withInsurance: boolean;
  /** The Idempotency-Key and the body it vouches for (R-PR-7). */
  readonly idempotency?: { readonly key: string; readonly body: unknown };
}

/**
 * A proposal in one call from a credit offer (seed 004): created by CreateProposalHandler exactly
 * as POST proposals would with the offer's terms — same rules, same Idempotency-Key scope, same
 * ProposalCreated. In that transaction the offer row is locked first and marked with the proposal,
 * so one offer makes one proposal however many requests race for it; the others are refused
 * (already used), while a retry with the first request's key replays its answer.
 */
@Injectable()
export class CreateProposalFromOfferHandler {
  constructor(
    @Inject(CreateProposalHandler) private readonly create: CreateProposalHandler,
    @Inject(CREDIT_OFFER_REPOSITORY) private readonly offers: CreditOfferRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute(request: CreateProposalFromOffer, by: Principal): Promise<CommandOutcome<Proposal>> {
    const { offerId, withInsurance } = request;
    const command = async (manager: EntityManager): Promise<CreateProposalCommand> => {
      const offer = await this.offers.lock(manager, offerId);
      return { ...proposalFromOffer(offer, by, this.clock.today(), withInsurance), offerId };
    };
    const created = (manager: EntityManager, proposal: Proposal) => this.offers.markUsed(manager, offerId, proposal.id);
    const idempotency = request.idempotency && { key: request.idempotency.key, body: { offerId, body: request.idempotency.body } };
    return this.create.execute({ command, created, ...(idempotency ? { idempotency } : {}) }, by);
  }
}
