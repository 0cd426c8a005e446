import type { ChaosScript } from './chaos-script';
import type { ChaosSettings } from './chaos-settings';

/** What the mock does with one call before (or instead of) answering it. */
export type ChaosDecision =
  | { kind: 'answer'; latencyMs: number }
  | { kind: 'fail'; status: 500 | 503; latencyMs: number; reason: 'OUTAGE' | 'SCRIPT' | 'RANDOM' }
  /** Never answer in time: the caller's timeout must fire. */
  | { kind: 'hang' };

export interface ChaosCall {
  operation: string;
  /** What the call is about (a benefit, a portability…), for scripts and call counts. */
  subject: string | undefined;
  now: Date;
}

/**
 * Decides one call: an outage answers 503 at once (the script is kept for later); otherwise the
 * call waits its latency and then a scripted failure, a random failure or the real answer follows.
 * Random draws happen in a fixed order (latency, then failure) so a seed reproduces a run.
 */
export function decide(call: ChaosCall, settings: ChaosSettings, script: ChaosScript, random: () => number): ChaosDecision {
  if (settings.isDown(call.now)) return { kind: 'fail', status: 503, latencyMs: 0, reason: 'OUTAGE' };
  const latencyMs = settings.latencyMs(random);
  const failsRandomly = random() < settings.values.failureRate;
  const scripted = script.take(call.operation, call.subject);
  if (scripted === 'timeout') return { kind: 'hang' };
  if (scripted) return { kind: 'fail', status: scripted === '500' ? 500 : 503, latencyMs, reason: 'SCRIPT' };
  if (failsRandomly) return { kind: 'fail', status: 503, latencyMs, reason: 'RANDOM' };
  return { kind: 'answer', latencyMs };
}
