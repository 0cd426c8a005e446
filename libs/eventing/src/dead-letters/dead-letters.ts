import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DomainError } from '@consignado/core';
import { dlqTopicFor, replayDeadLetters, type ReplayReport } from '@consignado/messaging';
import { consumerGroup, EVENTING_OPTIONS, type EventingOptions, KAFKA } from '../eventing.options';
import { messagingLogger } from '../messaging-logger';
import { type BacklogSource, type DeadLetterBacklog, readBacklog } from './dead-letter-backlog';
import type { ReplayRequestDto } from './replay-request.dto';

export class ReplayInProgressError extends DomainError {
  constructor() {
    super('DLQ.REPLAY_CONFLICT', 'Já há um reprocessamento de mensagens mortas em andamento neste serviço; tente de novo quando ele terminar.');
  }
}

/**
 * The service's dead letters for the back office (R-SEC-1, R-EV-5): the backlog, and replay to the
 * original topics under the service's (namespaced) group, as the CLI `replay-dlq` does.
 *
 * One replay at a time per process: a second → 409 `DLQ.REPLAY_CONFLICT`. Across instances (or an
 * instance and the CLI) no lock is needed for safety: every run joins the same consumer group
 * `replay.<group>`, so Kafka hands each DLQ partition to one run at a time, a run commits past a
 * record only once its copy is acknowledged, and a copy sent twice around a rebalance (its commit
 * lost) has no second effect thanks to the consumer's inbox. Only the report suffers: each run's
 * `limit` is its own, and a run waits out its timeout for partitions the other one holds.
 */
@Injectable()
export class DeadLetters {
  private replaying = false;
  private readonly source: BacklogSource;
  private readonly logger = messagingLogger('DeadLetters');

  constructor(
    @Inject(EVENTING_OPTIONS) options: EventingOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {
    const group = consumerGroup(options);
    this.source = { group, dlqTopic: dlqTopicFor(group), replayGroupId: `replay.${group}` };
  }

  backlog(): Promise<DeadLetterBacklog> {
    return readBacklog(this.kafka.admin(), this.source);
  }

  async replay(request: ReplayRequestDto): Promise<ReplayReport> {
    if (this.replaying) throw new ReplayInProgressError();
    this.replaying = true;
    try {
      const { eventType, reason, limit, includeUnreplayable = false } = request;
      const { group, dlqTopic, replayGroupId } = this.source;
      return await replayDeadLetters({
        kafka: this.kafka, group, dlqTopic, replayGroupId, limit, includeUnreplayable, logger: this.logger,
        filter: (record) => (!eventType || record.eventType === eventType) && (!reason || record.reason === reason),
      });
    } finally {
      this.replaying = false;
    }
  }
}
