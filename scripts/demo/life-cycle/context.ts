import type { Caller, Channel, ChannelClient, RunningStack, ServicingClient, StackIdentity } from '@consignado/stack-runner';
import type { DemoClock } from '../clock';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of the services, read field by field
export type Json = Record<string, any>;
export type Log = (line: string) => void;

/** What every life-cycle journey is given: the running stack, its callers' tokens, the shared business clock, the printer. */
export interface LifeCycleContext {
  stack: RunningStack;
  identity: StackIdentity;
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

/** A channel's proposal API: DIGITAL as a new customer (or the one whose CPF `caller` gives), CORBAN as corban-alpha, INTERNAL as internal-origination. */
export const channel = (ctx: LifeCycleContext, c: Channel, caller?: Caller): ChannelClient => ctx.identity.channel(ctx.stack.urls, c, caller);
/** The back office: servicing-ops (reads, payments, clock, jobs) and payroll-source (remittances). */
export const servicing = (ctx: LifeCycleContext): ServicingClient => ctx.identity.servicing(ctx.stack.urls);

/** A call that must answer 2xx; anything else stops the journey with the service's problem. */
export function expectOk<T extends { status: number; body: unknown }>(res: T, what: string): T {
  if (res.status >= 300) throw new Error(`${what} recusado (${res.status}): ${JSON.stringify(res.body)}`);
  return res;
}
