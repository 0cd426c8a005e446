import { type Channel, CHANNEL_DEV_KEYS, ChannelClient, type RunningStack, ServicingClient } from '@consignado/stack-runner';
import type { DemoClock } from '../clock';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of the services, read field by field
export type Json = Record<string, any>;
export type Log = (line: string) => void;

/** What every life-cycle journey is given: the running stack, the shared business clock, the printer. */
export interface LifeCycleContext {
  stack: RunningStack;
  clock: DemoClock;
  log: Log;
}

/** One line of the Resumo: what the journey reached and what it should have. */
export interface Outcome {
  label: string;
  state: string;
  expect: string;
}

/** A life-cycle journey: its Resumo rows (label, outcome expected) and the walk giving each row's state, in order. */
export interface LifeCycleJourney {
  rows: ReadonlyArray<Omit<Outcome, 'state'>>;
  run(ctx: LifeCycleContext): Promise<string[]>;
}

export const channel = (ctx: LifeCycleContext, c: Channel): ChannelClient => new ChannelClient(ctx.stack.urls.proposal, c, CHANNEL_DEV_KEYS[c]);
export const servicing = (ctx: LifeCycleContext): ServicingClient => new ServicingClient(ctx.stack.urls);

/** A call that must answer 2xx; anything else stops the journey with the service's problem. */
export function expectOk<T extends { status: number; body: unknown }>(res: T, what: string): T {
  if (res.status >= 300) throw new Error(`${what} recusado (${res.status}): ${JSON.stringify(res.body)}`);
  return res;
}
