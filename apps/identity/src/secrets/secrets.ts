import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { PiiKeyRing } from '@consignado/core';
import { hashPassword } from '../domain/password';
import type { ClientDefinition, Role } from '../domain/registry';
import { newSigningJwk, publicJwk, randomSecret, type EcJwk } from './keys';
import { ensurePrivateDir, readOrCreate, writeSecret } from './secret-files';

/** What the provider needs from infra/.run/identity; it never keeps a staff password itself. */
export interface Secrets {
  signingKeys: EcJwk[];
  cookieKeys: string[];
  /** client id → the public JWK of its private_key_jwt key. */
  clientKeys: Record<string, EcJwk>;
  /** username → scrypt hash of the generated password. */
  staffHashes: Record<string, string>;
  /** Seals the customers' CPFs at rest and hashes them for login lookups (LGPD). */
  piiKeyRing: PiiKeyRing;
}

/**
 * Reads the generated secrets of `dir`, generating what is missing (and only that): the signing
 * JWKS, a cookie key, a key pair per client_credentials client and a password per staff account.
 */
export async function ensureSecrets(dir: string, clients: readonly ClientDefinition[], staff: Readonly<Record<string, readonly Role[]>>): Promise<Secrets> {
  ensurePrivateDir(join(dir, 'clients'));
  const signing = readOrCreate(join(dir, 'signing.jwks.json'), () => ({ keys: [newSigningJwk('idp')] }));
  const cookieKeys = readOrCreate(join(dir, 'cookie-keys.json'), () => [randomSecret()]);
  const clientKeys: Record<string, EcJwk> = {};
  for (const client of clients.filter((c) => c.grant === 'client_credentials')) {
    const jwk = readOrCreate(join(dir, 'clients', `${client.clientId}.private.jwk.json`), () => newSigningJwk(client.clientId));
    clientKeys[client.clientId] = publicJwk(jwk);
  }
  const passwords = ensureStaffPasswords(join(dir, 'staff.json'), Object.keys(staff));
  const staffHashes: Record<string, string> = {};
  for (const username of Object.keys(staff)) staffHashes[username] = await hashPassword(passwords[username]);
  const piiKeyRing = readOrCreate<PiiKeyRing>(join(dir, 'pii-key-ring.json'), () => ({ keys: { k1: key32() }, active: 'k1', lookupKey: key32() }));
  return { signingKeys: signing.keys, cookieKeys, clientKeys, staffHashes, piiKeyRing };
}

/** staff.json (username → password); a username it lacks gets a password, the others keep theirs. */
function ensureStaffPasswords(file: string, usernames: string[]): Record<string, string> {
  const fresh = (names: string[]) => Object.fromEntries(names.map((u) => [u, randomSecret(18)]));
  const passwords = readOrCreate<Record<string, string>>(file, () => fresh(usernames));
  const missing = usernames.filter((u) => typeof passwords[u] !== 'string');
  if (missing.length === 0) return passwords;
  const merged = { ...passwords, ...fresh(missing) };
  writeSecret(file, merged);
  return merged;
}

const key32 = (): string => randomBytes(32).toString('base64');
