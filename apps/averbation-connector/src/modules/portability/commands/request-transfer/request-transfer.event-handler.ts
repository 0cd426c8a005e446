import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../../averbation/database/averbation.repository';
import { PORTABILITY_IN_REPOSITORY, type PortabilityInRepository } from '../../database/portability.repositories';
import { notYetKnown } from '../../domain/portability-errors';
import { PortabilityEventsPublisher } from '../portability-events.publisher';

/**
 * PortabilityTransferRequested (R-LN-11): loan booked the contract; the worker transfers exactly
 * the balance we reported (POST …/transfer). A contract cancelled before this arrived (another
 * topic) is withdrawn at the exchange instead; a portability the exchange already ended is
 * reported as failed at once. Another NU or amount is dead-lettered (services disagree on money).
 */
@Injectable()
export class RequestTransferEventHandler {
  constructor(
    @Inject(PORTABILITY_IN_REPOSITORY) private readonly portabilities: PortabilityInRepository,
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    private readonly events: PortabilityEventsPublisher,
  ) {}

  @HandlesEvent('PortabilityTransferRequested')
  async handle(event: EventEnvelope<'PortabilityTransferRequested'>, ctx: EventContext): Promise<void> {
    const { proposalId, contractId } = event.payload;
    const portability = await this.portabilities.lockBy(ctx.manager, { proposalId });
    if (!portability) throw notYetKnown(`A portabilidade da proposta ${proposalId}`);
    const refused = portability.transferRequested(event, await this.averbations.isClosed(ctx.manager, contractId), new Date());
    if (refused) throw refused;
    await this.portabilities.update(ctx.manager, portability);
    await this.events.publishIn(ctx.manager, portability);
  }
}
