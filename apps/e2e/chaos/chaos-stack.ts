import { type ChannelClient, launchStack, type RunningStack, type StackServiceName, StackIdentity } from '@consignado/stack-runner';
import { testEndpoints } from '@consignado/testing';
import { Acceptor } from '../bench/acceptance';
import { StackDatabases } from '../bench/databases';
import { isolatedStack } from '../src/support/isolated-stack';
import { dropE2eSchema } from '../src/support/teardown';

export interface ChaosStack {
  stack: RunningStack;
  /** The stack's Kafka namespace: its topics and groups are `<namespace>.…`. */
  namespace: string;
  db: StackDatabases;
  identity: StackIdentity;
  /** CORBAN and INTERNAL callers of the (first) proposal instance, alternated by the load. */
  channels: ChannelClient[];
  /** The load's customers: each contract issued is accepted (R-LN-9), or its proposal stops at APPROVED. */
  acceptor: Acceptor;
  close(): Promise<void>;
}

/** Where a chaos stack runs: its kind (namespace, logs), port offset, and brokers (default: the shared one). */
export interface ChaosStackOptions {
  kind?: string;
  portOffset?: number;
  kafkaBrokers?: string[];
}

/** The eleven processes on ports +500 (or `portOffset`), in their own namespace and schema, with an instant, faultless Dataprev. */
export async function launchChaosStack(options: ChaosStackOptions = {}): Promise<ChaosStack> {
  const endpoints = testEndpoints();
  const identity = StackIdentity.local(endpoints.oidcIssuer);
  await identity.ready();
  const { namespace, schema, launch } = isolatedStack(options.kind ?? 'chaos', options.portOffset ?? 500);
  if (options.kafkaBrokers) launch.kafkaBrokers = options.kafkaBrokers.join(',');
  const unlimited = { RATE_LIMIT_PER_CLIENT_PER_MINUTE: '1000000' };
  const services: StackServiceName[] = ['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'payment', 'notification'];
  const stack = await launchStack({
    ...launch,
    env: {
      ...Object.fromEntries(services.map((s) => [s, { ...unlimited }])),
      'dataprev-mock': { DATAPREV_LATENCY_MIN_MS: '0', DATAPREV_LATENCY_MAX_MS: '20', DATAPREV_FAILURE_RATE: '0' },
      // Retries enough that 30% failures cannot exhaust them (0.3^15), quickly.
      'averbation-connector': {
        ...unlimited,
        REDIS_KEY_PREFIX: namespace,
        DATAPREV_TIMEOUT_MS: '2000',
        MARGIN_CHECK_MAX_ATTEMPTS: '15',
        AVERBATION_MAX_ATTEMPTS: '15',
        AVERBATION_BACKOFF_BASE_MS: '100',
        AVERBATION_BACKOFF_MAX_MS: '800',
      },
      notification: { ...unlimited, DELIVERY_POLL_INTERVAL_MS: '200' },
    },
    readyTimeoutMs: 150_000,
  });
  const db = new StackDatabases(endpoints.databaseUrl, schema);
  const acceptor = new Acceptor(db);
  return {
    stack,
    namespace,
    db,
    identity,
    channels: [identity.channel(stack.urls, 'corban'), identity.channel(stack.urls, 'internal')],
    acceptor,
    close: async () => {
      await acceptor.stop();
      await stack.stop();
      await db.close();
      await dropE2eSchema(schema);
    },
  };
}
