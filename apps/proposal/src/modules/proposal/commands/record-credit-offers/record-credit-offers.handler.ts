import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { Clock } from '../../../../shared/clock';
import { offersOf } from '../../domain/credit-offer';
import { CREDIT_OFFER_REPOSITORY, type CreditOfferRepository } from '../../database/credit-offer.repository';

/**
 * Keeps the priced loans of a recommendation (RecommendationMade, seed 004) so each can become a
 * proposal in one call, inside the consumer's transaction. An offer already kept stays as it is
 * (a replayed or republished event writes nothing new).
 */
@Injectable()
export class RecordCreditOffersHandler {
  private readonly logger = new Logger('CreditOffers');

  constructor(
    @Inject(CREDIT_OFFER_REPOSITORY) private readonly offers: CreditOfferRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, payload: PayloadOf<'RecommendationMade'>): Promise<void> {
    const offers = offersOf(payload, this.clock.now());
    const recorded = await this.offers.record(manager, offers);
    this.logger.log({ recommendationId: payload.recommendationId, customerId: payload.customerId, round: payload.round, offers: offers.length, recorded });
  }
}
