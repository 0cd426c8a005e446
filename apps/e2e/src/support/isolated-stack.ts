import { join } from 'node:path';
import type { LaunchOptions } from '@consignado/stack-runner';
import { testEndpoints, uniqueName, uniqueSchemaName } from '@consignado/testing';

/** Where a run's own stack lives: its Kafka namespace, PostgreSQL schema, log folder and the shared servers. */
export interface IsolatedStack {
  namespace: string;
  schema: string;
  logDir: string;
  /** What every launch of such a stack passes to launchStack. */
  launch: Pick<LaunchOptions, 'root' | 'logDir' | 'portOffset' | 'kafkaNamespace' | 'databaseSchema' | 'kafkaBrokers' | 'redisUrl' | 'oidcIssuer'>;
}

/** A stack on ports +`portOffset`, isolated from the developer's and from other runs (`kind`: e2e, bench, chaos…). */
export function isolatedStack(kind: string, portOffset: number): IsolatedStack {
  const endpoints = testEndpoints();
  const namespace = uniqueName(kind);
  const schema = uniqueSchemaName();
  const root = join(__dirname, '..', '..', '..', '..');
  const logDir = join(root, 'tmp', `${kind}-logs`, namespace);
  return {
    namespace,
    schema,
    logDir,
    launch: { root, logDir, portOffset, kafkaNamespace: namespace, databaseSchema: schema, kafkaBrokers: endpoints.kafkaBrokers.join(','), redisUrl: endpoints.redisUrl, oidcIssuer: endpoints.oidcIssuer },
  };
}
