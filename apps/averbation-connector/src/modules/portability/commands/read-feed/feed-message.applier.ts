import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import type { CtcFeedMessage, CtcPortability } from '../../../exchange/ctc.types';
import { FEED_REPOSITORY, type FeedRepository } from '../../database/feed.repository';
import {
  PORTABILITY_IN_REPOSITORY,
  PORTABILITY_OUT_REPOSITORY,
  type PortabilityInRepository,
  type PortabilityOutRepository,
} from '../../database/portability.repositories';
import { PortabilityOut } from '../../domain/portability-out';
import { PortabilityEventsPublisher } from '../portability-events.publisher';

/** PostgreSQL or connection trouble: the page is retried, the message never skipped for it. */
const isDatabaseTrouble = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof QueryFailedError || (typeof code === 'string' && /^([0-9A-Z]{5}|E[A-Z]+)$/.test(code));
};

/**
 * Applies one feed message in the page's transaction, once per NU and status (the feed repeats).
 * DESTINATION: moves our portability in; one whose NU we do not know yet (its open call's answer
 * is still on its way) is kept and applied when the NU is learnt. ORIGIN: a PENDING request opens
 * a portability out (PortabilityOutRequested, or a refusal of a contract that is none of ours);
 * later messages move it. A message that cannot be applied (malformed, or contradicting what we
 * know) is recorded with its problem and skipped, logged for an operator: it never stalls the feed.
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
    if (!message.portability) return this.skip(manager, message, 'the exchange sent a portability that does not parse');
    await manager.query('SAVEPOINT feed_message');
    try {
      await (message.role === 'DESTINATION' ? this.applyIn(manager, message.portability) : this.applyOut(manager, message, message.portability));
      await manager.query('RELEASE SAVEPOINT feed_message');
    } catch (error) {
      if (isDatabaseTrouble(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT feed_message');
      await this.skip(manager, message, error instanceof Error ? error.message : String(error));
    }
  }

  private async skip(manager: EntityManager, m: CtcFeedMessage, problem: string): Promise<void> {
    await this.feed.markProblem(manager, m, problem);
    this.logger.error(`feed message ${m.cursor} (${m.portabilityNumber} ${m.status}, we are ${m.role}) skipped: ${problem}; an operator must reconcile it`);
  }

  private async applyIn(manager: EntityManager, snapshot: CtcPortability): Promise<void> {
    const portability = await this.ins.lockBy(manager, { portabilityNumber: snapshot.portabilityNumber });
    if (!portability) return;
    portability.observe(snapshot);
    await this.ins.update(manager, portability);
    await this.events.publishIn(manager, portability);
  }

  private async applyOut(manager: EntityManager, m: CtcFeedMessage, snapshot: CtcPortability): Promise<void> {
    const existing = await this.outs.lockBy(manager, { portabilityNumber: m.portabilityNumber });
    if (existing) {
      existing.observe(snapshot);
      await this.outs.update(manager, existing);
      return this.events.publishOut(manager, existing);
    }
    if (m.status !== 'PENDING') {
      if (m.status !== 'RECEIVED') this.logger.warn(`portability ${m.portabilityNumber} (we are its origin) is ${m.status} but its request was never seen: ignored`);
      return;
    }
    const requested = PortabilityOut.requested(randomUUID(), snapshot, randomUUID(), new Date());
    if (!requested.snapshot.contractId) this.logger.warn(`portability ${m.portabilityNumber} asks for contract "${snapshot.originContractNumber}", none of ours: refused (CONTRATO_NAO_ENCONTRADO)`);
    await this.outs.insert(manager, requested);
    await this.events.publishOut(manager, requested);
  }
}
