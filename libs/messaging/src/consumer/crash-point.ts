import type { ProcessedEvent } from './types';

/** The variable that arms the fault point (chaos tests only). */
export const CRASH_AFTER_COMMIT = 'FAULT_CRASH_AFTER_COMMIT';

type Env = Readonly<Record<string, string | undefined>>;

/** SIGKILL to oneself: no handler, no shutdown, no offset commit. */
const sigkillSelf = (): void => {
  process.kill(process.pid, 'SIGKILL');
};

/**
 * A fault point for chaos tests (R-REL-1): with `FAULT_CRASH_AFTER_COMMIT=n` the process SIGKILLs
 * itself right after the n-th event it processed for the first time committed its transaction,
 * before that event's offset is resolved (so before it can be committed): the event comes back
 * after the restart to an inbox that already holds it. Unset or empty: no fault point. Refused
 * with `APP_ENV=production`, and so is anything but a positive integer.
 * @returns the hook to call after each commit, or undefined when the fault point is off.
 */
export function crashPointFrom(env: Env, kill: () => void = sigkillSelf): ((event: ProcessedEvent) => void) | undefined {
  const raw = env[CRASH_AFTER_COMMIT];
  if (raw === undefined || raw === '') return undefined;
  if (env['APP_ENV'] === 'production') throw new Error(`${CRASH_AFTER_COMMIT} is a test fault and is refused with APP_ENV=production`);
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw new Error(`${CRASH_AFTER_COMMIT} must be a positive integer (the event after whose commit the process dies), not "${raw}"`);
  const n = Number(raw);
  let fresh = 0;
  return (event) => {
    if (event.duplicate) return; // a duplicate committed no effect: it does not count
    fresh += 1;
    if (fresh === n) kill();
  };
}

/** The fault point this process was started with (see {@link crashPointFrom}). */
export function crashPointOfProcess(): ((event: ProcessedEvent) => void) | undefined {
  // eslint-disable-next-line no-restricted-syntax -- a test fault, not configuration: no service's config class may carry it
  return crashPointFrom(process.env);
}
