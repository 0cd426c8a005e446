import { fieldError } from '@consignado/core';
import { IDEMPOTENCY_KEY } from '../http/input-patterns';

/**
 * The Idempotency-Key header when given; a malformed one is a 400 with the service's code
 * (`PAYMENT.INVALID_IDEMPOTENCY_KEY`), so every edge reads the header alike.
 */
export function idempotencyKeyOf(header: string | undefined, invalidCode: string): string | undefined {
  if (header !== undefined && !IDEMPOTENCY_KEY.test(header)) {
    throw fieldError(invalidCode, 'Idempotency-Key', 'Idempotency-Key deve ter de 1 a 128 caracteres visíveis.');
  }
  return header;
}

/** The usual status of a creating command: 201 the first time, 200 when its stored result is replayed. */
export function creationStatus(outcome: { readonly replayed: boolean }): 201 | 200 {
  return outcome.replayed ? 200 : 201;
}
