import { toTopicMessages } from './outbox-relay';
import type { OutboxRow } from './relay-sql';

const row = (id: number, topic: string, key: string): OutboxRow => ({
  id: String(id),
  topic,
  message_key: key,
  value: `{"n":${id}}`,
  headers: { eventId: `e${id}` },
  event_id: `e${id}`,
  event_type: 'T',
});

describe('toTopicMessages', () => {
  it('groups rows by topic and keeps id order inside each topic', () => {
    const batches = toTopicMessages([row(1, 'a', 'k1'), row(2, 'b', 'k1'), row(3, 'a', 'k2'), row(4, 'a', 'k1')]);
    expect(batches.map((b) => [b.topic, b.messages.map((m) => m.value)])).toEqual([
      ['a', ['{"n":1}', '{"n":3}', '{"n":4}']],
      ['b', ['{"n":2}']],
    ]);
    expect(batches[0].messages[0]).toEqual({ key: 'k1', value: '{"n":1}', headers: { eventId: 'e1' } });
  });
});
