/**
 * `npm run -s finance:calc`: reads a JSON array of `{ "op", "input" }` on stdin and writes the
 * JSON array of results, same order (../shared/spec/FINANCE.md, "The calculation command").
 * Exits 2 with a message when stdin is not a JSON array.
 */
import { readFileSync } from 'node:fs';
import { runRequests } from './run';

function main(): number {
  let requests: unknown;
  try {
    requests = JSON.parse(readFileSync(0, 'utf8'));
  } catch (error) {
    process.stderr.write(`finance:calc: stdin is not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  if (!Array.isArray(requests)) {
    process.stderr.write('finance:calc: stdin must be a JSON array of {"op", "input"} requests\n');
    return 2;
  }
  process.stdout.write(`${JSON.stringify(runRequests(requests))}\n`);
  return 0;
}

process.exitCode = main();
