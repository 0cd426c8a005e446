import { createPrivateKey, sign } from 'node:crypto';
import webPush from 'web-push';
import { parseVapidHeader, verifyVapid } from './vapid';

const AUDIENCE = 'http://127.0.0.1:3091';
const SUBJECT = 'mailto:plataforma@consignadohub.com.br';
const NOW = new Date('2026-03-10T12:00:00.000Z');
const NOW_S = NOW.getTime() / 1000;
const keys = webPush.generateVAPIDKeys();

/** web-push's own header, as notification sends it (exp in seconds). */
const header = (audience: string, exp: number, vapid = keys) => webPush.getVapidHeaders(audience, SUBJECT, vapid.publicKey, vapid.privateKey, 'aes128gcm', exp).Authorization;

/** A hand-signed ES256 token, for claims web-push refuses to produce. */
function signed(claims: Record<string, unknown>, alg = 'ES256'): string {
  const point = Buffer.from(keys.publicKey, 'base64url');
  const jwk = { kty: 'EC', crv: 'P-256', d: keys.privateKey, x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
  const input = [{ typ: 'JWT', alg }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.');
  const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' });
  return `vapid t=${input}.${signature.toString('base64url')}, k=${keys.publicKey}`;
}

describe('verifyVapid (RFC 8292)', () => {
  it('accepts web-push’s token for this audience and names the key', () => {
    expect(verifyVapid(header(AUDIENCE, NOW_S + 12 * 3600), AUDIENCE, NOW)).toEqual({ ok: true, key: keys.publicKey });
  });

  it.each([
    ['another audience', () => header('http://127.0.0.1:9999', NOW_S + 3600), /aud/],
    ['an expired token', () => header(AUDIENCE, NOW_S - 1), /expired/],
    ['a token valid for more than 24 h', () => signed({ aud: AUDIENCE, exp: NOW_S + 24 * 3600 + 60, sub: SUBJECT }), /24 h/],
    ['a token without sub', () => signed({ aud: AUDIENCE, exp: NOW_S + 3600 }), /sub/],
    ['a sub that is no contact', () => signed({ aud: AUDIENCE, exp: NOW_S + 3600, sub: 'http://example.com' }), /sub/],
    ['a signature by another key', () => header(AUDIENCE, NOW_S + 3600, webPush.generateVAPIDKeys()).replace(/k=.*$/, `k=${keys.publicKey}`), /signed/],
    ['a claim changed after signing', () => header(AUDIENCE, NOW_S + 3600).replace(/t=([^.]+)\.[^.]+/, (_m, h: string) => `t=${h}.${Buffer.from(JSON.stringify({ aud: AUDIENCE, exp: NOW_S + 3600, sub: 'mailto:outro@example.com' })).toString('base64url')}`), /signed/],
    ['another algorithm in the header', () => signed({ aud: AUDIENCE, exp: NOW_S + 3600, sub: SUBJECT }, 'HS256'), /signed/],
    ['a k that is no P-256 point', () => header(AUDIENCE, NOW_S + 3600).replace(/k=.*$/, `k=${Buffer.alloc(65, 4).toString('base64url')}`), /P-256/],
    ['the legacy WebPush scheme', () => `WebPush ${header(AUDIENCE, NOW_S + 3600).slice('vapid t='.length)}`, /vapid/],
    ['no header', () => undefined, /vapid/],
  ])('refuses %s', (_label, authorization, reason) => {
    const result = verifyVapid(authorization(), AUDIENCE, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('parseVapidHeader', () => {
  it.each([
    ['vapid t=a.b.c, k=BKEY', { t: 'a.b.c', k: 'BKEY' }],
    ['Vapid k=BKEY,t=a.b.c', { t: 'a.b.c', k: 'BKEY' }],
    ['vapid t=a.b.c', undefined],
    ['Bearer a.b.c', undefined],
  ])('%s', (value, params) => expect(parseVapidHeader(value)).toEqual(params));
});
