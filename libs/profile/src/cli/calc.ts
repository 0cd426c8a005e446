/**
 * `npm run -s profile:calc`: one `{"op","input"}` request on stdin → one result on stdout; a JSON
 * array → the array of results (../shared/spec/PROFILE.md "Command"). Exits 2 when stdin is not
 * JSON: there is no request to answer.
 */
import { readFileSync } from 'node:fs';
import { runStdin } from './run';

function main(): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(0, 'utf8'));
  } catch (error) {
    process.stderr.write(`profile:calc: stdin is not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(runStdin(parsed))}\n`);
  return 0;
}

process.exitCode = main();
