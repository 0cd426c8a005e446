import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { HoldRefinancingHandler } from './hold-refinancing.handler';

/** CreditApproved → a REFINANCING holds the replaced contract's balance operations; any other approval is not payment's business. */
@Injectable()
export class HoldRefinancingEventHandler {
  private readonly logger = new Logger('HoldRefinancing');

  constructor(private readonly handler: HoldRefinancingHandler) {}

  @HandlesEvent('CreditApproved')
  async onCreditApproved(event: EventEnvelope<'CreditApproved'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx.manager);
    // The approval carries the CPF: only ids are logged.
    if (outcome !== 'NOT_REFINANCING') this.logger.log(`CreditApproved REFINANCING: ${outcome}`, { proposalId: event.payload.proposalId, contractId: event.payload.refinancing?.contractId });
    else if (event.payload.operationType === 'REFINANCING') this.logger.warn('CreditApproved REFINANCING without refinancing terms: nothing held', { proposalId: event.payload.proposalId });
  }
}
