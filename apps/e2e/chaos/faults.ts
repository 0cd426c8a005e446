import type { StackServiceName } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { setDataprevChaos } from '../src/support/dataprev-chaos';
import type { ChaosStack } from './chaos-stack';
import { effectsOf, exactlyOnce } from './effects';

const TERM = 60; // bench/intake.ts proposes 60 months

export interface Crash {
  service: StackServiceName;
  killedAt: Date;
  readyAt: Date;
}

/** SIGKILLs several services at once (a crash: no shutdown, offsets of processed events not committed) and starts them again. */
export async function crash(chaos: ChaosStack, services: StackServiceName[]): Promise<Crash[]> {
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
export async function recovery(chaos: ChaosStack, crashes: Crash[]): Promise<string> {
  const parts: string[] = [];
  for (const c of crashes) {
    const [row] = await chaos.db.query<{ at: Date | null }>(c.service, 'SELECT min(processed_at) AS at FROM inbox WHERE processed_at > $1', [c.readyAt]);
    const s = (at: Date) => ((at.getTime() - c.killedAt.getTime()) / 1000).toFixed(1);
    parts.push(`${c.service}: ready ${s(c.readyAt)} s, consuming again ${row?.at ? `${s(row.at)} s` : '—'}`);
  }
  return parts.join('; ');
}

/**
 * Effects trail the events that cause them: reads them until they equal `expected` or `settleMs`
 * passes, then asserts the last reading (so a failure shows what was there).
 */
export async function expectSettled<T>(read: () => Promise<T>, expected: T, settleMs: number, description: string): Promise<void> {
  const settled = await waitFor(
    async () => {
      const effects = await read();
      return JSON.stringify(effects) === JSON.stringify(expected) ? effects : undefined;
    },
    { timeoutMs: settleMs, intervalMs: 500, description },
  ).catch(read);
  expect(settled).toEqual(expected);
}

/** Settled: the notices and the billing follow ContractActivated; they get until they match, or `settleMs` (a minute). */
export function expectExactlyOnce(chaos: ChaosStack, ids: readonly string[], settleMs = 60_000): Promise<void> {
  return expectSettled(() => effectsOf(chaos.db, ids), exactlyOnce(ids.length, TERM), settleMs, 'every effect exactly once');
}

/** The mock Dataprev from now on: each call answered after `latencyMs` (a range), that share of them 503. */
export const setDataprev = (chaos: ChaosStack, [latencyMinMs, latencyMaxMs]: readonly [number, number], failureRate = 0) =>
  setDataprevChaos(chaos.stack.urls['dataprev-mock'], { latencyMinMs, latencyMaxMs, failureRate });

/** The mock Dataprev's share of calls answered 503 from now on (answers otherwise prompt). */
export const setDataprevFailureRate = (chaos: ChaosStack, failureRate: number) => setDataprev(chaos, [0, 20], failureRate);

/**
 * Each Dataprev call answered after 1–2 s from now on: a proposal spends at least 2 s in its two
 * calls, so a fault started 1.5 s into a load finds every proposal of it on the way, however fast
 * the rest of the flow is.
 */
export const slowDataprev = (chaos: ChaosStack) => setDataprev(chaos, [1_000, 2_000]);

/** Calls the mock Dataprev failed on purpose so far (its `dataprev_mock_calls_total{decision="fail"}`). */
export async function dataprevFailures(chaos: ChaosStack): Promise<number> {
  const text = await (await fetch(`${chaos.stack.urls['dataprev-mock']}/metrics`)).text();
  return [...text.matchAll(/^dataprev_mock_calls_total\{[^}]*decision="fail"[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}
