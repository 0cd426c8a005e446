import { launchStack } from '@consignado/stack-runner';
import { e2eIdentity } from './identity';
import { isolatedStack } from './isolated-stack';
import type { E2eStack } from './stack';

/**
 * Starts the nine processes once for the whole e2e run, on ports +200, in their own Kafka
 * namespace, PostgreSQL schema and Redis prefix, with fast but real mocks of Dataprev and the CTC.
 * The services check tokens of the local identity provider, which must answer first.
 */
export async function launchE2eStack(): Promise<{ stack: E2eStack; stop: () => Promise<void> }> {
  await e2eIdentity().ready();
  const { namespace, schema, launch } = isolatedStack('e2e', 200);
  const stack = await launchStack({
    ...launch,
    env: {
      'dataprev-mock': { DATAPREV_LATENCY_MIN_MS: '5', DATAPREV_LATENCY_MAX_MS: '40', DATAPREV_FAILURE_RATE: '0', DATAPREV_CHAOS_SEED: '7' },
      'ctc-mock': { CTC_LATENCY_MIN_MS: '5', CTC_LATENCY_MAX_MS: '40', CTC_FAILURE_RATE: '0', CTC_CHAOS_SEED: '7', CTC_SIMULATED_DELAY_MS: '200', CTC_WORKER_INTERVAL_MS: '100' },
      // The servicing suite runs the daily job itself, for the dates it moves the business clock to.
      payment: { INSTALLMENT_DUE_JOB_INTERVAL_MS: '0' },
      notification: { DELIVERY_POLL_INTERVAL_MS: '200' },
      'averbation-connector': {
        REDIS_KEY_PREFIX: namespace,
        AVERBATION_MAX_ATTEMPTS: '4',
        AVERBATION_BACKOFF_BASE_MS: '100',
        AVERBATION_BACKOFF_MAX_MS: '400',
        DATAPREV_TIMEOUT_MS: '3000',
      },
    },
    readyTimeoutMs: 150_000,
  });
  return { stack: { urls: stack.urls, namespace, schema, redisPrefix: namespace }, stop: stack.stop };
}
