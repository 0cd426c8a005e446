import cluster, { type Worker } from 'node:cluster';
import { serveClusterMetrics } from './metrics/cluster-metrics';

/**
 * Loads the service's configuration and runs `start` with it in `HTTP_WORKERS` processes sharing
 * the service's port (1: in this one), so one host's cores all serve its API. Each worker is a
 * whole instance — consumer group member, relay, job workers — as `--instances` runs them; the
 * cluster's primary only supervises: it starts the first worker, the others once it listens (so
 * migrations run once), passes SIGTERM and SIGINT on and waits for them, and exits when any worker
 * dies, so whatever supervises the service sees the failure. A worker whose primary is gone
 * (SIGKILL) exits too. `/metrics`, on whichever worker it lands, answers for all of them
 * (metrics/cluster-metrics.ts). A configuration error ends the process with its message.
 */
export function runWorkers<C extends { HTTP_WORKERS: number }>(load: () => C, start: (config: C) => Promise<unknown>): void {
  const fail = (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  };
  let config: C;
  try {
    config = load();
  } catch (error) {
    return fail(error);
  }
  if (config.HTTP_WORKERS > 1 && cluster.isPrimary) return supervise(config.HTTP_WORKERS);
  if (cluster.isWorker) process.on('disconnect', () => process.exit(1));
  start(config).catch(fail);
}

function supervise(count: number): void {
  serveClusterMetrics();
  let stopping = false;
  let exitCode = 0;
  const alive = () => Object.keys(cluster.workers ?? {}).length;
  const stop = (code: number) => {
    stopping = true;
    exitCode = Math.max(exitCode, code);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (alive() === 0) process.exit(exitCode);
  };
  cluster.fork().once('listening', () => {
    for (let i = 1; i < count && !stopping; i++) cluster.fork();
  });
  cluster.on('exit', (worker: Worker, code) => {
    if (!stopping) {
      console.error(`worker ${worker.process.pid} exited (${code ?? 'signal'}); stopping the service`);
      stop(1);
    } else if (alive() === 0) process.exit(exitCode);
  });
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
}
