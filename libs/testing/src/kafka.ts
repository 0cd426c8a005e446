import { Kafka, logLevel } from 'kafkajs';
import { testEndpoints } from './env';
import { uniqueName } from './unique-name';

/**
 * A kafkajs client on the test brokers. kafkajs' own logs are limited to errors: tests that kill
 * the broker on purpose would otherwise drown their output in reconnect warnings.
 */
export function testKafka(clientId = uniqueName('test')): Kafka {
  return new Kafka({ clientId, brokers: testEndpoints().kafkaBrokers, logLevel: logLevel.NOTHING });
}

/** True when a broker answers within `timeoutMs`; integration suites use it to fail fast and clearly. */
export async function kafkaReachable(timeoutMs = 5_000): Promise<boolean> {
  const admin = new Kafka({
    clientId: uniqueName('probe'),
    brokers: testEndpoints().kafkaBrokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: timeoutMs,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
