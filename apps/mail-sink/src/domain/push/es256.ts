import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** A P-256 public key from its uncompressed point (0x04 || X || Y), base64url; undefined when it is none. */
export function p256PublicKey(base64url: string): KeyObject | undefined {
  const point = Buffer.from(base64url, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) return undefined;
  const jwk = { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
  try {
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    // Not a point on the curve.
    return undefined;
  }
}

/**
 * The claims of a compact JWS (RFC 7515) whose header says ES256 and whose signature (r || s, RFC
 * 7518 §3.4) `key` verifies; undefined for anything else.
 */
export function verifiedClaims(token: string, key: KeyObject): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts;
  if (jsonObject(header)?.alg !== 'ES256') return undefined;
  const signed = verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  return signed ? jsonObject(payload) : undefined;
}

function jsonObject(base64url: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(base64url, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
