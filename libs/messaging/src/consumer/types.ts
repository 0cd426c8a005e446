import type { EntityManager } from 'typeorm';
import type { EmitInput, EnvelopeLike, EnvelopeMap } from '../envelope';

/** What a handler gets besides its envelope. */
export interface HandlerContext<M extends EnvelopeMap> {
  /** The transaction's EntityManager: write the effect with it, nothing else is atomic with the inbox. */
  manager: EntityManager;
  consumerGroup: string;
  topic: string;
  partition: number;
  offset: string;
  /** 1 on the first try, then 2, 3… within this delivery. */
  attempt: number;
  /**
   * Writes an event caused by this one to the outbox, in this transaction: its correlationId is
   * the inbound one, its causationId the inbound eventId. It is validated at once and inserted
   * with the transaction's other emits, in emit order, just before the commit.
   */
  emit<K extends keyof M & string>(eventType: K, input: EmitInput<M[K]>): Promise<M[K]>;
}

/** Handles one event type. Throw to retry; throw `PermanentError` to dead-letter at once. */
export type EventHandler<E extends EnvelopeLike, M extends EnvelopeMap> = (
  envelope: E,
  context: HandlerContext<M>,
) => Promise<void>;

/** Reported after each event's transaction committed (for metrics and latency measurement). */
export interface ProcessedEvent {
  eventId: string;
  eventType: string;
  correlationId: string;
  occurredAt: string;
  /** True when the inbox already had the event: no handler ran. */
  duplicate: boolean;
  topic: string;
  partition: number;
  offset: string;
}

/** Retry policy for handler failures. */
export interface RetryPolicy {
  /** Attempts per delivery before dead-lettering (default 5). */
  maxAttempts: number;
  /** First backoff (default 200 ms), doubling, with jitter. */
  baseDelayMs: number;
  /** Backoff cap (default 5 s). */
  maxDelayMs: number;
}

/** The consumer's hold on the batch being processed (a thin view over kafkajs' eachBatch payload). */
export interface BatchControl {
  /** False once the consumer stops or the partition was seeked: leave the rest unresolved. */
  isRunning(): boolean;
  heartbeat(): Promise<void>;
  /** Marks the message processed; only resolved offsets are ever committed. */
  resolveOffset(offset: string): void;
  commitIfNecessary(): Promise<void>;
}
