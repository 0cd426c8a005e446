import { ECDH } from 'node:crypto';
import { DomainError } from '@consignado/core';

/**
 * A browser's or app's Web Push subscription (W3C Push API `PushSubscription.toJSON()`): where the
 * push service takes messages for that device and the keys they are encrypted with (RFC 8291).
 * The endpoint identifies the device: personal data, sealed at rest, never logged.
 */
export interface PushSubscription {
  readonly id: string;
  readonly customerId: string;
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
  readonly createdAt: Date;
}

export type PushSubscriptionInput = Pick<PushSubscription, 'endpoint' | 'keys'>;

/** A customer keeps at most this many devices; one more is refused until one is removed. */
export const MAX_PUSH_SUBSCRIPTIONS = 10;

const bytesOf = (base64url: string): number => (/^[A-Za-z0-9_-]+$/.test(base64url) ? Buffer.from(base64url, 'base64url').length : -1);

/** 65 bytes, 0x04 then x and y of a point on P-256: a key every push can be encrypted for (else each one would fail, retried forever). */
function isP256Point(base64url: string): boolean {
  const key = Buffer.from(base64url, 'base64url');
  if (bytesOf(base64url) !== 65 || key[0] !== 4) return false;
  try {
    ECDH.convertKey(key, 'prime256v1');
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a subscription before it is kept (R-X-1): an http(s) endpoint on one of the push services
 * allowed (notification will POST there, so no other host), a P-256 public key (65 bytes,
 * uncompressed, a point on the curve) and a 16-byte auth secret.
 */
export function checkSubscription(input: PushSubscriptionInput, allowedOrigins: readonly string[]): void {
  let origin: string;
  try {
    origin = new URL(input.endpoint).origin;
  } catch {
    throw new PushSubscriptionInvalidError('endpoint', 'endpoint deve ser uma URL.');
  }
  if (!allowedOrigins.includes(origin)) throw new PushServiceNotAllowedError(origin);
  if (!isP256Point(input.keys.p256dh)) {
    throw new PushSubscriptionInvalidError('keys.p256dh', 'keys.p256dh deve ser uma chave pública P-256 (65 bytes em base64url).');
  }
  if (bytesOf(input.keys.auth) !== 16) throw new PushSubscriptionInvalidError('keys.auth', 'keys.auth deve ter 16 bytes em base64url.');
}

export class PushSubscriptionInvalidError extends DomainError {
  constructor(field: string, message: string) {
    super('NOTIFICATION.INVALID_PUSH_SUBSCRIPTION', message, { field });
  }
}

export class PushServiceNotAllowedError extends DomainError {
  constructor(origin: string) {
    super('NOTIFICATION.PUSH_SERVICE_NOT_ALLOWED', `Serviço de push não aceito: ${origin}.`, { origin });
  }
}

export class TooManyPushSubscriptionsError extends DomainError {
  constructor() {
    super('NOTIFICATION.TOO_MANY_PUSH_SUBSCRIPTIONS', `No máximo ${MAX_PUSH_SUBSCRIPTIONS} dispositivos por cliente; remova um antes de cadastrar outro.`);
  }
}

export class PushSubscriptionNotFoundError extends DomainError {
  constructor() {
    super('NOTIFICATION.PUSH_SUBSCRIPTION_NOT_FOUND', 'Inscrição de push não encontrada.');
  }
}
