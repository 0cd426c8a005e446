import { consumerGroupFor, namespacedTopicFor, type EventType, type ServiceName } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import type { ContractEnvelopes, HandlerContext, IdempotentConsumerOptions } from '@consignado/messaging';

export interface EventingOptions {
  /** The service: its consumer group, DLQ topic suffix and Kafka client id. */
  service: ServiceName;
  brokers: string[];
  /**
   * Prefix for every topic and the consumer group (`<ns>.consignado.proposal-created.v1`,
   * `<ns>.credit-analysis`): isolates a test run or a stack from others on the same broker.
   */
  namespace?: string;
  /** Tuning passed to the idempotent consumer (retries, batch size…). */
  consumer?: Pick<IdempotentConsumerOptions<ContractEnvelopes>, 'retry' | 'transactionBatchSize' | 'permanentErrorCodes' | 'sessionTimeout' | 'fromBeginning'>;
  /** Relay polling interval; NOTIFY wakes it sooner. */
  relayPollIntervalMs?: number;
  /** Seals the personal data events carry on the wire and opens it on consume (R-SEC-3). */
  personalData: FieldCipher;
}

export const EVENTING_OPTIONS = Symbol('EVENTING_OPTIONS');
export const KAFKA = Symbol('KAFKA');

export type EventContext = HandlerContext<ContractEnvelopes>;

/** The topic an event type uses under the options' namespace. */
export function namespacedTopic(options: Pick<EventingOptions, 'namespace'>, eventType: EventType): string {
  return namespacedTopicFor(eventType, options.namespace);
}

/** The consumer group (and inbox consumer name) under the options' namespace. */
export function consumerGroup(options: Pick<EventingOptions, 'namespace' | 'service'>): string {
  return consumerGroupFor(options.service, options.namespace);
}
