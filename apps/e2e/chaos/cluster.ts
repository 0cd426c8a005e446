import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { brokerControl, type BrokerControlOptions } from '@consignado/testing';

/** A 3-node KRaft cluster of the chaos suite's own, on ports +600 (9692/9694/9696, controllers +1), apart from the shared broker. */
export const CLUSTER = { brokers: 3, port: 9692, controllerPort: 9693 } satisfies BrokerControlOptions;
export const CLUSTER_BROKERS = [0, 1, 2].map((i) => `127.0.0.1:${CLUSTER.port + 2 * i}`);
const CLUSTER_DIR = join(__dirname, '..', '..', '..', 'infra', '.run', `kafka-cluster-${CLUSTER.port}`);

/** Starts the cluster on empty data (a run left by a crash is stopped and wiped first). */
export async function startCluster(): Promise<void> {
  await stopCluster();
  await brokerControl('start', CLUSTER);
}

/** Stops every node and deletes their data. */
export async function stopCluster(): Promise<void> {
  await brokerControl('stop', CLUSTER);
  rmSync(CLUSTER_DIR, { recursive: true, force: true });
}

export const killNode = (node: number) => brokerControl('kill', { ...CLUSTER, node });
export const startNode = (node: number) => brokerControl('start', { ...CLUSTER, node });

interface PartitionState {
  topic: string;
  leader: number;
  isr: number[];
}

/** Leader and ISR of every partition of the namespace's topics, as the cluster reports them. */
export async function partitions(namespace: string): Promise<PartitionState[]> {
  const admin = new Kafka({ clientId: 'chaos-cluster', brokers: CLUSTER_BROKERS, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
    return metadata.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, leader: p.leader, isr: p.isr })));
  } finally {
    await admin.disconnect();
  }
}

/** The node leading most of the namespace's partitions (the hottest to lose), and how many it leads. */
export function busiestLeader(states: PartitionState[]): { node: number; leads: number } {
  const counts = new Map<number, number>();
  for (const s of states) counts.set(s.leader, (counts.get(s.leader) ?? 0) + 1);
  const [node, leads] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return { node, leads };
}
