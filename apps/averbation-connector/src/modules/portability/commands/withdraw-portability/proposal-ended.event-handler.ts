import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { ClosePortabilitiesHandler } from '../close-portabilities/close-portabilities.handler';

/**
 * ProposalCancelled / CreditRejected of a portability in before any contract exists: the request
 * at the exchange is withdrawn (R-LN-11), so it does not hold the origin's contract ("one open
 * portability per contract") until its deadline. After booking, ContractCancelled does it.
 */
@Injectable()
export class ProposalEndedEventHandler {
  constructor(private readonly portabilities: ClosePortabilitiesHandler) {}

  @HandlesEvent('ProposalCancelled')
  async onCancelled(event: EventEnvelope<'ProposalCancelled'>, ctx: EventContext): Promise<void> {
    await this.portabilities.proposalEnded(ctx.manager, event.payload.proposalId);
  }

  @HandlesEvent('CreditRejected')
  async onRejected(event: EventEnvelope<'CreditRejected'>, ctx: EventContext): Promise<void> {
    if (event.payload.operationType === 'PORTABILITY') await this.portabilities.proposalEnded(ctx.manager, event.payload.proposalId);
  }
}
