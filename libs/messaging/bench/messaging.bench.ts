/**
 * Messaging throughput and latency: outbox → relay → Kafka → idempotent consumer → inbox, against
 * raw kafkajs produce → consume of the same count and message size (the ceiling), in one run.
 *
 *   npx tsx libs/messaging/bench/messaging.bench.ts        (BENCH_EVENTS=20000 by default)
 *
 * Needs the local stack (`node infra/stack.mjs up`). Every phase has a deadline, so it ends.
 */
import { relaunchWithWorkspaceTsconfig } from '../src/cli/workspace-tsconfig';

if (!relaunchWithWorkspaceTsconfig()) {
  // Loaded only now: its imports need the workspace path aliases.
  import('./bench-run').then(
    ({ main }) => main(),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
