import type { PushErrorCode } from './push-errors';

/** The largest body accepted: RFC 8030 §7.2 makes 4096 octets the size every push service takes. */
export const MAX_PUSH_BODY = 4096;

export const URGENCIES = ['very-low', 'low', 'normal', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The request headers a push depends on, as sent. */
export interface PushHeaders {
  authorization?: string;
  ttl?: string;
  urgency?: string;
  contentEncoding?: string;
}

/**
 * TTL is required (RFC 8030 §5.2), Urgency defaults to normal (§5.3), and a payload must be
 * `aes128gcm` (RFC 8291 §4); a push without a payload needs no Content-Encoding.
 */
export function deliveryOptions(headers: PushHeaders, hasPayload: boolean): { ttl: number; urgency: Urgency } | { code: PushErrorCode } {
  const ttl = headers.ttl?.trim() ?? '';
  if (!/^\d{1,10}$/.test(ttl)) return { code: 'PUSH.TTL_REQUIRED' };
  const urgency = headers.urgency?.trim().toLowerCase() || 'normal';
  if (!(URGENCIES as readonly string[]).includes(urgency)) return { code: 'PUSH.URGENCY_INVALID' };
  if (hasPayload && headers.contentEncoding?.trim().toLowerCase() !== 'aes128gcm') return { code: 'PUSH.ENCODING_UNSUPPORTED' };
  return { ttl: Number(ttl), urgency: urgency as Urgency };
}
