import type { StackServiceName } from '@consignado/stack-runner';
import type { Intake } from '../bench/intake';
import type { ChaosStack } from './chaos-stack';
import type { Crash } from './faults';

/** A crash the service caused itself: how its process ended (a signal, or `exit <code>`). */
export interface CommitCrash extends Crash {
  how: string;
}

/** `promise`, or a rejection naming what did not happen within `ms` (a hang guard, not a measurement). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Restarts `services` with `FAULT_CRASH_AFTER_COMMIT=n` (libs/messaging's crash point), runs
 * `load`, and as each one dies by itself — SIGKILLed right after its n-th event's transaction
 * committed, before that event's offset was — starts it again without the fault.
 */
export async function crashedAfterCommit(
  chaos: ChaosStack,
  services: readonly StackServiceName[],
  n: number,
  load: () => Promise<Intake>,
): Promise<Intake & { crashes: CommitCrash[] }> {
  await Promise.all(services.map((s) => chaos.stack.restart(s, { FAULT_CRASH_AFTER_COMMIT: String(n) })));
  const intake = load();
  const crashes = Promise.all(
    services.map(async (service): Promise<CommitCrash> => {
      const how = await within(chaos.stack.exited(service), 180_000, `${service} did not die by itself after ${n} events`);
      const killedAt = new Date();
      await chaos.stack.restart(service);
      return { service, how, killedAt, readyAt: new Date() };
    }),
  );
  const [taken, crashed] = await Promise.all([intake, crashes]);
  return { ...taken, crashes: crashed };
}

/** Events a service's current process found already in its inbox (its `consignado_events_consumed_total{outcome="duplicate"}`). */
export async function duplicatesConsumed(chaos: ChaosStack, service: StackServiceName): Promise<number> {
  const text = await (await fetch(`${chaos.stack.urls[service]}/metrics`)).text();
  return [...text.matchAll(/^consignado_events_consumed_total\{[^}]*outcome="duplicate"[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}
