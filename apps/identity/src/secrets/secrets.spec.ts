import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPassword } from '../domain/password';
import { CLIENTS, STAFF } from '../domain/registry';
import { ensureSecrets } from './secrets';

describe('generated secrets', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'identity-secrets-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const mode = (file: string) => statSync(join(dir, file)).mode & 0o777;

  it('writes keys and passwords with mode 0600, one key per client_credentials client', async () => {
    const secrets = await ensureSecrets(dir, CLIENTS, STAFF);
    const files = ['signing.jwks.json', 'cookie-keys.json', 'staff.json', 'clients/corban-alpha.private.jwk.json', 'clients/payroll-source.private.jwk.json'];
    expect(files.map(mode)).toEqual(files.map(() => 0o600));
    expect(Object.keys(secrets.clientKeys).sort()).toEqual(['corban-alpha', 'corban-beta', 'internal-origination', 'payroll-source', 'privacy-office', 'proposal-service', 'servicing-ops']);
    const priv = JSON.parse(readFileSync(join(dir, 'clients/corban-alpha.private.jwk.json'), 'utf8'));
    expect(priv).toEqual(expect.objectContaining({ kty: 'EC', crv: 'P-256', kid: secrets.clientKeys['corban-alpha'].kid, d: expect.any(String) }));
    expect(secrets.clientKeys['corban-alpha'].d).toBeUndefined();
  });

  it('keeps only scrypt hashes of the staff passwords it generated', async () => {
    const secrets = await ensureSecrets(dir, CLIENTS, STAFF);
    const passwords = JSON.parse(readFileSync(join(dir, 'staff.json'), 'utf8'));
    expect(Object.keys(passwords).sort()).toEqual(['ana.operadora', 'bruno.servicing', 'carla.auditora', 'diana.privacidade', 'eduardo.sustentacao', 'fabio.riscos']);
    expect(await verifyPassword(passwords['ana.operadora'], secrets.staffHashes['ana.operadora'])).toBe(true);
    expect(JSON.stringify(secrets)).not.toContain(passwords['ana.operadora']);
  });

  it('regenerates nothing that exists', async () => {
    const first = await ensureSecrets(dir, CLIENTS, STAFF);
    const staff = readFileSync(join(dir, 'staff.json'), 'utf8');
    const second = await ensureSecrets(dir, CLIENTS, STAFF);
    expect([second.signingKeys, second.cookieKeys, second.clientKeys]).toEqual([first.signingKeys, first.cookieKeys, first.clientKeys]);
    expect(readFileSync(join(dir, 'staff.json'), 'utf8')).toBe(staff);
  });
});
