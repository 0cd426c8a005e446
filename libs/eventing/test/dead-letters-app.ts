import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { consumerGroupFor, dlqTopicFor, type ServiceName } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { createKafka, ensureTopics, messagingMigrations } from '@consignado/messaging';
import { auditMigrations, AuditModule, ServiceKitModule, startService } from '@consignado/service-kit';
import { bearer, createIsolatedSchema, testEndpoints, testIdentity, uniqueName } from '@consignado/testing';
import { EventingModule } from '../src';

class DeadLettersTestApp {}

/**
 * A service as the apps wire one, minus its own modules: EventingModule (hence the dead-letter
 * routes) and AuditModule over a private schema, behind startService's real token check, in its
 * own Kafka namespace. `call` speaks to it with a real token of the local identity provider.
 */
export async function startDeadLettersApp(service: ServiceName) {
  const { kafkaBrokers, oidcIssuer, redisUrl } = testEndpoints();
  const namespace = uniqueName('it');
  const group = consumerGroupFor(service, namespace);
  const kafka = createKafka({ clientId: namespace, brokers: kafkaBrokers });
  // The service's consumer would create its DLQ; this app has no handlers, so no consumer.
  await ensureTopics(kafka, [dlqTopicFor(group)]);
  const db = await createIsolatedSchema({ migrations: [...messagingMigrations, ...auditMigrations] });
  const imports = [
    { module: class Database {}, global: true, providers: [{ provide: DataSource, useValue: db.dataSource }], exports: [DataSource] },
    ServiceKitModule.forRoot({ service }),
    AuditModule,
    EventingModule.forRootAsync({ useFactory: () => ({ service, brokers: kafkaBrokers, namespace, personalData: new FieldCipher(DEV_PII_KEY_RING) }) }),
  ];
  const rateLimits = { redisUrl, keyPrefix: namespace, perClientPerMinute: 600, perCustomerPerMinute: 600 };
  const app: INestApplication = await startService({ module: DeadLettersTestApp, imports }, { service, port: 0, logLevel: 'warn', security: { auth: { issuer: oidcIssuer, audience: 'urn:consignado:api' }, rateLimits } });
  const { port } = app.getHttpServer().address() as { port: number };

  const call = async (staff: string, method: string, path: string, body?: unknown) => {
    const headers = { ...bearer(await testIdentity().staffToken(staff)), ...(body ? { 'content-type': 'application/json' } : {}) };
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: (await res.json()) as any };
  };
  const close = async () => {
    await app.close();
    await db.drop();
  };
  return { namespace, group, dlqTopic: dlqTopicFor(group), kafka, dataSource: db.dataSource, url: `http://127.0.0.1:${port}`, call, close };
}

export type DeadLettersApp = Awaited<ReturnType<typeof startDeadLettersApp>>;
