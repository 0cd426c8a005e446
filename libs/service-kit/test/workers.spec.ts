import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { get } from 'node:http';
import { createServer } from 'node:net';

const FIXTURE = join(__dirname, 'fixtures', 'clustered-server.ts');
const ROOT = join(__dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** GET on a new connection each time: a kept-alive one would stay with one worker. */
const fetchText = (url: string) =>
  new Promise<string>((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** runWorkers: one port, several processes, one set of metrics, and no process outliving the service. */
describe('runWorkers', () => {
  let primary: ChildProcess;
  let url: string;

  beforeEach(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, ['-r', '@swc-node/register', FIXTURE], {
      cwd: ROOT,
      env: { ...process.env, HTTP_WORKERS: '2', PORT: String(port), SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
      stdio: 'inherit',
    });
    // Both workers are up once two pids have answered (connections are dealt round-robin).
    await until('two workers', async () => {
      const pids = new Set(await Promise.all(Array.from({ length: 6 }, () => fetchText(url))));
      return pids.size === 2 ? pids : undefined;
    });
  }, 60_000);
  afterEach(() => primary.kill('SIGKILL'));

  const workerPids = async () => {
    const pids = new Set<number>();
    for (let i = 0; i < 10; i++) pids.add(Number(await fetchText(url)));
    return [...pids];
  };

  it('serves one port from two processes and counts every request in /metrics, whichever worker answers', async () => {
    const pids = await workerPids();
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(primary.pid);
    const counted = async () => {
      const text = await fetchText(`${url}/metrics`);
      return Number(/^fixture_requests_total\{service="fixture"\} (\d+)/m.exec(text)?.[1]);
    };
    const before = await counted();
    await Promise.all(Array.from({ length: 20 }, () => fetchText(url)));
    expect(await counted()).toBe(before + 20);
    expect(await counted()).toBe(before + 20); // the other worker answers the same total
  }, 60_000);

  it('stops every worker on SIGTERM, then exits 0', async () => {
    const pids = await workerPids();
    const exited = new Promise((resolve) => primary.once('exit', (code) => resolve(code)));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
  }, 60_000);

  it('leaves no worker behind when the primary is SIGKILLed', async () => {
    const pids = await workerPids();
    primary.kill('SIGKILL');
    await until('workers gone', async () => (pids.some(alive) ? undefined : true));
    expect(pids.filter(alive)).toEqual([]);
  }, 60_000);
});
