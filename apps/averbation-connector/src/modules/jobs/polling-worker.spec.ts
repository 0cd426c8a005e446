import { PollingWorker } from './polling-worker';

/** A worker over an in-memory queue whose jobs finish when the test says so. */
class TestWorker extends PollingWorker<number> {
  readonly queue: number[] = [];
  readonly running = new Map<number, () => void>();
  readonly aborted: number[] = [];
  maxRunning = 0;

  claims = 0;

  readonly renewed: number[][] = [];

  constructor(concurrency: number, pollIntervalMs = 5, renewEveryMs?: number) {
    super({
      name: 'TestWorker',
      concurrency,
      pollIntervalMs,
      ...(renewEveryMs ? { renew: { everyMs: renewEveryMs, leases: async (jobs: number[]) => void this.renewed.push([...jobs].sort()) } } : {}),
    });
  }

  protected async claim(limit: number): Promise<number[]> {
    this.claims++;
    return this.queue.splice(0, limit);
  }

  protected run(job: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      this.running.set(job, () => (this.running.delete(job), resolve()));
      this.maxRunning = Math.max(this.maxRunning, this.running.size);
      signal.addEventListener('abort', () => (this.aborted.push(job), this.running.get(job)?.()));
    });
  }
}

const until = async (condition: () => boolean) => {
  for (let k = 0; k < 400 && !condition(); k++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
};

describe('PollingWorker', () => {
  it('never runs more than `concurrency` jobs at once and takes more as jobs finish', async () => {
    const worker = new TestWorker(2);
    worker.queue.push(1, 2, 3, 4, 5);
    worker.onApplicationBootstrap();
    await until(() => worker.running.size === 2);
    expect([...worker.running.keys()]).toEqual([1, 2]);
    worker.running.get(1)?.();
    await until(() => worker.running.has(3));
    expect(worker.running.size).toBe(2);
    for (const job of [2, 3, 4, 5]) {
      await until(() => worker.running.has(job));
      worker.running.get(job)?.();
    }
    await until(() => worker.running.size === 0 && worker.queue.length === 0);
    expect(worker.maxRunning).toBe(2);
    await worker.beforeApplicationShutdown();
  });

  it('aborts jobs in flight on shutdown, waits for them, and claims nothing after', async () => {
    const worker = new TestWorker(3);
    worker.queue.push(1, 2);
    worker.onApplicationBootstrap();
    await until(() => worker.running.size === 2);
    await worker.beforeApplicationShutdown();
    expect(worker.aborted.sort()).toEqual([1, 2]);
    worker.queue.push(3);
    await new Promise((r) => setTimeout(r, 30));
    expect(worker.queue).toEqual([3]);
  });

  it('claims a job at once when woken, not at the next poll', async () => {
    const worker = new TestWorker(2, 60_000);
    worker.onApplicationBootstrap();
    await until(() => worker.claims === 1);
    worker.queue.push(1);
    worker.wake();
    await until(() => worker.running.has(1));
    expect(worker.claims).toBe(2);
    await worker.beforeApplicationShutdown();
  });

  it('when full, takes the next job as soon as one ends, not at the next poll', async () => {
    const worker = new TestWorker(1, 60_000);
    worker.queue.push(1, 2);
    worker.onApplicationBootstrap();
    await until(() => worker.running.has(1));
    worker.running.get(1)?.();
    await until(() => worker.running.has(2));
    expect(worker.queue).toEqual([]);
    await worker.beforeApplicationShutdown();
  });

  it('renews the leases of the jobs in flight while they run, and only theirs', async () => {
    const worker = new TestWorker(3, 5, 10);
    worker.queue.push(1, 2);
    worker.onApplicationBootstrap();
    await until(() => worker.renewed.some((jobs) => jobs.length === 2));
    expect(worker.renewed.at(-1)).toEqual([1, 2]);
    worker.running.get(1)?.();
    await until(() => worker.renewed.at(-1)?.length === 1);
    expect(worker.renewed.at(-1)).toEqual([2]);
    worker.running.get(2)?.();
    await until(() => worker.running.size === 0);
    const renewals = worker.renewed.length;
    await new Promise((r) => setTimeout(r, 40));
    expect(worker.renewed.length).toBe(renewals);
    await worker.beforeApplicationShutdown();
  });
});
