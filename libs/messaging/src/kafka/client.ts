import { Kafka, logLevel, type LogEntry, type logCreator } from 'kafkajs';
import { type Logger, silentLogger } from '../logger';

/** Options for {@link createKafka}. */
export interface CreateKafkaOptions {
  clientId: string;
  brokers: string[];
  /** Where kafkajs' own warnings and errors go (default: nowhere). */
  logger?: Logger;
}

/**
 * Expected by design, so logged at debug: our producers retry a bounded number of times (so the
 * relay can back off and stop cleanly during an outage) and are replaced after a failure; the
 * duplicates this may cause are absorbed by the consumers' inbox.
 */
const EXPECTED_WARNINGS = [/^Limiting retries for the idempotent producer/];

/** Forwards kafkajs' log lines (warnings and errors only) to our logger, without their payloads. */
export function kafkaLogCreator(logger: Logger): logCreator {
  return () =>
    ({ level, namespace, log }: LogEntry) => {
      const fields = { namespace, kafkaMessage: log.message, groupId: stringOrUndefined(log['groupId']) };
      if (EXPECTED_WARNINGS.some((pattern) => pattern.test(log.message))) logger.debug('kafkajs', fields);
      else if (level <= logLevel.ERROR) logger.error('kafkajs', fields);
      else if (level === logLevel.WARN) logger.warn('kafkajs', fields);
    };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * A kafkajs client with the retry policy the library is written for: connection errors are retried
 * for about 12 s before a producer or consumer call gives up (the relay and the consumer then
 * back off and try again themselves with fresh metadata, so nothing is lost either way). The waits
 * between tries stop growing at 2 s: a partition's leader moves within a few seconds when a broker
 * dies, and with waits of up to 10 s a send that failed during the election slept long after it.
 */
export function createKafka(options: CreateKafkaOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(options.logger ?? silentLogger),
    connectionTimeout: 3_000,
    retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 2_000 },
  });
}
