// A local Prometheus (the Debian package) for the stack: the checked-in scrape config and alert
// rules of infra/prometheus, with the targets moved by a port offset when the stack runs on one.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INFRA_DIR, RUN_DIR } from './config.mjs';
import { isAlive, readPidFile, sleep, StackError, waitForExit } from './proc.mjs';

export const PROMETHEUS_DIR = join(INFRA_DIR, 'prometheus');
const runDir = (port) => join(RUN_DIR, `prometheus-${port}`);

/** promtool and prometheus on the PATH; installed from the Debian archive when missing and we may. */
export function ensurePrometheus() {
  if (spawnSync('promtool', ['--version']).status === 0) return;
  const root = process.getuid?.() === 0;
  console.log('› installing Prometheus (apt-get install prometheus)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], { stdio: 'inherit', env }).status;
  if (apt(['install', '-y', '--no-install-recommends', 'prometheus']) !== 0 && (apt(['update']) !== 0 || apt(['install', '-y', '--no-install-recommends', 'prometheus']) !== 0)) {
    throw new StackError('Prometheus is not installed and apt-get could not install it: run `apt-get install prometheus` (Debian) or put prometheus/promtool on the PATH.');
  }
}

/** The scrape config with every target's port moved by `offset` (the stack's port offset). */
export function renderConfig(offset = 0) {
  const text = readFileSync(join(PROMETHEUS_DIR, 'prometheus.yml'), 'utf8');
  return text.replace(/127\.0\.0\.1:(\d+)/g, (_, port) => `127.0.0.1:${Number(port) + offset}`);
}

/** Starts Prometheus on 127.0.0.1:`port`, scraping the stack at `offset`; resolves when it is ready. */
export async function startPrometheus({ port = 9090, offset = 0 } = {}) {
  ensurePrometheus();
  const dir = runDir(port);
  if (isAlive(readPidFile(join(dir, 'pid')))) return { url: `http://127.0.0.1:${port}`, already: true };
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'prometheus.yml'), renderConfig(offset));
  copyFileSync(join(PROMETHEUS_DIR, 'alerts.yml'), join(dir, 'alerts.yml'));
  const log = openSync(join(dir, 'prometheus.log'), 'a');
  const args = [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--storage.tsdb.retention.time=2d'];
  const child = spawn('prometheus', args, { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  writeFileSync(join(dir, 'pid'), String(child.pid));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; ; await sleep(250)) {
    if (await fetch(`${url}/-/ready`).then((r) => r.ok, () => false)) return { url, already: false };
    if (!isAlive(child.pid) || Date.now() > deadline) throw new StackError(`Prometheus did not become ready on ${url}; see ${join(dir, 'prometheus.log')}`);
  }
}

/** Stops the Prometheus started on `port` and forgets its data. */
export async function stopPrometheus({ port = 9090 } = {}) {
  const dir = runDir(port);
  const pid = readPidFile(join(dir, 'pid'));
  if (isAlive(pid)) {
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

/** `promtool check config` and `promtool test rules` on the checked-in files; the exit status. */
export function checkPrometheus() {
  ensurePrometheus();
  const promtool = (args) => spawnSync('promtool', args, { cwd: PROMETHEUS_DIR, stdio: 'inherit' }).status ?? 1;
  return promtool(['check', 'config', 'prometheus.yml']) || promtool(['test', 'rules', 'alerts.test.yml']);
}
