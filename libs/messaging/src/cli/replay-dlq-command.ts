/** The replay-dlq command (entry point: replay-dlq.ts). */
import { parseArgs } from 'node:util';
import { createKafka } from '../kafka/client';
import { jsonLogger } from '../logger';
import { replayDeadLetters } from '../dlq/replay';

const USAGE =
  'usage: replay-dlq --group <consumer-group> [--limit N] [--brokers h:p,…] [--event-type T] [--reason R] [--include-unreplayable]';

export async function main(): Promise<number> {
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
