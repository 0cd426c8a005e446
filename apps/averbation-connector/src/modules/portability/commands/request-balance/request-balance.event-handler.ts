import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { PORTABILITY_IN_REPOSITORY, type PortabilityInRepository } from '../../database/portability.repositories';
import { PortabilityIn } from '../../domain/portability-in';
import { PortabilityEventsPublisher } from '../portability-events.publisher';

/**
 * PortabilityBalanceRequested (R-LN-11): records the portability in as the job of its open call
 * (POST /v1/portabilities) in the consumer's transaction and returns at once; the worker opens
 * it at the exchange and the feed brings the origin's answer. One per proposal: asked again, an
 * outcome already reported (balance or failure) is reported again; one in progress goes on.
 */
@Injectable()
export class RequestBalanceEventHandler {
  private readonly logger = new Logger('RequestPortabilityBalance');

  constructor(
    @Inject(PORTABILITY_IN_REPOSITORY) private readonly portabilities: PortabilityInRepository,
    private readonly events: PortabilityEventsPublisher,
  ) {}

  @HandlesEvent('PortabilityBalanceRequested')
  async handle(event: EventEnvelope<'PortabilityBalanceRequested'>, ctx: EventContext): Promise<void> {
    const { proposalId } = event.payload;
    const existing = await this.portabilities.lockBy(ctx.manager, { proposalId });
    if (existing) {
      this.logger.log(`portability of proposal ${proposalId} requested again while ${existing.snapshot.status}`);
      existing.requestedAgain(event, new Date());
      await this.portabilities.update(ctx.manager, existing);
      return this.events.publishIn(ctx.manager, existing);
    }
    await this.portabilities.insert(ctx.manager, PortabilityIn.requested(randomUUID(), event, new Date()));
  }
}
