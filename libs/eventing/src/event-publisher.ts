import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventType } from '@consignado/contracts';
import { codecWithTopics, contractsCodec, type ContractEnvelopes, type EmitInput, OutboxWriter, withSealedPersonalData } from '@consignado/messaging';
import { EVENTING_OPTIONS, type EventingOptions, namespacedTopic } from './eventing.options';

/**
 * Writes domain events to the outbox inside the caller's transaction, so the state change and
 * its events commit or roll back together (R-EV-5). The relay publishes them afterwards.
 */
@Injectable()
export class EventPublisher {
  private readonly writer: OutboxWriter<ContractEnvelopes>;
  private readonly codec;

  constructor(@Inject(EVENTING_OPTIONS) options: EventingOptions) {
    const codec = options.namespace ? codecWithTopics((t) => namespacedTopic(options, t)) : contractsCodec;
    this.codec = withSealedPersonalData(codec, options.personalData);
    this.writer = new OutboxWriter({ codec: this.codec });
  }

  /** Creates, validates and stores one event; returns its envelope. */
  async publish<T extends EventType>(
    manager: EntityManager,
    eventType: T,
    input: EmitInput<ContractEnvelopes[T]>,
    cause?: EventEnvelope,
  ): Promise<EventEnvelope<T>> {
    const envelope = this.codec.create(eventType, input, cause as ContractEnvelopes[EventType] | undefined);
    await this.writer.add(manager, envelope);
    return envelope as EventEnvelope<T>;
  }

  /**
   * Creates, validates and stores many events of one type in as few statements as the outbox
   * allows (a batch job's events); their order is their publish order. Returns the envelopes.
   */
  async publishAll<T extends EventType>(
    manager: EntityManager,
    eventType: T,
    inputs: ReadonlyArray<EmitInput<ContractEnvelopes[T]>>,
    cause?: EventEnvelope,
  ): Promise<Array<EventEnvelope<T>>> {
    const envelopes = inputs.map((input) => this.codec.create(eventType, input, cause as ContractEnvelopes[EventType] | undefined));
    if (envelopes.length > 0) await this.writer.add(manager, envelopes);
    return envelopes as Array<EventEnvelope<T>>;
  }

  get outbox(): OutboxWriter<ContractEnvelopes> {
    return this.writer;
  }

  get envelopeCodec() {
    return this.codec;
  }
}
