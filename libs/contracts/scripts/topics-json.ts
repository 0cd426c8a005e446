/**
 * Prints every topic of the catalogue (events and dead-letter topics) in infra/topics.json's
 * format, so the infrastructure can be kept in step with the contracts:
 *
 *   npx tsx libs/contracts/scripts/topics-json.ts > infra/topics.json
 */
import { ALL_TOPICS } from '../src';

const lines = ALL_TOPICS.map((t) => `  { "name": "${t.name}", "partitions": ${t.partitions} }`);
process.stdout.write(`[\n${lines.join(',\n')}\n]\n`);
