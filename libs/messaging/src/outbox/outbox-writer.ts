import type { EntityManager } from 'typeorm';
import type { AnyEnvelope, EnvelopeCodec, EnvelopeMap } from '../envelope';
import { envelopeHeaders } from '../kafka/headers';
import { traceHeaders } from '../tracing';

/** PostgreSQL channel the writer notifies on commit, so an idle relay wakes up at once. */
export const OUTBOX_CHANNEL = 'consignado_outbox';

/** Thrown by the writer when an envelope fails validation; nothing is written. */
export class InvalidEnvelopeError extends Error {
  override readonly name = 'InvalidEnvelopeError';
  readonly code = 'MESSAGING.INVALID_ENVELOPE';
  constructor(
    readonly eventType: string,
    readonly errors: string[],
  ) {
    super(`invalid ${eventType} envelope: ${errors.join('; ')}`);
  }
}

/** Thrown when the writer is called outside a transaction: the event would not be atomic with its cause. */
export class OutboxTransactionRequiredError extends Error {
  override readonly name = 'OutboxTransactionRequiredError';
  readonly code = 'MESSAGING.TRANSACTION_REQUIRED';
  constructor() {
    super('outbox.add must run inside the transaction of the state change (R-EV-5): use dataSource.transaction(manager => …)');
  }
}

/** Options for {@link OutboxWriter}. */
export interface OutboxWriterOptions<M extends EnvelopeMap> {
  codec: EnvelopeCodec<M>;
  /** NOTIFY the relay on commit (default true); without it the relay finds rows by polling. */
  notify?: boolean;
}

/** An outbox row's values, in INSERT order (opaque to callers). */
export type OutboxRowValues = readonly unknown[];

/** Rows per INSERT statement: 6 parameters each stays far below PostgreSQL's 65,535 limit. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Writes events to the outbox inside the caller's transaction (R-EV-5), after validating them
 * against their schema (R-EV-3). The relay publishes them after commit; a rollback discards them
 * together with the state change.
 */
export class OutboxWriter<M extends EnvelopeMap> {
  constructor(private readonly options: OutboxWriterOptions<M>) {}

  /**
   * Validates and inserts the envelopes, in the given order (which is their publish order).
   * @param manager the EntityManager of an active transaction (`dataSource.transaction(m => …)`).
   * @throws InvalidEnvelopeError for a schema violation; OutboxTransactionRequiredError outside a transaction.
   */
  async add(manager: EntityManager, envelopes: AnyEnvelope<M> | ReadonlyArray<AnyEnvelope<M>>): Promise<void> {
    const list: ReadonlyArray<AnyEnvelope<M>> = Array.isArray(envelopes) ? envelopes : [envelopes as AnyEnvelope<M>];
    await this.addRows(manager, list.map((envelope) => this.row(envelope)));
  }

  /**
   * Inserts rows made by {@link row}: the consumer stages a transaction's emits as rows (validated,
   * with the emitting span's trace context) and writes them in one statement before its commit.
   */
  async addRows(manager: EntityManager, rows: readonly OutboxRowValues[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxTransactionRequiredError();
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await this.insert(manager, rows.slice(i, i + ROWS_PER_STATEMENT));
    }
  }

  /** Validates an envelope into its outbox row, nothing written. @throws InvalidEnvelopeError */
  row(candidate: AnyEnvelope<M>): OutboxRowValues {
    const result = this.options.codec.validate(candidate);
    if (!result.ok) throw new InvalidEnvelopeError(String(candidate?.eventType), result.errors);
    const envelope = result.envelope;
    return [
      envelope.eventId,
      this.options.codec.topicFor(envelope.eventType),
      envelope.aggregateId,
      envelope.eventType,
      JSON.stringify(this.options.codec.wire ? this.options.codec.wire(envelope) : envelope),
      JSON.stringify({ ...envelopeHeaders(envelope), ...traceHeaders() }), // the writer's trace continues in the consumers
    ];
  }

  private async insert(manager: EntityManager, rows: readonly OutboxRowValues[]): Promise<void> {
    const values = rows
      .map((_, r) => {
        const p = (c: number) => `$${r * 6 + c}`;
        return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}::jsonb, ${p(6)}::jsonb)`;
      })
      .join(', ');
    const insert = `INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers) VALUES ${values}`;
    // A data-modifying CTE always runs; pg_notify is delivered only if the transaction commits.
    const sql = this.options.notify === false ? insert : `WITH ins AS (${insert}) SELECT pg_notify('${OUTBOX_CHANNEL}', '')`;
    await manager.query(sql, rows.flat());
  }
}
