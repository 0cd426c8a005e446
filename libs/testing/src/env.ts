/** Where the test infrastructure listens (see infra/stack.mjs); overridable per run. */
export interface TestEndpoints {
  /** Kafka bootstrap brokers, e.g. `['127.0.0.1:9092']`. */
  kafkaBrokers: string[];
  /** PostgreSQL URL of the database that integration tests carve schemas out of. */
  databaseUrl: string;
  /** Redis URL. */
  redisUrl: string;
  /** Issuer of the local OpenID Connect provider (`infra/stack.mjs up` starts it). */
  oidcIssuer: string;
}

/**
 * Reads the test endpoints once from the environment, with the local stack's defaults.
 * This is the only place in the test tooling that reads the environment.
 */
export function testEndpoints(): TestEndpoints {
  // eslint-disable-next-line no-restricted-syntax -- test tooling runs without an app config; this is its single config reader
  const env = process.env;
  return {
    kafkaBrokers: (env['KAFKA_BROKERS'] ?? '127.0.0.1:9092')
      .split(',')
      .map((b) => b.trim())
      .filter((b) => b.length > 0),
    databaseUrl: env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/consignado_test',
    redisUrl: env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    oidcIssuer: env['OIDC_ISSUER'] ?? 'http://127.0.0.1:9400',
  };
}
