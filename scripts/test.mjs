// `npm test`: every test of the repository, from a clean clone.
// Order: install → lint → typecheck → unit tests (no infrastructure) → finance vectors →
// integration and end-to-end tests, then the chaos suite, on the real stack (started here if
// down, stopped afterwards when this run started it). Ends with one "N passed, N failed" line.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, projectsWithTarget, root, run } from './lib.mjs';

const resultsDir = join(root, 'tmp', 'test-results');
const failures = [];
const step = (name, fn) => {
  console.log(`\n━━ ${name}`);
  const status = fn();
  if (status !== 0) failures.push(name);
};

ensureInstalled();
rmSync(resultsDir, { recursive: true, force: true });

step('lint', () => run('npx', ['nx', 'run-many', '-t', 'lint', '--output-style=static']));
step('typecheck', () => run('npx', ['tsc', '-p', 'tsconfig.check.json']));
step('unit tests', () => run('npx', ['nx', 'run-many', '-t', 'test', '--output-style=static', '--skip-nx-cache']));

const integration = projectsWithTarget('test-integration');
if (integration.length > 0) {
  const state = join(root, 'infra', '.run', `test-${process.pid}.json`);
  step('stack up', () => run('node', ['infra/stack.mjs', 'up', '--state', state]));
  if (!failures.includes('stack up')) {
    step('integration tests', () =>
      run('npx', ['nx', 'run-many', '-t', 'test-integration', '--parallel=1', '--output-style=static', '--skip-nx-cache']),
    );
    step('chaos tests', () => run('npx', ['nx', 'run', 'e2e:test-chaos', '--output-style=static', '--skip-nx-cache']));
  }
  run('node', ['infra/stack.mjs', 'down', '--state', state]);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(resultsDir)) {
  for (const f of readdirSync(resultsDir)) {
    const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
  }
}
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed || totals.passed === 0 ? 1 : 0);
