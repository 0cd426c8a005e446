import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of one request or one consumed event carries (R-X-3). */
export interface RequestContext {
  correlationId: string;
  causationId?: string;
  eventId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `context` visible to every log call made inside it, however deep. */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
