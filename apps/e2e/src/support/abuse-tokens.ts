import { randomBytes } from 'node:crypto';
import { generateKeyPair, type KeyLike, SignJWT } from 'jose';

type Claims = Record<string, unknown>;

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const partsOf = (jwt: string): { header: Claims; claims: Claims; signature: string } => {
  const [h, p, signature] = jwt.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')), claims: JSON.parse(Buffer.from(p, 'base64url').toString('utf8')), signature };
};

let ownKey: Promise<KeyLike> | undefined;

/**
 * A token signed with a key of our own that claims everything the real one does (issuer,
 * audience, kid, scopes, roles, subject): only the signature can tell it apart.
 */
async function forged(real: string, edit: (c: Claims) => Claims): Promise<string> {
  const { header, claims } = partsOf(real);
  ownKey ??= generateKeyPair(String(header['alg']), { extractable: false }).then((k) => k.privateKey);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(edit({ ...claims, iat: now, exp: now + 600, jti: randomBytes(8).toString('hex') }))
    .setProtectedHeader({ alg: String(header['alg']), typ: String(header['typ'] ?? 'JWT'), kid: String(header['kid']) })
    .sign(await ownKey);
}

/** The real token with its payload rewritten after signing (header and signature kept). */
function tampered(real: string, edit: (c: Claims) => Claims): string {
  const { header, claims, signature } = partsOf(real);
  return `${b64(header)}.${b64(edit(claims))}.${signature}`;
}

/** What a caller would gain by editing a token: every role, every scope, or another customer. */
export function escalate(victimCustomerId: string): (c: Claims) => Claims {
  return (c) =>
    c['channel'] === 'DIGITAL'
      ? { ...c, sub: victimCustomerId }
      : { ...c, roles: ['OPERATOR', 'SERVICING', 'CLOCK_ADMIN', 'AUDITOR'], scope: 'origination contracts:read payments:write notifications:read backoffice' };
}

/**
 * Authorization headers every service must refuse with 401, built from a real token of the
 * caller the route expects: none, garbage, another scheme, an opaque token, alg "none", a token
 * forged with our own key, and the real one edited after signing.
 */
export async function refusedAuthorizations(real: string, edit: (c: Claims) => Claims): Promise<Record<string, string | null>> {
  const { header, claims } = partsOf(real);
  return {
    'no token': null,
    'garbage bearer': 'Bearer !!not-a-token!!',
    'basic scheme': `Basic ${Buffer.from('servicing-ops:secret').toString('base64')}`,
    'opaque token': `Bearer ${randomBytes(32).toString('base64url')}`,
    'alg none': `Bearer ${b64({ ...header, alg: 'none' })}.${b64(edit(claims))}.`,
    'forged with own key': `Bearer ${await forged(real, edit)}`,
    'payload edited after signing': `Bearer ${tampered(real, edit)}`,
  };
}
