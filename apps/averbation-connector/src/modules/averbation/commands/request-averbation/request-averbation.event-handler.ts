import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import { Averbation } from '../../domain/averbation';
import { unsupportedProduct } from '../../domain/averbation-request';

/**
 * AverbationRequested: records the job in the consumer's transaction and returns at once; the
 * worker registers at Dataprev (R-AV-2). A second request for the same contract is handled by
 * the averbation's own rules (confirm again, or start over after a failure).
 */
@Injectable()
export class RequestAverbationEventHandler {
  private readonly logger = new Logger('RequestAverbation');

  constructor(@Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository) {}

  @HandlesEvent('AverbationRequested')
  async handle(event: EventEnvelope<'AverbationRequested'>, ctx: EventContext): Promise<void> {
    const now = new Date();
    const { contractId } = event.payload;
    if (await this.averbations.isClosed(ctx.manager, contractId)) {
      this.logger.log(`contract ${contractId} was cancelled before its averbation was requested: not registered`);
      return;
    }
    const refused = unsupportedProduct(event, now);
    if (refused) {
      await ctx.emit('AverbationFailed', { payload: refused });
      return;
    }
    const existing = await this.averbations.lockByContract(ctx.manager, contractId);
    if (!existing) {
      await this.averbations.insert(ctx.manager, Averbation.requested(randomUUID(), event, now));
      return;
    }
    existing.requestedAgain(event, now);
    await this.averbations.update(ctx.manager, existing);
    for (const e of existing.pullEvents()) {
      if (e.type === 'AverbationCompleted') await ctx.emit('AverbationCompleted', { payload: e.payload });
      else await ctx.emit('AverbationFailed', { payload: e.payload });
    }
  }
}
