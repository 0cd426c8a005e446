import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DomainError } from '@consignado/core';
import { dlqTopicFor, replayDeadLetters, type ReplayReport } from '@consignado/messaging';
import { consumerGroup, EVENTING_OPTIONS, type EventingOptions, KAFKA } from '../eventing.options';
import type { ReplayRequestDto } from './replay-request.dto';

/** How many of the service's dead letters wait to be replayed, per partition of its DLQ topic. */
export interface DeadLetterBacklog {
  readonly consumerGroup: string;
  readonly dlqTopic: string;
  readonly waiting: number;
  readonly partitions: ReadonlyArray<{ readonly partition: number; readonly waiting: number }>;
}

export class ReplayInProgressError extends DomainError {
  constructor() {
    super('DLQ.REPLAY_CONFLICT', 'Já há uma reprocessamento de mensagens mortas em andamento neste serviço; tente de novo quando ele terminar.');
  }
}

/**
 * The service's dead letters for the back office (R-SEC-1, R-EV-5): the backlog, read from offsets
 * only (the DLQ's end against what the replay group `replay.<group>` committed), and replay. One
 * replay at a time per process; instances running one each at once would share the replay group's
 * partitions, and a record replayed twice around a rebalance is harmless (the inbox dedups effects).
 */
@Injectable()
export class DeadLetters {
  private replaying = false;

  constructor(
    @Inject(EVENTING_OPTIONS) private readonly options: EventingOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {}

  private get group(): string {
    return consumerGroup(this.options);
  }

  async backlog(): Promise<DeadLetterBacklog> {
    const dlqTopic = dlqTopicFor(this.group);
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(dlqTopic);
      const [committed] = await admin.fetchOffsets({ groupId: `replay.${this.group}`, topics: [dlqTopic] });
      const done = new Map(committed?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
      const partitions = ends.map((e) => ({ partition: e.partition, waiting: Number(e.high) - Math.max(Number(e.low), done.get(e.partition) ?? -1) }));
      return { consumerGroup: this.group, dlqTopic, waiting: partitions.reduce((n, p) => n + p.waiting, 0), partitions };
    } finally {
      await admin.disconnect();
    }
  }

  async replay(request: ReplayRequestDto): Promise<ReplayReport> {
    if (this.replaying) throw new ReplayInProgressError();
    this.replaying = true;
    try {
      const { eventType, reason } = request;
      return await replayDeadLetters({
        kafka: this.kafka, group: this.group, limit: request.limit, includeUnreplayable: request.includeUnreplayable ?? false,
        filter: (record) => (!eventType || record.eventType === eventType) && (!reason || record.reason === reason),
      });
    } finally {
      this.replaying = false;
    }
  }
}
