import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { ProjectPositionHandler } from './project-position.handler';

/** Edge: ContractPositionChanged (validated against its schema by the consumer) → ProjectPosition. */
@Injectable()
export class ContractPositionChangedEventHandler {
  constructor(private readonly projectPosition: ProjectPositionHandler) {}

  @HandlesEvent('ContractPositionChanged')
  async handle(event: EventEnvelope<'ContractPositionChanged'>, ctx: EventContext): Promise<void> {
    await this.projectPosition.execute(event, ctx);
  }
}
