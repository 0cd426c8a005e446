import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { consumerGroupFor, createEnvelope, dlqTopicFor, namespacedTopicFor } from '@consignado/contracts';
import { buildDeadLetter } from '@consignado/messaging';
import { bearer, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { startNotification } from './start-notification';

/**
 * Dead-letter replay as a back-office action (R-SEC-1): a DLQ_OPERATOR replays a service's dead
 * letters through its API — the event is consumed this time — and the replay is on the audit trail
 * with who did it; an auditor may count them but not replay; a second replay finds nothing.
 */
describe('notification: dead letters, counted and replayed through the API', () => {
  const identity = testIdentity();
  let service: TestService<NotificationConfig>;
  let producer: Producer;
  let db: DataSource;
  const customerId = randomUUID();

  beforeAll(async () => {
    service = await startNotification();
    producer = testKafka().producer();
    await producer.connect();
    db = service.app.get(DataSource);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(`${service.baseUrl}${path}`, { method, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: (await res.json()) as any };
  };
  const operator = async () => bearer(await identity.clientToken('servicing-ops'));
  const auditor = async () => bearer(await identity.staffToken('carla.auditora'));

  /** A CustomerContactChanged that notification failed to handle, as its consumer would have dead-lettered it. */
  async function deadLettered(): Promise<string> {
    const envelope = createEnvelope('CustomerContactChanged', { payload: { customerId, email: 'titular@example.com', changedAt: new Date().toISOString() }, metadata: { correlationId: randomUUID(), channel: 'SYSTEM' } });
    const group = consumerGroupFor('notification', service.namespace);
    const record = buildDeadLetter({
      topic: namespacedTopicFor('CustomerContactChanged', service.namespace), partition: 0, reason: 'retries-exhausted', error: new Error('database down'), attempts: 8, consumerGroup: group, envelope,
      message: { key: Buffer.from(customerId), value: Buffer.from(JSON.stringify(envelope)), offset: '0', timestamp: String(Date.now()), attributes: 0, headers: {} },
    });
    await producer.send({ topic: dlqTopicFor(group), messages: [{ key: customerId, value: JSON.stringify(record) }] });
    return envelope.eventId;
  }

  it('counts the backlog for an auditor, refuses the replay to them, and lets a DLQ_OPERATOR replay it once — audited', async () => {
    const eventId = await deadLettered();
    const backlog = await waitFor(async () => {
      const res = await call('GET', '/v1/admin/dead-letters', await auditor());
      return res.status === 200 && res.body.waiting === 1 ? res.body : undefined;
    }, { description: 'one dead letter waiting' });
    expect(backlog.dlqTopic).toBe(dlqTopicFor(consumerGroupFor('notification', service.namespace)));

    expect((await call('POST', '/v1/admin/dead-letters/replay', await auditor(), {})).body.code).toBe('AUTH.ROLE_REQUIRED');
    expect((await call('POST', '/v1/admin/dead-letters/replay', await operator(), { limit: 0 })).status).toBe(400);

    const replayed = await call('POST', '/v1/admin/dead-letters/replay', await operator(), { eventType: 'CustomerContactChanged' });
    expect(replayed).toEqual({ status: 200, body: { replayed: 1, skipped: 0, truncated: 0, unreadable: 0 } });
    await waitFor(async () => ((await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0 || undefined, { description: 'the replayed event consumed' });
    expect((await db.query('SELECT count(*)::int AS n FROM customer_contact WHERE customer_id = $1', [customerId]))[0].n).toBe(1);

    expect((await call('POST', '/v1/admin/dead-letters/replay', await operator(), {})).body).toEqual({ replayed: 0, skipped: 0, truncated: 0, unreadable: 0 });
    expect((await call('GET', '/v1/admin/dead-letters', await operator())).body.waiting).toBe(0);
    const trail = await db.query(`SELECT actor, action, status, outcome FROM audit_entry WHERE action = 'dead-letters.replay' ORDER BY id`);
    expect(trail).toEqual([
      { actor: 'servicing-ops', action: 'dead-letters.replay', status: 400, outcome: 'REQUEST.INVALID_BODY' },
      { actor: 'servicing-ops', action: 'dead-letters.replay', status: 200, outcome: 'OK' },
      { actor: 'servicing-ops', action: 'dead-letters.replay', status: 200, outcome: 'OK' },
    ]);
  });
});
