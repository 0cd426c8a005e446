/**
 * Replays a consumer group's dead letters to their original topics.
 *
 *   npx tsx libs/messaging/src/cli/replay-dlq.ts --group loan [--limit 100] [--brokers 127.0.0.1:9092]
 *     [--event-type ContractActivated] [--reason retries-exhausted] [--include-unreplayable]
 *
 * Safe to run twice: progress is committed by the group `replay.<group>` and the consumers' inbox
 * deduplicates effects. Prints one JSON line: { replayed, skipped, unreadable }.
 */
import { parseArgs } from 'node:util';
import { createKafka } from '../kafka/client';
import { jsonLogger } from '../logger';
import { replayDeadLetters } from '../dlq/replay';

const USAGE =
  'usage: replay-dlq --group <consumer-group> [--limit N] [--brokers h:p,…] [--event-type T] [--reason R] [--include-unreplayable]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      group: { type: 'string' },
      limit: { type: 'string' },
      brokers: { type: 'string', default: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092' },
      'event-type': { type: 'string' },
      reason: { type: 'string' },
      'include-unreplayable': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (values.help || !values.group || (limit !== undefined && !(Number.isInteger(limit) && limit > 0))) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const logger = jsonLogger('replay-dlq');
  const kafka = createKafka({ clientId: `replay-dlq-${values.group}`, brokers: values.brokers.split(','), logger });
  const eventType = values['event-type'];
  const reason = values.reason;
  const report = await replayDeadLetters({
    kafka,
    group: values.group,
    limit,
    includeUnreplayable: values['include-unreplayable'],
    filter: (record) => (!eventType || record.eventType === eventType) && (!reason || record.reason === reason),
    logger,
  });
  console.log(JSON.stringify(report));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
