import type { Admin } from 'kafkajs';
import { readBacklog } from './dead-letter-backlog';

const source = { group: 'it-x.loan', dlqTopic: 'consignado.dlq.it-x.loan', replayGroupId: 'replay.it-x.loan' };

/** An admin client over fixed offsets; records what it was asked, so the test sees nothing is committed. */
function admin(topics: string[], ends: Array<[number, string, string]>, committed: Array<[number, string]>) {
  const calls: string[] = [];
  const fake = {
    connect: async () => void calls.push('connect'),
    disconnect: async () => void calls.push('disconnect'),
    listTopics: async () => topics,
    fetchTopicOffsets: async (topic: string) => (calls.push(`ends ${topic}`), ends.map(([partition, low, high]) => ({ partition, low, high, offset: high }))),
    fetchOffsets: async ({ groupId }: { groupId: string }) => (calls.push(`offsets ${groupId}`), [{ topic: source.dlqTopic, partitions: committed.map(([partition, offset]) => ({ partition, offset })) }]),
  };
  return { admin: fake as unknown as Admin, calls };
}

describe('readBacklog', () => {
  it("counts each partition from where the replay group stands, or the log's start", async () => {
    const { admin: a, calls } = admin([source.dlqTopic], [[2, '0', '3'], [0, '5', '9'], [1, '0', '4']], [[0, '7'], [1, '4'], [2, '-1']]);
    expect(await readBacklog(a, source)).toEqual({
      consumerGroup: 'it-x.loan', dlqTopic: source.dlqTopic, waiting: 5,
      partitions: [{ partition: 0, waiting: 2 }, { partition: 1, waiting: 0 }, { partition: 2, waiting: 3 }],
    });
    expect(calls).toEqual(['connect', `ends ${source.dlqTopic}`, 'offsets replay.it-x.loan', 'disconnect']);
  });

  it('does not count records retention already deleted', async () => {
    const { admin: a } = admin([source.dlqTopic], [[0, '10', '12']], [[0, '4']]);
    expect((await readBacklog(a, source)).waiting).toBe(2);
  });

  it('is empty while the DLQ topic does not exist yet, and still disconnects', async () => {
    const { admin: a, calls } = admin(['consignado.dlq.other'], [], []);
    expect(await readBacklog(a, source)).toEqual({ consumerGroup: 'it-x.loan', dlqTopic: source.dlqTopic, waiting: 0, partitions: [] });
    expect(calls).toEqual(['connect', 'disconnect']);
  });
});
