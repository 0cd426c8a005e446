import { randomUUID } from 'node:crypto';
import { eventsConsumedBy, namespacedTopicFor } from '@consignado/contracts';
import { createReliableProducer } from '@consignado/messaging';
import { waitFor } from '@consignado/testing';
import { type DeadLettersApp, startDeadLettersApp } from './dead-letters-app';

/** The sum of the series of `name` carrying `labels` in a Prometheus text exposition, or undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const lines = text.split('\n').filter((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return lines.length === 0 ? undefined : lines.reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/**
 * The backlog gauges of a service (R-X-3) on a real broker and database: what its group has not
 * consumed, the dead letters not replayed, the outbox rows the relay could not publish.
 */
describe('flow metrics at /metrics', () => {
  let h: DeadLettersApp;
  const metrics = async () => (await fetch(`${h.url}/metrics`)).text();

  beforeAll(async () => {
    h = await startDeadLettersApp('loan'); // no handlers here: nothing consumes, so everything produced is lag
  });
  afterAll(async () => h?.close());

  it('shows the lag of a consumed topic and the dead letters waiting', async () => {
    const topic = namespacedTopicFor(eventsConsumedBy('loan')[0], h.namespace);
    const producer = createReliableProducer(h.kafka); // idempotent: a retried send is not written twice
    await producer.connect();
    await producer.send({ topic, messages: [1, 2, 3].map((n) => ({ key: String(n), value: '{}' })) });
    await producer.send({ topic: h.dlqTopic, messages: [{ key: 'a', value: '{}' }, { key: 'b', value: '{}' }] });
    await producer.disconnect();
    // The gauges are read from the broker at most once a second, and a loaded machine may take longer: read until they move.
    const read = (t: string) => sample(t, 'consignado_consumer_lag', { topic }) === 3 && sample(t, 'consignado_dead_letters_waiting') === 2;
    const text = await waitFor(async () => {
      const t = await metrics();
      return read(t) ? t : undefined;
    }, { description: 'the lag and the dead letters on /metrics', timeoutMs: 30_000 }).catch(() => metrics());
    expect(sample(text, 'consignado_consumer_lag', { topic })).toBe(3); // over the topic's partitions
    expect(sample(text, 'consignado_dead_letters_waiting')).toBe(2);
  });

  it('shows the outbox row the relay cannot publish, and how long it has waited', async () => {
    // A topic that does not exist (the broker creates none on demand): the relay fails and retries, the row stays.
    await h.dataSource.query(
      `INSERT INTO outbox (event_id, topic, message_key, event_type, payload, created_at) VALUES ($1, $2, 'k', 'Nothing', '{}', now() - interval '120 seconds')`,
      [randomUUID(), `${h.namespace}.nowhere`],
    );
    const text = await waitFor(async () => {
      const t = await metrics();
      return sample(t, 'consignado_outbox_unsent') === 1 ? t : undefined;
    }, { description: 'the unsent row on /metrics', timeoutMs: 30_000 }).catch(() => metrics());
    expect(sample(text, 'consignado_outbox_unsent')).toBe(1);
    expect(sample(text, 'consignado_outbox_oldest_unsent_seconds')).toBeGreaterThanOrEqual(120);
    await h.dataSource.query(`DELETE FROM outbox`); // lets the relay stop retrying before close
  });
});
