import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { CONTRACT_BLOCK_REVISIONS, type ContractBlockRevisions } from '../../database/contract-block.repository';
import type { RenderedMessage } from '../../domain/templates';
import { RecordNotificationHandler } from '../record-notification/record-notification.handler';

export type BlockEvent = EventEnvelope<'ContractBlocked'> | EventEnvelope<'ContractUnblocked'>;
export type BlockNoticeOutcome = 'NOTIFIED' | 'WITHHELD' | 'STALE';

/**
 * A block or unblock (R-LN-8) → the customer's notice, in the consumer's transaction. The two events
 * travel on two topics: one older than the latest seen for the contract (by its revision) tells
 * nothing, or a replayed block would contradict the unblock the customer already got. A message
 * withheld by the templates (a DEATH block) records nothing either; both are consumed, not errors.
 * Ids, type and reason only in the logs.
 */
@Injectable()
export class NotifyContractBlockHandler {
  private readonly logger = new Logger('NotifyContractBlock');

  constructor(
    @Inject(CONTRACT_BLOCK_REVISIONS) private readonly revisions: ContractBlockRevisions,
    private readonly record: RecordNotificationHandler,
  ) {}

  async execute(manager: EntityManager, event: BlockEvent, message: RenderedMessage | undefined): Promise<BlockNoticeOutcome> {
    const { contractId, customerId, revision, reason } = event.payload;
    const facts = { eventId: event.eventId, eventType: event.eventType, contractId, revision, reason };
    if (!(await this.revisions.advance(manager, contractId, revision))) {
      this.logger.log({ message: 'stale block event: no notice', ...facts });
      return 'STALE';
    }
    if (!message) {
      this.logger.log({ message: 'block notice withheld', ...facts });
      return 'WITHHELD';
    }
    await this.record.execute(manager, customerId, event, message);
    return 'NOTIFIED';
  }
}
