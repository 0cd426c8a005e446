import type { KafkaMessage } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import { backoffDelay, pause } from '../backoff';
import type { AnyEnvelope, EnvelopeCodec, EnvelopeLike, EnvelopeMap } from '../envelope';
import { buildDeadLetter, type DeadLetterReason, type DeadLetterRecord } from '../dlq/dead-letter';
import { isInfrastructureError, isPermanent } from '../errors';
import { errorFields, type Logger } from '../logger';
import { decodeHeaders } from '../kafka/headers';
import { inConsumerSpan } from '../tracing';
import type { OutboxRowValues, OutboxWriter } from '../outbox/outbox-writer';
import { type Decoded, decodeMessage } from './decode';
import { claimInbox, claimInboxBatch, type InboxEntry } from './inbox';
import type { BatchControl, EventHandler, HandlerContext, ProcessedEvent, RetryPolicy } from './types';

/** Everything the processor needs; the consumer wires the real ones, unit tests fakes. */
export interface ProcessorDeps<M extends EnvelopeMap> {
  consumerGroup: string;
  codec: EnvelopeCodec<M>;
  outbox: OutboxWriter<M>;
  handlers: ReadonlyMap<string, EventHandler<AnyEnvelope<M>, M>>;
  ignored: ReadonlySet<string>;
  retry: RetryPolicy;
  /** Events per database transaction when all succeed (1 = one transaction per event). */
  transactionBatchSize: number;
  permanentErrorCodes: ReadonlySet<string>;
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  publishDeadLetter(record: DeadLetterRecord): Promise<void>;
  logger: Logger;
  onProcessed?: (event: ProcessedEvent) => void;
}

interface Item<E extends EnvelopeLike> {
  topic: string;
  partition: number;
  message: KafkaMessage;
  decoded: Decoded<E>;
}
type EventItem<E extends EnvelopeLike> = Item<E> & { decoded: { kind: 'event'; envelope: E } };

const isEvent = <E extends EnvelopeLike>(item: Item<E>): item is EventItem<E> => item.decoded.kind === 'event';
/** Waits on infrastructure outages are capped so recovery is noticed quickly. */
const INFRA_BACKOFF = { baseDelayMs: 250, maxDelayMs: 5_000 };

/**
 * Processes one partition's batch in offset order: inbox + handler + outbox in one transaction per
 * event (or per group of events), offset resolved only after the commit, bounded retries, then the
 * dead-letter topic. Never throws for a message's own failure; stops early (leaving offsets
 * unresolved, so they are redelivered) when the consumer stops.
 */
export class MessageProcessor<M extends EnvelopeMap> {
  constructor(private readonly deps: ProcessorDeps<M>) {}

  async processBatch(topic: string, partition: number, messages: KafkaMessage[], control: BatchControl): Promise<void> {
    const items = messages.map((message) => ({ topic, partition, message, decoded: this.decode(message, topic) }));
    let i = 0;
    while (i < items.length && control.isRunning()) {
      const group = this.eventRun(items, i);
      if (group.length > 1 && (await this.tryTogether(group, control))) {
        i += group.length;
      } else {
        // One at a time; after a failed group, each of its events gets its own transaction and retries.
        for (const end = i + Math.max(group.length, 1); i < end; i++) {
          if (!control.isRunning() || !(await this.processOne(items[i], control))) return;
        }
      }
      await control.commitIfNecessary();
      await control.heartbeat();
    }
  }

  /** The consecutive handleable events starting at `start`, up to the transaction batch size. */
  private eventRun(items: Item<AnyEnvelope<M>>[], start: number): EventItem<AnyEnvelope<M>>[] {
    const run: EventItem<AnyEnvelope<M>>[] = [];
    for (let j = start; j < items.length && run.length < this.deps.transactionBatchSize; j++) {
      const item = items[j];
      if (!isEvent(item)) break;
      run.push(item);
    }
    return run;
  }

  /**
   * All events of `group` in one transaction, their inbox rows in one statement; false (nothing
   * committed) if any of them failed.
   */
  private async tryTogether(group: EventItem<AnyEnvelope<M>>[], control: BatchControl): Promise<boolean> {
    try {
      const fresh = await this.deps.transaction(async (manager) => {
        const inserted = await claimInboxBatch(manager, group.map((item) => this.inboxEntry(item)));
        const emitted: OutboxRowValues[] = [];
        const ran: boolean[] = [];
        for (const item of group) {
          // A second copy of an event inside the same group is a duplicate too.
          const first = inserted.delete(item.decoded.envelope.eventId);
          if (first) await this.runHandler(manager, item, 1, emitted);
          ran.push(first);
        }
        await this.deps.outbox.addRows(manager, emitted);
        return ran;
      });
      group.forEach((item, k) => this.processed(item, !fresh[k]));
      control.resolveOffset(group[group.length - 1].message.offset);
      return true;
    } catch (error) {
      this.deps.logger.debug('batched transaction failed; falling back to one event per transaction', errorFields(error));
      return false;
    }
  }

  /** One message, to completion. False when the consumer stopped before it was settled. */
  private async processOne(item: Item<AnyEnvelope<M>>, control: BatchControl): Promise<boolean> {
    const { decoded } = item;
    if (decoded.kind === 'skip') {
      this.deps.logger.debug('message skipped', { reason: decoded.why, topic: item.topic, offset: item.message.offset });
    } else if (decoded.kind === 'dead') {
      const settled = await this.deadLetter(item, decoded.reason, decoded.error, 0, control, decoded.envelope);
      if (!settled) return false;
    } else if (!(await this.handleWithRetries(item as EventItem<AnyEnvelope<M>>, control))) {
      return false;
    }
    control.resolveOffset(item.message.offset);
    return true;
  }

  private async handleWithRetries(item: EventItem<AnyEnvelope<M>>, control: BatchControl): Promise<boolean> {
    const { retry, logger } = this.deps;
    const envelope = item.decoded.envelope;
    let attempt = 1;
    let outages = 0;
    while (control.isRunning()) {
      try {
        const fresh = await this.deps.transaction((manager) => this.handleInTransaction(manager, item, attempt));
        this.processed(item, !fresh);
        return true;
      } catch (error) {
        const fields = { ...ids(envelope), ...errorFields(error), attempt };
        if (isInfrastructureError(error)) {
          // The database is unreachable: the message is not at fault, keep its retry budget.
          outages += 1;
          logger.warn('database unavailable; waiting before retrying the event', fields);
          await pause(backoffDelay(outages, INFRA_BACKOFF), () => !control.isRunning(), () => control.heartbeat());
          continue;
        }
        const permanent = isPermanent(error, this.deps.permanentErrorCodes);
        if (permanent || attempt >= retry.maxAttempts) {
          const reason: DeadLetterReason = permanent ? 'permanent-error' : 'retries-exhausted';
          return this.deadLetter(item, reason, error, attempt, control, envelope);
        }
        logger.warn('event handler failed; retrying', fields);
        await pause(backoffDelay(attempt, retry), () => !control.isRunning(), () => control.heartbeat());
        attempt += 1;
      }
    }
    return false;
  }

  /**
   * Inbox row first: if it already exists the event had its effect, skip the handler.
   * @returns true when the handler ran (a first delivery), false for a duplicate.
   */
  private async handleInTransaction(
    manager: EntityManager,
    item: EventItem<AnyEnvelope<M>>,
    attempt: number,
  ): Promise<boolean> {
    if (!(await claimInbox(manager, this.inboxEntry(item)))) return false;
    const emitted: OutboxRowValues[] = [];
    await this.runHandler(manager, item, attempt, emitted);
    await this.deps.outbox.addRows(manager, emitted);
    return true;
  }

  /** Runs the handler; the events it emits are staged in `emitted`, written by the caller before commit. */
  private async runHandler(manager: EntityManager, item: EventItem<AnyEnvelope<M>>, attempt: number, emitted: OutboxRowValues[]): Promise<void> {
    const envelope = item.decoded.envelope;
    const handler = this.deps.handlers.get(envelope.eventType);
    if (!handler) throw new Error(`no handler for ${envelope.eventType}`); // decode() guarantees one
    const message = { topic: item.topic, partition: item.partition, offset: item.message.offset, consumerGroup: this.deps.consumerGroup, eventId: envelope.eventId, eventType: envelope.eventType, headers: decodeHeaders(item.message.headers) };
    await inConsumerSpan(message, attempt, () => handler(envelope, this.context(manager, item, attempt, emitted)));
  }

  private inboxEntry(item: EventItem<AnyEnvelope<M>>): InboxEntry {
    const envelope = item.decoded.envelope;
    return {
      consumer: this.deps.consumerGroup,
      eventId: envelope.eventId,
      eventType: envelope.eventType,
      topic: item.topic,
      partition: item.partition,
      offset: item.message.offset,
    };
  }

  private context(manager: EntityManager, item: EventItem<AnyEnvelope<M>>, attempt: number, emitted: OutboxRowValues[]): HandlerContext<M> {
    const cause = item.decoded.envelope;
    const { codec, outbox } = this.deps;
    return {
      manager,
      consumerGroup: this.deps.consumerGroup,
      topic: item.topic,
      partition: item.partition,
      offset: item.message.offset,
      attempt,
      async emit(eventType, input) {
        const child = codec.create(eventType, input, cause);
        // Validated now (a bad event fails the handler), inserted with the transaction's others.
        emitted.push(outbox.row(child));
        return child;
      },
    };
  }

  /** Publishes the dead letter, retrying while the broker is unreachable. False if stopped first. */
  private async deadLetter(
    item: Item<AnyEnvelope<M>>,
    reason: DeadLetterReason,
    error: unknown,
    attempts: number,
    control: BatchControl,
    envelope?: AnyEnvelope<M>,
  ): Promise<boolean> {
    const record = buildDeadLetter({
      topic: item.topic,
      partition: item.partition,
      message: item.message,
      reason,
      error,
      attempts,
      consumerGroup: this.deps.consumerGroup,
      envelope,
    });
    const fields = { ...(envelope ? ids(envelope) : {}), reason, attempts, topic: item.topic, offset: item.message.offset };
    let failures = 0;
    while (control.isRunning()) {
      try {
        await this.deps.publishDeadLetter(record);
        const cut = record.original.truncated ? { valueTruncated: true, valueBytes: record.original.byteLength } : {};
        this.deps.logger.error('message dead-lettered', { ...fields, ...cut, error: record.error.message });
        return true;
      } catch (publishError) {
        failures += 1;
        this.deps.logger.warn('dead-letter publish failed; retrying', { ...fields, ...errorFields(publishError) });
        await pause(backoffDelay(failures, INFRA_BACKOFF), () => !control.isRunning(), () => control.heartbeat());
      }
    }
    return false;
  }

  private processed(item: EventItem<AnyEnvelope<M>>, duplicate: boolean): void {
    const envelope = item.decoded.envelope;
    if (duplicate) this.deps.logger.debug('duplicate event skipped', ids(envelope));
    this.deps.onProcessed?.({
      eventId: envelope.eventId,
      eventType: envelope.eventType,
      correlationId: envelope.metadata.correlationId,
      occurredAt: envelope.occurredAt,
      duplicate,
      topic: item.topic,
      partition: item.partition,
      offset: item.message.offset,
    });
  }

  private decode(message: KafkaMessage, topic: string): Decoded<AnyEnvelope<M>> {
    return decodeMessage(
      message,
      {
        consumerGroup: this.deps.consumerGroup,
        validate: (value) => this.deps.codec.validate(value),
        hasHandler: (eventType) => this.deps.handlers.has(eventType),
        ignored: this.deps.ignored,
        // The consumer's own codec: the topics it subscribed to (namespaced in tests) are its routes.
        topicFor: (eventType) => this.deps.codec.topicFor(eventType as keyof M & string),
      },
      topic,
    );
  }
}

/** The identifiers that may be logged (never the payload). */
function ids(envelope: EnvelopeLike) {
  return { eventId: envelope.eventId, eventType: envelope.eventType, correlationId: envelope.metadata.correlationId };
}
