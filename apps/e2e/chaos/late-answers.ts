import type { ChaosStack } from './chaos-stack';
import { setDataprev } from './faults';

/** Dataprev answers in 1–3 s while the chaos stack's connector waits 2 s (DATAPREV_TIMEOUT_MS): about half its calls time out after reaching Dataprev. */
export const setDataprevStraddlingTimeout = (chaos: ChaosStack, on: boolean) => setDataprev(chaos, on ? [1_000, 3_000] : [0, 20]);

/**
 * The connector's calls of `operation` that failed as transient so far (its
 * `averbation_dataprev_calls_total{outcome="transient"}`): timeouts here, where the mock neither fails nor refuses.
 */
export async function connectorTimeouts(chaos: ChaosStack, operation: string): Promise<number> {
  const text = await (await fetch(`${chaos.stack.urls['averbation-connector']}/metrics`)).text();
  const series = new RegExp(`^averbation_dataprev_calls_total\\{[^}]*operation="${operation}"[^}]*outcome="transient"[^}]*\\} (\\d+)`, 'gm');
  return [...text.matchAll(series)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** Registrations the mock Dataprev received and applied: its REGISTER calls that were not failed on purpose. */
export async function registerCallsApplied(chaos: ChaosStack): Promise<number> {
  const text = await (await fetch(`${chaos.stack.urls['dataprev-mock']}/metrics`)).text();
  return [...text.matchAll(/^dataprev_mock_calls_total\{[^}]*operation="REGISTER"[^}]*\} (\d+)/gm)]
    .filter((m) => !m[0].includes('decision="fail"') && !m[0].includes('decision="hang"'))
    .reduce((sum, m) => sum + Number(m[1]), 0);
}
