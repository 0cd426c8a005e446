// `npm test`: every test of the repository, from a clean clone.
// Order: install → lint → typecheck → alert rules (promtool) → unit tests (no infrastructure) → finance vectors →
// integration and end-to-end tests, then the chaos suite, on the real stack (started here if
// down, stopped afterwards when this run started it). Ends with one "N passed, N failed" line.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, projectsWithTarget, root, run, runLogged } from './lib.mjs';

const resultsDir = join(root, 'tmp', 'test-results');
// Every test's console output, for the log scan at the end (with the services' own log files).
const outputDir = join(root, 'tmp', 'test-output');
const startedAt = Date.now();
const failures = [];
const timings = [];
const step = (name, fn) => {
  console.log(`\n━━ ${name}`);
  const began = Date.now();
  const status = fn();
  timings.push(`${name} ${Math.round((Date.now() - began) / 1000)} s`);
  if (status !== 0) failures.push(name);
};

ensureInstalled();
rmSync(resultsDir, { recursive: true, force: true });
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });
const output = (name) => join(outputDir, `${name}.log`);

step('lint', () => run('npx', ['nx', 'run-many', '-t', 'lint', '--output-style=static']));
step('typecheck', () => run('npx', ['tsc', '-p', 'tsconfig.check.json']));
step('alert rules', () => run('node', ['infra/prometheus.mjs', 'check']));
step('unit tests', () => runLogged('npx', ['nx', 'run-many', '-t', 'test', '--output-style=static', '--skip-nx-cache'], output('unit')));

const integration = projectsWithTarget('test-integration');
if (integration.length > 0) {
  const state = join(root, 'infra', '.run', `test-${process.pid}.json`);
  step('stack up', () => run('node', ['infra/stack.mjs', 'up', '--state', state]));
  if (!failures.includes('stack up')) {
    step('integration tests', () =>
      runLogged('npx', ['nx', 'run-many', '-t', 'test-integration', '--parallel=1', '--output-style=static', '--skip-nx-cache'], output('integration')),
    );
    step('chaos tests', () => runLogged('npx', ['nx', 'run', 'e2e:test-chaos', '--output-style=static', '--skip-nx-cache'], output('chaos')));
  }
  run('node', ['infra/stack.mjs', 'down', '--state', state]);
}

// R-X-2: no CPF, name or income in clear in any log line of this run — the tests' output, the
// e2e and chaos stacks' service logs, the identity provider's.
step('log scan', () =>
  run('node', ['scripts/log-scan.mjs', '--since', String(startedAt), outputDir, join(root, 'tmp', 'e2e-logs'), join(root, 'tmp', 'chaos-logs'), join(root, 'infra', '.run', 'identity.log')]),
);

const totals = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(resultsDir)) {
  for (const f of readdirSync(resultsDir)) {
    const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
  }
}
console.log(`\nsteps: ${timings.join(' · ')} (${Math.round((Date.now() - startedAt) / 1000)} s in all)`);
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed || totals.passed === 0 ? 1 : 0);
