import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { BlockBillingHandler } from './block-billing.handler';

/**
 * ContractBlocked → no money on request and no reminders for the contract; ContractUnblocked →
 * both resume. Ordered by the contract's revision: a stale one changes nothing.
 */
@Injectable()
export class BlockBillingEventHandler {
  private readonly logger = new Logger('BlockBilling');

  constructor(private readonly handler: BlockBillingHandler) {}

  @HandlesEvent('ContractBlocked')
  async onContractBlocked(event: EventEnvelope<'ContractBlocked'>, ctx: EventContext): Promise<void> {
    const { contractId, revision, reason, blockedAt } = event.payload;
    const outcome = await this.handler.execute({ contractId, revision, block: { reason, since: new Date(blockedAt) } }, ctx.manager);
    this.logger.log(`ContractBlocked: ${outcome}`, { contractId, revision, reason });
  }

  @HandlesEvent('ContractUnblocked')
  async onContractUnblocked(event: EventEnvelope<'ContractUnblocked'>, ctx: EventContext): Promise<void> {
    const { contractId, revision, reason } = event.payload;
    const outcome = await this.handler.execute({ contractId, revision }, ctx.manager);
    this.logger.log(`ContractUnblocked: ${outcome}`, { contractId, revision, reason });
  }
}
