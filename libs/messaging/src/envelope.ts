/**
 * The envelope fields the messaging library relies on (R-EV-1). Generic on purpose: the library
 * moves any envelope with these fields and never looks at an event type or a payload; the typed
 * catalogue lives in `@consignado/contracts` and is plugged in through an {@link EnvelopeCodec}.
 */
export interface EnvelopeLike {
  eventId: string;
  eventType: string;
  aggregateId: string;
  aggregateType: string;
  occurredAt: string;
  version: number | string;
  payload: unknown;
  metadata: { correlationId: string; causationId?: string | null };
}

/** The result of validating an unknown value as an envelope. */
export type EnvelopeValidation<E> = { ok: true; envelope: E } | { ok: false; errors: string[] };

/** A catalogue of envelopes by event type: `{ ProposalCreated: EventEnvelope<'ProposalCreated'>, … }`. */
export type EnvelopeMap = { [eventType: string]: EnvelopeLike };

/** Any envelope of the catalogue `M`. */
export type AnyEnvelope<M extends EnvelopeMap> = M[keyof M & string];

/** What a handler supplies to emit an event; ids, time, type and causality are filled in. */
export interface EmitInput<E extends EnvelopeLike> {
  /** Defaults, in the contracts codec, to the payload's key field. */
  aggregateId?: string;
  payload: E['payload'];
  /** userId/channel and the like; correlation and causation always come from the cause. */
  metadata?: Partial<E['metadata']>;
  occurredAt?: string;
  eventId?: string;
}

/**
 * How the library validates, routes and creates envelopes of the catalogue `M`.
 * The default (contracts codec) is built from `@consignado/contracts`; tests may swap `topicFor`
 * to route to per-run topics.
 */
export interface EnvelopeCodec<M extends EnvelopeMap> {
  /** Envelope and payload schema validation (R-EV-3), on produce and on consume. */
  validate(value: unknown): EnvelopeValidation<AnyEnvelope<M>>;
  /** The topic an event type is published to. */
  topicFor(eventType: keyof M & string): string;
  /**
   * Builds a new envelope; with `cause`, the result carries the cause's correlationId and
   * causationId = cause.eventId.
   */
  create<K extends keyof M & string>(eventType: K, input: EmitInput<M[K]>, cause?: AnyEnvelope<M>): M[K];
  /**
   * The form a validated envelope is stored in the outbox and sent to Kafka in (e.g. personal data
   * sealed); `validate` accepts that form back. Absent: the envelope as it is.
   */
  wire?(envelope: AnyEnvelope<M>): unknown;
}
