import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { CancelContractHandler } from './cancel-contract.handler';

/** ProposalCancelled → CANCELLED + ContractCancelled, or a recorded request with its explanation. */
@Injectable()
export class CancelContractEventHandler {
  private readonly logger = new Logger('CancelContract');

  constructor(private readonly handler: CancelContractHandler) {}

  @HandlesEvent('ProposalCancelled')
  async onProposalCancelled(event: EventEnvelope<'ProposalCancelled'>, ctx: EventContext): Promise<void> {
    const decision = await this.handler.execute(event, ctx);
    this.logger.log(`ProposalCancelled: ${decision.outcome} (${decision.explanation})`, { proposalId: event.payload.proposalId, reason: event.payload.reason });
  }
}
