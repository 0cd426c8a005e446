import { p256PublicKey, verifiedClaims } from './es256';

export type VapidResult = { ok: true; key: string } | { ok: false; reason: string };

/** RFC 8292 §2: a token may be valid for at most 24 hours. */
const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * RFC 8292 §3: `Authorization: vapid t=<JWT>, k=<key>` where the JWT is ES256-signed by `k`, its
 * `aud` is the push resource's origin, `exp` is in the future and at most 24 h ahead, and `sub` is
 * a contact (mailto: or https:). On success, the key that signed it.
 */
export function verifyVapid(authorization: string | undefined, audience: string, now: Date = new Date()): VapidResult {
  const params = parseVapidHeader(authorization);
  if (!params) return { ok: false, reason: 'not a "vapid t=…, k=…" Authorization' };
  const key = p256PublicKey(params.k);
  if (!key) return { ok: false, reason: 'k is not a P-256 public key' };
  const claims = verifiedClaims(params.t, key);
  if (!claims) return { ok: false, reason: 'token is not an ES256 JWT signed by k' };
  const seconds = Math.floor(now.getTime() / 1000);
  if (claims.aud !== audience) return { ok: false, reason: 'aud is not the push service origin' };
  if (typeof claims.exp !== 'number' || claims.exp <= seconds) return { ok: false, reason: 'token expired' };
  if (claims.exp > seconds + MAX_LIFETIME_SECONDS) return { ok: false, reason: 'exp more than 24 h ahead' };
  if (typeof claims.sub !== 'string' || !/^(mailto|https):/.test(claims.sub)) return { ok: false, reason: 'sub is not a mailto: or https: contact' };
  return { ok: true, key: params.k };
}

/** The `t` and `k` parameters of a `vapid` Authorization header, in any order; undefined when either is missing. */
export function parseVapidHeader(value: string | undefined): { t: string; k: string } | undefined {
  const match = /^vapid\s+(.*)$/i.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const params = new Map<string, string>();
  for (const param of match[1].split(',')) {
    const eq = param.indexOf('=');
    if (eq > 0) params.set(param.slice(0, eq).trim().toLowerCase(), param.slice(eq + 1).trim());
  }
  const t = params.get('t');
  const k = params.get('k');
  return t && k ? { t, k } : undefined;
}
