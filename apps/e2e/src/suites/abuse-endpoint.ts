import { randomUUID } from 'node:crypto';
import type { StackServiceName } from '@consignado/stack-runner';
import type { CallerKey, Victim } from '../support/abuse-callers';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The values a request is made of: route params, query, body. */
export interface RequestParts {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Json;
}

/**
 * One route of a service as the corpus attacks it. `params`, `query` and `body` are a base
 * request that is well-formed, and — for routes that change state — refused for a reason found
 * after validation (an unknown customer or contract, a CPF with wrong check digits, a date in the
 * future), so a free-text field's injection string travels as far as the handler and still
 * writes nothing. Every case breaks exactly one thing of this base.
 */
export interface Endpoint extends RequestParts {
  service: StackServiceName;
  method: 'GET' | 'POST' | 'PUT';
  /** As in the controller, `:name` for params. */
  route: string;
  /** The caller the route is for (its real token is the one forged and edited). */
  as: CallerKey;
  headers?: Record<string, string>;
  /** A real token of another kind (another channel, no scope, no role): 403. */
  wrongKind?: Exclude<CallerKey, 'public'>;
  /**
   * The victim's ids, sent with the intruder's (another customer's) token: 404 like a missing
   * one; `list` routes answer 200 with nothing of the victim's, as documented (ids not probed).
   */
  foreign?: (victim: Victim) => RequestParts & { list?: true };
  /**
   * A free-text field, and a body valid but for it: there a NUL byte or invalid UTF-8 travels all
   * the way to the database, and must still be refused.
   */
  freeText?: { field: string; valid: () => Json };
  /** Every attempt past the token check is on the service's audit trail (docs/security.md). */
  audited?: true;
  /** The route's JSON body limit (default 100 kB). */
  limitBytes?: number;
}

/** A fresh, well-formed id that names nothing. */
export const unknownId = (): string => randomUUID();
