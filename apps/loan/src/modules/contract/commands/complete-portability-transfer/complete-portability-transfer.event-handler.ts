import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { CompletePortabilityTransferHandler } from './complete-portability-transfer.handler';

/** PortabilityTransferCompleted → PENDING_AVERBATION + AverbationRequested (INSS), or ACTIVE + ContractActivated. */
@Injectable()
export class CompletePortabilityTransferEventHandler {
  private readonly logger = new Logger('CompletePortabilityTransfer');

  constructor(private readonly handler: CompletePortabilityTransferHandler) {}

  @HandlesEvent('PortabilityTransferCompleted')
  async onTransferCompleted(event: EventEnvelope<'PortabilityTransferCompleted'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx);
    this.logger.log(`PortabilityTransferCompleted: ${outcome}`, { contractId: event.payload.contractId });
  }
}
