import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { CommissionPolicy } from '../../domain/commission';
import type { ConsumedEvent, ConsumedEventType, EventOutcome } from '../../domain/consumed-event';
import { AcceptanceWindow } from '../../domain/formalization';
import type { Proposal } from '../../domain/proposal';
import { EventAheadOfStateError, EventMismatchError } from '../../domain/proposal.errors';
import { timelineEntry } from '../../domain/timeline';
import { PARKED_EVENT_REPOSITORY, type ParkedEventRepository } from '../../database/parked-event.repository';
import { TIMELINE_REPOSITORY, type TimelineRepository } from '../../database/timeline.repository';

export const toConsumedEvent = (envelope: EventEnvelope<ConsumedEventType>): ConsumedEvent =>
  ({ type: envelope.eventType, payload: envelope.payload, occurredAt: envelope.occurredAt }) as ConsumedEvent;

/**
 * Events that stayed ahead of their proposal past the retry budget wait here instead of blocking
 * the consumer (kafkajs fetches again only once every batch of a fetch is done, so a precondition
 * published later could never arrive while its dependant retries). Whenever the proposal moves,
 * the parked events are tried again in arrival order until none applies; stale ones are recorded.
 */
@Injectable()
export class ParkedEvents {
  private readonly logger = new Logger('ParkedEvents');

  constructor(
    @Inject(PARKED_EVENT_REPOSITORY) private readonly parked: ParkedEventRepository,
    @Inject(TIMELINE_REPOSITORY) private readonly timeline: TimelineRepository,
    @Inject(CommissionPolicy) private readonly commission: CommissionPolicy,
    @Inject(AcceptanceWindow) private readonly window: AcceptanceWindow,
  ) {}

  park(manager: EntityManager, proposal: Proposal, envelope: EventEnvelope<ConsumedEventType>, now: Date): Promise<void> {
    this.logger.log({ proposalId: proposal.id, eventType: envelope.eventType, eventId: envelope.eventId, state: proposal.state, parked: true });
    return this.parked.park(manager, proposal.id, envelope, now);
  }

  /** Applies every parked event the proposal's new state allows, repeatedly (one may unlock another). */
  async release(manager: EntityManager, proposal: Proposal, now: Date): Promise<void> {
    for (let progress = true; progress; ) {
      progress = false;
      for (const envelope of await this.parked.list(manager, proposal.id)) {
        const outcome = this.tryApply(proposal, envelope, now);
        if (!outcome) continue;
        await this.timeline.append(manager, timelineEntry(proposal.id, envelope, 'CONSUMED', outcome, proposal.state));
        await this.parked.remove(manager, envelope.eventId);
        progress = true;
      }
    }
  }

  private tryApply(proposal: Proposal, envelope: EventEnvelope<ConsumedEventType>, now: Date): EventOutcome | undefined {
    try {
      return proposal.apply(toConsumedEvent(envelope), this.commission, now, this.window);
    } catch (error) {
      if (error instanceof EventAheadOfStateError) return undefined;
      // Kept parked for an operator, never dropped: it names another contract than the one now known.
      if (error instanceof EventMismatchError) {
        this.logger.warn({ proposalId: proposal.id, eventId: envelope.eventId, code: error.code });
        return undefined;
      }
      throw error;
    }
  }
}
