import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const REQUEST = 'consignado:metrics-request';
const ANSWER = 'consignado:metrics-answer';
const TIMEOUT_MS = 6_000;

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

let next = 0;
const waiting = new Map<number, (answer: Answer) => void>();

/**
 * In a worker of `runWorkers` (HTTP_WORKERS > 1): the service's metrics, every worker's merged by
 * the primary (counters and histograms summed, the scrape-time backlog gauges by their own
 * aggregator), whichever worker a scrape reaches.
 */
export function workerMetrics(): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = next++;
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error('the primary did not answer with the metrics'));
    }, TIMEOUT_MS);
    waiting.set(id, (answer) => {
      clearTimeout(timer);
      if (answer.text !== undefined) resolve(answer.text);
      else reject(new Error(answer.error ?? 'metrics unavailable'));
    });
    process.send?.({ type: REQUEST, id });
  });
}

/** Called once per worker, with its registry: answers the primary's collection and its replies. */
export function joinClusterMetrics(registry: Registry): void {
  new AggregatorRegistry(); // installs prom-client's worker-side listener
  AggregatorRegistry.setRegistries([registry]);
  process.on('message', (message: Answer) => {
    if (message?.type !== ANSWER) return;
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
}

/** In the primary: collects every worker's registry when one of them is scraped. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id: message.id, text }),
      (error: unknown) => worker.send({ type: ANSWER, id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
