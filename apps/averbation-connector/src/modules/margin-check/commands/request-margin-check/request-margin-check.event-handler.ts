import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { MARGIN_CACHE, type MarginCache } from '../../../margin-cache/margin-cache';
import { MARGIN_CHECK_REPOSITORY, type MarginCheckRepository } from '../../database/margin-check.repository';
import { MarginCheck, marginChecked } from '../../domain/margin-check';

/**
 * MarginCheckRequested: answered at once from the Redis cache when it can (R-AV-3), otherwise
 * queued for the worker, so a slow Dataprev never holds the partition.
 */
@Injectable()
export class RequestMarginCheckEventHandler {
  constructor(
    @Inject(MARGIN_CACHE) private readonly cache: MarginCache,
    @Inject(MARGIN_CHECK_REPOSITORY) private readonly checks: MarginCheckRepository,
  ) {}

  @HandlesEvent('MarginCheckRequested')
  async handle(event: EventEnvelope<'MarginCheckRequested'>, ctx: EventContext): Promise<void> {
    const cached = await this.cache.get(event.payload);
    if (cached) {
      await ctx.emit('MarginChecked', { payload: marginChecked(event.payload, cached, true).payload });
      return;
    }
    await this.checks.insert(ctx.manager, MarginCheck.requested(randomUUID(), event, new Date()));
  }
}
