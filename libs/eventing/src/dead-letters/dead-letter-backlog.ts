import type { Admin } from 'kafkajs';

/** How many of the service's dead letters wait to be replayed, per partition of its DLQ topic. */
export interface DeadLetterBacklog {
  readonly consumerGroup: string;
  readonly dlqTopic: string;
  readonly waiting: number;
  readonly partitions: ReadonlyArray<{ readonly partition: number; readonly waiting: number }>;
}

/** Where the backlog is read: the service's group, its DLQ topic and the group replay commits in. */
export interface BacklogSource {
  readonly group: string;
  readonly dlqTopic: string;
  readonly replayGroupId: string;
}

/**
 * The backlog from offsets alone — each DLQ partition's end against where the replay group
 * stands (or the log start) — so reading it commits nothing and joins no group. Records a filtered
 * replay passed over are behind the replay group too, hence not counted (README, Replay). A
 * breakdown by reason or event type would mean reading every record on each call: left to the CLI.
 * No DLQ topic yet (the service's consumer creates it when it starts) is an empty backlog.
 */
export async function readBacklog(admin: Admin, source: BacklogSource): Promise<DeadLetterBacklog> {
  const { group, dlqTopic, replayGroupId } = source;
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(dlqTopic)) return { consumerGroup: group, dlqTopic, waiting: 0, partitions: [] };
    const ends = await admin.fetchTopicOffsets(dlqTopic);
    const [committed] = await admin.fetchOffsets({ groupId: replayGroupId, topics: [dlqTopic] });
    // -1 means the group never committed there; an offset below the log start was deleted by retention.
    const passed = new Map(committed?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
    const partitions = ends
      .map((end) => ({ partition: end.partition, waiting: Number(end.high) - Math.max(Number(end.low), passed.get(end.partition) ?? -1) }))
      .sort((a, b) => a.partition - b.partition);
    return { consumerGroup: group, dlqTopic, waiting: partitions.reduce((n, p) => n + p.waiting, 0), partitions };
  } finally {
    await admin.disconnect();
  }
}
