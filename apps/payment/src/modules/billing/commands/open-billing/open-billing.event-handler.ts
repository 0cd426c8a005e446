import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { OpenBillingHandler } from './open-billing.handler';

/** ContractActivated → the contract's installments, PENDING. */
@Injectable()
export class OpenBillingEventHandler {
  private readonly logger = new Logger('OpenBilling');

  constructor(private readonly handler: OpenBillingHandler) {}

  @HandlesEvent('ContractActivated')
  async onContractActivated(event: EventEnvelope<'ContractActivated'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx.manager);
    this.logger.log(`ContractActivated: ${outcome}`, { contractId: event.payload.contractId, installments: event.payload.schedule.length });
  }
}
