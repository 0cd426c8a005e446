import { FinanceError } from './finance-error';

/** Success or an expected failure; crashes (bugs) are thrown instead, never wrapped. */
export type Result<T, E = FinanceError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = <E = FinanceError>(error: E): Result<never, E> => ({ ok: false, error });

/** Unwraps a result, throwing its error: for tests and trusted literals only. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}
