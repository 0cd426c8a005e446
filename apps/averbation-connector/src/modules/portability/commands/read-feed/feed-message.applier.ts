import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CtcFeedMessage } from '../../../exchange/ctc.types';
import { FEED_REPOSITORY, type FeedRepository } from '../../database/feed.repository';
import {
  PORTABILITY_IN_REPOSITORY,
  PORTABILITY_OUT_REPOSITORY,
  type PortabilityInRepository,
  type PortabilityOutRepository,
} from '../../database/portability.repositories';
import { PortabilityOut } from '../../domain/portability-out';
import { PortabilityEventsPublisher } from '../portability-events.publisher';

/**
 * Applies one feed message in the page's transaction, once per NU and status (the feed repeats).
 * DESTINATION: moves our portability in; one whose NU we do not know yet (its open call's answer
 * is still on its way) is kept and applied when the NU is learnt. ORIGIN: a PENDING request opens
 * a portability out (PortabilityOutRequested, or a refusal of a contract that is none of ours);
 * later messages move it.
 */
@Injectable()
export class FeedMessageApplier {
  private readonly logger = new Logger('ExchangeFeed');

  constructor(
    @Inject(FEED_REPOSITORY) private readonly feed: FeedRepository,
    @Inject(PORTABILITY_IN_REPOSITORY) private readonly ins: PortabilityInRepository,
    @Inject(PORTABILITY_OUT_REPOSITORY) private readonly outs: PortabilityOutRepository,
    private readonly events: PortabilityEventsPublisher,
  ) {}

  async apply(manager: EntityManager, message: CtcFeedMessage): Promise<void> {
    if (!(await this.feed.remember(manager, message))) return;
    const portabilityNumber = message.portabilityNumber;
    if (message.role === 'DESTINATION') {
      const portability = await this.ins.lockBy(manager, { portabilityNumber });
      if (!portability) return;
      portability.observe(message.portability);
      await this.ins.update(manager, portability);
      return this.events.publishIn(manager, portability);
    }
    const existing = await this.outs.lockBy(manager, { portabilityNumber });
    if (existing) {
      existing.observe(message.portability);
      await this.outs.update(manager, existing);
      return this.events.publishOut(manager, existing);
    }
    if (message.status !== 'PENDING') {
      if (message.status !== 'RECEIVED') this.logger.warn(`portability ${portabilityNumber} (we are its origin) is ${message.status} but its request was never seen: ignored`);
      return;
    }
    const requested = PortabilityOut.requested(randomUUID(), message.portability, randomUUID(), new Date());
    if (!requested.snapshot.contractId) this.logger.warn(`portability ${portabilityNumber} asks for contract "${message.portability.originContractNumber}", none of ours: refused (CONTRATO_NAO_ENCONTRADO)`);
    await this.outs.insert(manager, requested);
    await this.events.publishOut(manager, requested);
  }
}
