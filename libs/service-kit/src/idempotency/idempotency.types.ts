import type { DomainError } from '@consignado/core';

/** What makes a command idempotent: its key in a scope, and the content the key vouches for. */
export interface IdempotencyClaim {
  /** The command, and the caller when keys are per caller: `proposal.create:CORBAN:<partnerId>`. */
  readonly scope: string;
  /** The Idempotency-Key header, or the command's natural key (a payroll remittance's id). */
  readonly key: string;
  /** What the key stands for; its core `contentHash` is the fingerprint (key order never matters). */
  readonly content: unknown;
  /** The refusal when the key comes back with other content: a code ending in `_CONFLICT` (409). */
  readonly conflict: () => DomainError;
}

/**
 * How a command's result is stored and read back. Without one the result must already be plain
 * JSON (decimal strings, ISO dates); a domain object brings its codec (usually from `database/`).
 */
export interface ResultCodec<T> {
  encode(result: T): unknown;
  decode(stored: unknown): T;
}

/** A command's result, and whether it is the stored result of an earlier run with the same key. */
export interface CommandOutcome<T> {
  readonly result: T;
  readonly replayed: boolean;
}

export function plainJson<T>(): ResultCodec<T> {
  return { encode: (result) => result, decode: (stored) => stored as T };
}
