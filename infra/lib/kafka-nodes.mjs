// The layout of the native Kafka nodes: one node (today's single broker, its files where they
// always were) or a KRaft cluster of N nodes, each broker+controller with its own ports and files.
import { join } from 'node:path';

/** Node i (1-based) listens two ports above node i − 1, so N nodes never share a port. */
export const nodePort = (base, id) => base + 2 * (id - 1);

/** Replication of a cluster of `count` nodes: RF 3 and min ISR 2 from three nodes on (one may die). */
export function replicationOf(count) {
  const replicationFactor = Math.min(count, 3);
  return { replicationFactor, minInsyncReplicas: replicationFactor >= 3 ? 2 : 1 };
}

/** One entry per node: id, ports, address, and its data dir, pid, log and properties files (`files`: config.mjs's FILES). */
export function kafkaNodes({ count, port, controllerPort, files, runDir }) {
  if (count === 1) {
    const own = { dataDir: files.kafkaData, pidFile: files.kafkaPid, logFile: files.kafkaLog, propertiesFile: files.serverProperties };
    return [{ id: 1, port, controllerPort, address: `127.0.0.1:${port}`, ...own }];
  }
  // A cluster lives apart from the single broker, keyed by its first port (two clusters may coexist).
  const dir = join(runDir, `kafka-cluster-${port}`);
  return Array.from({ length: count }, (_, i) => {
    const id = i + 1;
    const home = join(dir, `node-${id}`);
    return {
      id,
      port: nodePort(port, id),
      controllerPort: nodePort(controllerPort, id),
      address: `127.0.0.1:${nodePort(port, id)}`,
      dataDir: join(home, 'data'),
      pidFile: join(home, 'kafka.pid'),
      logFile: join(home, 'kafka.log'),
      propertiesFile: join(home, 'server.properties'),
    };
  });
}

/** `1@127.0.0.1:9093,2@127.0.0.1:9095,…`: every node votes in the controller quorum. */
export const quorumVoters = (nodes) => nodes.map((n) => `${n.id}@127.0.0.1:${n.controllerPort}`).join(',');
