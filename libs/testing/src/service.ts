import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { type ApiServiceConfig, type BaseServiceConfig, loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { testEndpoints } from './env';
import { uniqueName, uniqueSchemaName } from './unique-name';

export interface TestServiceOptions<C extends BaseServiceConfig> {
  service: string;
  config: new () => C;
  module: (config: C) => DynamicModule;
  /** Share a namespace between services of one stack under test; new when omitted. */
  namespace?: string;
  env?: Record<string, string>;
}

export interface TestService<C> {
  app: INestApplication;
  config: C;
  baseUrl: string;
  namespace: string;
  close(): Promise<void>;
}

/**
 * Boots a real service on a random port, against the real broker and PostgreSQL, in its own
 * schema and Kafka namespace, through the same `startService` as production.
 */
export async function startTestService<C extends BaseServiceConfig>(options: TestServiceOptions<C>): Promise<TestService<C>> {
  const endpoints = testEndpoints();
  const namespace = options.namespace ?? uniqueName('it');
  const config = loadConfig(options.config, {
    PORT: '0',
    DATABASE_URL: endpoints.databaseUrl,
    DATABASE_SCHEMA: uniqueSchemaName(),
    KAFKA_BROKERS: endpoints.kafkaBrokers.join(','),
    KAFKA_NAMESPACE: namespace,
    OIDC_ISSUER: endpoints.oidcIssuer,
    REDIS_URL: endpoints.redisUrl,
    RATE_LIMIT_KEY_PREFIX: namespace,
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  const { security } = config as Partial<ApiServiceConfig>;
  const app = await startService(options.module(config), { service: options.service, port: 0, logLevel: config.LOG_LEVEL, security });
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    namespace,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await dropSchema(config.DATABASE_URL, config.DATABASE_SCHEMA);
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
