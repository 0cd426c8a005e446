import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { ActivateContractHandler } from './activate-contract.handler';

/** AverbationCompleted → ACTIVE + ContractActivated. */
@Injectable()
export class ActivateContractEventHandler {
  private readonly logger = new Logger('ActivateContract');

  constructor(private readonly handler: ActivateContractHandler) {}

  @HandlesEvent('AverbationCompleted')
  async onAverbationCompleted(event: EventEnvelope<'AverbationCompleted'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx);
    this.logger.log(`AverbationCompleted: ${outcome}`, { contractId: event.payload.contractId });
  }
}
