import type { StackServiceName } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { submitMany } from '../bench/intake';
import { type ChaosStack, launchChaosStack } from './chaos-stack';
import { effectsOf, exactlyOnce } from './effects';

const PROPOSALS = 60;
const TERM = 60; // intake.ts proposes 60 months

interface Crash {
  service: StackServiceName;
  killedAt: Date;
  readyAt: Date;
}

/** SIGKILLs several services at once (a crash: no shutdown, offsets of processed events not committed) and starts them again. */
async function crash(chaos: ChaosStack, services: StackServiceName[]): Promise<Crash[]> {
  const killedAt = new Date();
  await Promise.all(services.map((s) => chaos.stack.kill(s, 'SIGKILL')));
  return Promise.all(
    services.map(async (service) => {
      await chaos.stack.restart(service);
      return { service, killedAt, readyAt: new Date() };
    }),
  );
}

/** "loan: killed → ready 9.1 s → consuming again 21.0 s": when each restarted service's inbox took its first event again. */
async function recovery(chaos: ChaosStack, crashes: Crash[]): Promise<string> {
  const parts: string[] = [];
  for (const c of crashes) {
    const [row] = await chaos.db.query<{ at: Date | null }>(c.service, 'SELECT min(processed_at) AS at FROM inbox WHERE processed_at > $1', [c.readyAt]);
    const s = (at: Date) => ((at.getTime() - c.killedAt.getTime()) / 1000).toFixed(1);
    parts.push(`${c.service}: ready ${s(c.readyAt)} s, consuming again ${row?.at ? `${s(row.at)} s` : '—'}`);
  }
  return parts.join('; ');
}

/**
 * Faults under load (R-REL-1): services crash while proposals flow through them and come back;
 * at the end every accepted proposal is final and every effect happened exactly once.
 */
describe('crashes under load', () => {
  let chaos: ChaosStack;

  beforeAll(async () => {
    chaos = await launchChaosStack();
  });

  afterAll(async () => {
    await chaos?.close();
  });

  it('loses nothing and applies nothing twice when every consuming service is SIGKILLed mid-stream and restarted', async () => {
    const channels = [chaos.identity.channel(chaos.stack.urls.proposal, 'corban'), chaos.identity.channel(chaos.stack.urls.proposal, 'internal')];
    const intake = submitMany(channels, PROPOSALS, 8);
    // While the intake runs: the services that book, register and bill.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const first = await crash(chaos, ['loan', 'averbation-connector', 'payment']);
    const { ids } = await intake;
    // With the flow still running: the intake itself, the analysis and the notices.
    const second = await crash(chaos, ['proposal', 'credit-analysis', 'notification']);
    const restarted = Date.now();

    await waitFor(async () => (await chaos.db.finished(ids)) === ids.length, { timeoutMs: 240_000, intervalMs: 500, description: `${ids.length} proposals final` });
    console.log(`chaos: ${ids.length} proposals final ${((Date.now() - restarted) / 1000).toFixed(1)} s after the second crash's services were ready again`);
    console.log(`chaos: after each kill — ${await recovery(chaos, [...first, ...second])}`);
    // Settled: the notices and the billing follow ContractActivated; give them until they match or time out.
    const expected = exactlyOnce(ids.length, TERM);
    const settled = await waitFor(
      async () => {
        const effects = await effectsOf(chaos.db, ids);
        return JSON.stringify(effects) === JSON.stringify(expected) ? effects : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500, description: 'every effect exactly once' },
    ).catch(async () => effectsOf(chaos.db, ids));
    expect(settled).toEqual(expected);
  });
});
