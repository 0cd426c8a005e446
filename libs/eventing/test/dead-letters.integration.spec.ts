import { randomUUID } from 'node:crypto';
import { createEnvelope, eventsConsumedBy, examplePayload, namespacedTopicFor } from '@consignado/contracts';
import { buildDeadLetter, type DeadLetterReason, HEADER } from '@consignado/messaging';
import { collectMessages } from '@consignado/testing';
import { type DeadLettersApp, startDeadLettersApp } from './dead-letters-app';

const REPLAY = '/v1/admin/dead-letters/replay';
const OPERATOR = 'eduardo.sustentacao'; // DLQ_OPERATOR, AUDITOR
const AUDITOR = 'carla.auditora'; // AUDITOR only

/**
 * DLQ replay as an audited staff action (R-SEC-1, R-EV-5) on a real broker, database and identity
 * provider: the backlog, the refusals, one replay at a time, the copy back on its topic, the trail.
 */
describe('dead letters through a service API', () => {
  const eventType = eventsConsumedBy('loan')[0];
  let h: DeadLettersApp;
  let topic: string;

  beforeAll(async () => {
    h = await startDeadLettersApp('loan');
    topic = namespacedTopicFor(eventType, h.namespace);
  });
  afterAll(async () => h?.close());

  /** A record of `topic` as loan's consumer would have dead-lettered it; its original value. */
  async function deadLetter(reason: DeadLetterReason, value: string, envelope?: ReturnType<typeof createEnvelope>): Promise<void> {
    const message = { key: Buffer.from(randomUUID()), value: Buffer.from(value), offset: '0', timestamp: String(Date.now()), attributes: 0, headers: {} };
    const record = buildDeadLetter({ topic, partition: 0, message, reason, error: new Error('database down'), attempts: 8, consumerGroup: h.group, envelope });
    const producer = h.kafka.producer();
    await producer.connect();
    await producer.send({ topic: h.dlqTopic, messages: [{ key: record.original.key, value: JSON.stringify(record) }] });
    await producer.disconnect();
  }

  it('an auditor counts but may not replay; a DLQ_OPERATOR replays once, one run at a time, every attempt audited', async () => {
    const envelope = createEnvelope(eventType, { payload: examplePayload(eventType), metadata: { correlationId: randomUUID() } });
    await deadLetter('retries-exhausted', JSON.stringify(envelope), envelope);
    await deadLetter('malformed', 'not json');
    expect(await h.call(AUDITOR, 'GET', '/v1/admin/dead-letters')).toMatchObject({ status: 200, body: { consumerGroup: h.group, dlqTopic: h.dlqTopic, waiting: 2 } });

    expect(await h.call(AUDITOR, 'POST', REPLAY, {})).toMatchObject({ status: 403, body: { code: 'AUTH.ROLE_REQUIRED' } });
    expect(await h.call(OPERATOR, 'POST', REPLAY, { limit: 0 })).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_BODY' } });
    const runs = await Promise.all([h.call(OPERATOR, 'POST', REPLAY, {}), h.call(OPERATOR, 'POST', REPLAY, {})]);
    expect(runs.map((r) => [r.status, r.body.code ?? r.body]).sort()).toEqual([
      [200, { replayed: 1, skipped: 1, truncated: 0, unreadable: 0 }], // the malformed record passed over
      [409, 'DLQ.REPLAY_CONFLICT'],
    ]);

    const [copy] = await collectMessages(h.kafka, topic, 1);
    expect(JSON.parse(copy.message.value?.toString() ?? '')).toEqual(envelope);
    expect(copy.message.headers?.[HEADER.replayTargetGroup]?.toString()).toBe(h.group);
    expect(copy.message.headers?.[HEADER.replayedFromDlq]?.toString()).toMatch(new RegExp(`^${h.dlqTopic}/\\d+/\\d+$`));

    expect(await h.call(OPERATOR, 'POST', REPLAY, {})).toEqual({ status: 200, body: { replayed: 0, skipped: 0, truncated: 0, unreadable: 0 } });
    expect((await h.call(AUDITOR, 'GET', '/v1/admin/dead-letters')).body.waiting).toBe(0);

    const trail = await h.dataSource.query(`SELECT actor, client_id, roles, action, method, path, status, outcome FROM audit_entry ORDER BY id`);
    const who = { actor: OPERATOR, client_id: 'backoffice-console', roles: expect.arrayContaining(['DLQ_OPERATOR']), action: 'dead-letters.replay', method: 'POST', path: REPLAY };
    expect(trail).toEqual([
      { ...who, status: 400, outcome: 'REQUEST.INVALID_BODY' },
      { ...who, status: 409, outcome: 'DLQ.REPLAY_CONFLICT' }, // refused at once, while the other run replays
      { ...who, status: 200, outcome: 'OK' },
      { ...who, status: 200, outcome: 'OK' },
    ]);
    // The auditor's 403 came from the token check, before the action: access log, not trail (docs/security.md).
    expect(trail.filter((row: { actor: string }) => row.actor === AUDITOR)).toEqual([]);
  });
});
