// Helpers shared by the root scripts (npm start, npm test). Plain Node: they run before install.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repository root, inheriting stdio; returns its exit status. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...opts.env } });
  return r.status ?? 1;
}

/** Like `run`, with the command's output (stdout and stderr) also appended to `logFile`, for the log scan. */
export function runLogged(cmd, args, logFile) {
  const quote = (a) => `'${String(a).replace(/'/g, `'\\''`)}'`;
  return run('bash', ['-o', 'pipefail', '-c', `${[cmd, ...args].map(quote).join(' ')} 2>&1 | tee -a ${quote(logFile)}`]);
}

/** Installs dependencies with `npm ci` when node_modules is missing or older than the lock file. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('› installing dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    console.error('npm ci failed');
    process.exit(1);
  }
}

/** Names of Nx projects that declare the given target, read from their project.json files. */
export function projectsWithTarget(target) {
  const found = [];
  const candidates = [join(root, 'infra', 'project.json')];
  for (const base of ['apps', 'libs']) {
    const dir = join(root, base);
    if (existsSync(dir)) candidates.push(...readdir(dir).map((name) => join(dir, name, 'project.json')));
  }
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    const project = JSON.parse(readFileSync(file, 'utf8'));
    if (project.targets?.[target]) found.push(project.name);
  }
  return found;
}

function readdir(dir) {
  return readdirSync(dir);
}
