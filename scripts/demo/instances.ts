import type { RunningStack, StackServiceName } from '@consignado/stack-runner';

/** The services that consume events: their instances share partitions (one consumer group) and the connector's leased jobs. */
const CONSUMING: readonly StackServiceName[] = ['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'payment', 'notification'];

/** `--instances N` (1–4) from the command line; 1 when absent. */
export function instancesArg(argv: readonly string[]): number {
  const at = argv.indexOf('--instances');
  if (at < 0) return 1;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new Error(`--instances espera um número de 1 a 4 (recebeu ${argv[at + 1] ?? 'nada'})`);
  return n;
}

/**
 * `npm start -- --instances N`: N − 1 more instances of each consuming service (ports +1000 each),
 * so the journeys run with partitions spread and jobs leased across instances.
 */
export async function scaleOut(stack: RunningStack, n: number, log: (line: string) => void): Promise<void> {
  for (let i = 2; i <= n; i += 1) {
    const added = await Promise.all(CONSUMING.map(async (service) => `${service} ${(await stack.addInstance(service)).url}`));
    log(`instance ${i}: ${added.join(', ')}`);
  }
}
