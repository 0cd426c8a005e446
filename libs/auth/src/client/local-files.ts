import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { JWK } from 'jose';
import { IdentityError } from './errors';

/** The repository root: the nearest directory above `from` holding nx.json. */
export function findRepoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no nx.json above ${from}: pass \`dir\` to IdentityClient`);
  }
}

/** Where the local provider generates its keys and passwords: `<repo>/infra/.run/identity`. */
export const defaultIdentityDir = (repoRoot: string = findRepoRoot()): string => join(repoRoot, 'infra', '.run', 'identity');

function readJson<T>(file: string, what: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found (has the provider started once? `node infra/stack.mjs up`)' : String(error);
    throw new IdentityError('local_secret_missing', `${what} ${file}: ${reason}`);
  }
}

/** The private JWK of a client_credentials client (`clients/<id>.private.jwk.json`). */
export const readClientKey = (dir: string, clientId: string): JWK =>
  readJson(join(dir, 'clients', `${clientId}.private.jwk.json`), `the key of ${clientId}`);

/** The generated password of a dev staff account (staff.json). */
export function readStaffPassword(dir: string, username: string): string {
  const passwords = readJson<Record<string, string>>(join(dir, 'staff.json'), 'staff passwords');
  if (!Object.hasOwn(passwords, username)) throw new IdentityError('unknown_staff', `no dev staff account ${username}`);
  return passwords[username];
}

/**
 * The password `customerSession` uses for `cpf`: an HMAC under a key of `dir` (created once, 0600),
 * so any process of this checkout signs in to an account another one created.
 */
export function sessionPassword(dir: string, cpf: string): string {
  const file = join(dir, 'customer-sessions.key');
  if (!existsSync(file)) createOnce(file, randomBytes(32).toString('base64url'));
  return createHmac('sha256', readFileSync(file, 'utf8').trim()).update(cpf).digest('base64url').slice(0, 32);
}

/** Writes `file` (0600) unless it exists, atomically: parallel test workers all read one key. */
function createOnce(file: string, content: string): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, content, { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}
