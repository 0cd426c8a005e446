import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { AmendBillingHandler } from './amend-billing.handler';

/** ContractAmended → the billing's plan checked against loan's (or taken, when never re-planned for that payment). */
@Injectable()
export class AmendBillingEventHandler {
  private readonly logger = new Logger('AmendBilling');

  constructor(private readonly handler: AmendBillingHandler) {}

  @HandlesEvent('ContractAmended')
  async onContractAmended(event: EventEnvelope<'ContractAmended'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx.manager);
    const { contractId, paymentId, mode, remainingInstallments } = event.payload;
    this.logger.log(`ContractAmended: ${outcome}`, { contractId, paymentId, mode, remainingInstallments });
  }
}
