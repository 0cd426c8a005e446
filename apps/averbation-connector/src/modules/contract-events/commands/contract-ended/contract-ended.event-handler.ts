import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { CloseAverbationHandler } from '../../../averbation/commands/close-averbation/close-averbation.handler';
import { ClosePortabilitiesHandler } from '../../../portability/commands/close-portabilities/close-portabilities.handler';

/**
 * ContractCancelled / ContractSettled, the one consumer of each in this service: the deduction at
 * Dataprev ends (R-AV-1, R-AV-3) and, in the same transaction, the exchange learns what it must —
 * a portability in not yet transferred is withdrawn; a contract ported out has its settlement
 * confirmed (R-LN-7). Either part failing retries the whole event.
 */
@Injectable()
export class ContractEndedEventHandler {
  constructor(
    private readonly averbations: CloseAverbationHandler,
    private readonly portabilities: ClosePortabilitiesHandler,
  ) {}

  @HandlesEvent('ContractCancelled')
  async onCancelled(event: EventEnvelope<'ContractCancelled'>, ctx: EventContext): Promise<void> {
    await this.averbations.cancelled(ctx.manager, event.payload);
    await this.portabilities.contractCancelled(ctx.manager, event);
  }

  @HandlesEvent('ContractSettled')
  async onSettled(event: EventEnvelope<'ContractSettled'>, ctx: EventContext): Promise<void> {
    await this.averbations.settled(ctx.manager, event.payload);
    if (event.payload.reason === 'PORTED_OUT') await this.portabilities.portedOut(ctx.manager, event);
  }
}
