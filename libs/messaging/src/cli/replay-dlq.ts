/**
 * Replays a consumer group's dead letters to their original topics.
 *
 *   npx tsx libs/messaging/src/cli/replay-dlq.ts --group loan [--limit 100] [--brokers 127.0.0.1:9092]
 *     [--event-type ContractActivated] [--reason retries-exhausted] [--include-unreplayable]
 *
 * Safe to run twice: progress is committed by the group `replay.<group>` and the consumers' inbox
 * deduplicates effects. Prints one JSON line: { replayed, skipped, truncated, unreadable }.
 */
import { relaunchWithWorkspaceTsconfig } from './workspace-tsconfig';

if (!relaunchWithWorkspaceTsconfig()) {
  // Loaded only now: its imports need the workspace path aliases.
  import('./replay-dlq-command')
    .then(({ main }) => main())
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
}
