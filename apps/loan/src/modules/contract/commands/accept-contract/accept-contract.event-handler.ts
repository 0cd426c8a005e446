import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { AcceptContractHandler } from './accept-contract.handler';

/** ProposalAccepted → the acceptance kept and the contract opened (AverbationRequested, PortabilityTransferRequested or ContractActivated). */
@Injectable()
export class AcceptContractEventHandler {
  private readonly logger = new Logger('AcceptContract');

  constructor(private readonly handler: AcceptContractHandler) {}

  @HandlesEvent('ProposalAccepted')
  async onProposalAccepted(event: EventEnvelope<'ProposalAccepted'>, ctx: EventContext): Promise<void> {
    const p = event.payload;
    const request = { proposalId: p.proposalId, customerId: p.customerId, documentHash: p.documentHash, acceptedAt: new Date(p.acceptedAt), channel: p.channel, acceptedBy: p.acceptedBy };
    const outcome = await this.handler.execute(p.contractId, request, ctx);
    // A cancelled contract (expired, withdrawn) is not revived: logged for the record.
    const log = outcome === 'CANCELLED' ? this.logger.warn.bind(this.logger) : this.logger.log.bind(this.logger);
    log(`ProposalAccepted: ${outcome}`, { proposalId: p.proposalId, contractId: p.contractId });
  }
}
