import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { BookContractHandler } from './book-contract.handler';

/** CreditApproved → a booked contract AWAITING_ACCEPTANCE with its CCB (ContractIssued), or CANCELLED for a refused refinancing. */
@Injectable()
export class BookContractEventHandler {
  private readonly logger = new Logger('BookContract');

  constructor(private readonly handler: BookContractHandler) {}

  @HandlesEvent('CreditApproved')
  async onCreditApproved(event: EventEnvelope<'CreditApproved'>, ctx: EventContext): Promise<void> {
    // A corban's flow runs under its partner id (the envelope's userId): kept so that partner may read the CCB.
    const partnerId = event.payload.channel === 'CORBAN' ? (event.metadata.userId ?? undefined) : undefined;
    const result = await this.handler.execute(event.payload, ctx, partnerId);
    this.logger.log(`CreditApproved: ${result.outcome}`, { proposalId: event.payload.proposalId, contractId: result.contract?.id, status: result.contract?.status });
  }
}
