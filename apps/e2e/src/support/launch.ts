import { launchStack } from '@consignado/stack-runner';
import { e2eIdentity } from './identity';
import { isolatedStack } from './isolated-stack';
import { OtlpSink } from './otlp-sink';
import type { E2eStack } from './stack';

/**
 * Starts the eleven processes once for the whole e2e run, on ports +200, in their own Kafka
 * namespace, PostgreSQL schema and Redis prefix, with fast but real mocks of Dataprev, the CTC, the
 * insurer and the payment rail, and a 2-minute window to accept an issued contract.
 * The services check tokens of the local identity provider, which must answer first.
 */
export async function launchE2eStack(): Promise<{ stack: E2eStack; stop: () => Promise<void> }> {
  await e2eIdentity().ready();
  const { namespace, schema, launch } = isolatedStack('e2e', 200);
  const traces = new OtlpSink();
  // Every process exports its spans to the sink (OTLP/HTTP JSON), as it would to a collector.
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: await traces.listen(4318 + 200) };
  const stack = await launchStack({
    ...launch,
    env: {
      'dataprev-mock': { ...otel, DATAPREV_LATENCY_MIN_MS: '5', DATAPREV_LATENCY_MAX_MS: '40', DATAPREV_FAILURE_RATE: '0', DATAPREV_CHAOS_SEED: '7' },
      'ctc-mock': { ...otel, CTC_LATENCY_MIN_MS: '5', CTC_LATENCY_MAX_MS: '40', CTC_FAILURE_RATE: '0', CTC_CHAOS_SEED: '7', CTC_SIMULATED_DELAY_MS: '200', CTC_WORKER_INTERVAL_MS: '100' },
      'insurer-mock': { ...otel, INSURER_LATENCY_MIN_MS: '5', INSURER_LATENCY_MAX_MS: '40', INSURER_FAILURE_RATE: '0', INSURER_CHAOS_SEED: '7', INSURER_CLAIM_REVIEW_MS: '300' },
      'rail-mock': { ...otel, RAIL_LATENCY_MIN_MS: '5', RAIL_LATENCY_MAX_MS: '40', RAIL_FAILURE_RATE: '0', RAIL_CHAOS_SEED: '7', RAIL_SETTLEMENT_MS: '300' },
      // A contract nobody accepts expires 2 min after its issue (checked every 2 s): the formalization suite waits for one;
      // every other journey accepts at once (followProposal), far inside the window. The chaos and bench stacks keep the defaults.
      proposal: { ...otel, ACCEPTANCE_WINDOW_MINUTES: '2', ACCEPTANCE_EXPIRY_INTERVAL_MS: '2000' },
      'credit-analysis': otel,
      loan: otel,
      // The servicing suite runs the daily job itself, for the dates it moves the business clock to.
      payment: { ...otel, INSTALLMENT_DUE_JOB_INTERVAL_MS: '0' },
      notification: { ...otel, DELIVERY_POLL_INTERVAL_MS: '200' },
      'averbation-connector': {
        ...otel,
        REDIS_KEY_PREFIX: namespace,
        AVERBATION_MAX_ATTEMPTS: '4',
        // Count-only budgets: "Dataprev failing for good" must end in AVERBATION_FAILED within the suite, not after 10 min.
        AVERBATION_RETRY_WINDOW_MS: '0',
        MARGIN_CHECK_RETRY_WINDOW_MS: '0',
        AVERBATION_BACKOFF_BASE_MS: '100',
        AVERBATION_BACKOFF_MAX_MS: '400',
        DATAPREV_TIMEOUT_MS: '3000',
        // The insurer decides in 300 ms (above): ask about a claim often, retry a failing call soon.
        INSURER_POLL_INTERVAL_MS: '200',
        INSURER_BACKOFF_BASE_MS: '100',
        INSURER_BACKOFF_MAX_MS: '400',
        // The rail settles in 300 ms (above): ask about a transfer often, retry a failing call soon.
        RAIL_POLL_INTERVAL_MS: '200',
        RAIL_BACKOFF_BASE_MS: '100',
        RAIL_BACKOFF_MAX_MS: '400',
      },
    },
    readyTimeoutMs: 150_000,
  }).catch(async (error: unknown) => {
    await traces.close();
    throw error;
  });
  const stop = async () => {
    await stack.stop();
    await traces.close();
  };
  return { stack: { urls: stack.urls, namespace, schema, redisPrefix: namespace, traces }, stop };
}
