import { Partitioners, type Kafka, type Producer } from 'kafkajs';

/**
 * The one producer configuration used everywhere (relay, dead-letter, replay):
 * - idempotent with acks=-1, so a retried request is not written twice by the broker;
 * - one request in flight, so a retry cannot overtake the request after it: per-key order holds;
 * - the explicit DefaultPartitioner (murmur2, Java-compatible), so every producer in every service
 *   maps a key to the same partition, and kafkajs v2's partitioner warning stays silent.
 */
export function createReliableProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
  });
}
