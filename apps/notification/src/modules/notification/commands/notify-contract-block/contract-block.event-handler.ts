import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { renderContractBlocked, renderContractUnblocked } from '../../domain/block-templates';
import { NotifyContractBlockHandler } from './notify-contract-block.handler';

/** ContractBlocked / ContractUnblocked (loan, R-LN-8) → the customer's pt-BR notice, if any. */
@Injectable()
export class ContractBlockEventHandler {
  constructor(private readonly notify: NotifyContractBlockHandler) {}

  @HandlesEvent('ContractBlocked')
  async onContractBlocked(event: EventEnvelope<'ContractBlocked'>, ctx: EventContext): Promise<void> {
    await this.notify.execute(ctx.manager, event, renderContractBlocked(event));
  }

  @HandlesEvent('ContractUnblocked')
  async onContractUnblocked(event: EventEnvelope<'ContractUnblocked'>, ctx: EventContext): Promise<void> {
    await this.notify.execute(ctx.manager, event, renderContractUnblocked(event));
  }
}
