import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultIdentityDir, findRepoRoot, readStaffPassword, sessionPassword } from './local-files';

describe('local identity files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'identity-client-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the repository root and infra/.run/identity under it', () => {
    const root = findRepoRoot();
    expect(statSync(join(root, 'nx.json')).isFile()).toBe(true);
    expect(defaultIdentityDir(root)).toBe(join(root, 'infra', '.run', 'identity'));
  });

  it('derives a stable per-CPF password from a key it creates once (0600)', () => {
    const a = sessionPassword(dir, '52998224725');
    expect(sessionPassword(dir, '52998224725')).toBe(a);
    expect(sessionPassword(dir, '11144477735')).not.toBe(a);
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(statSync(join(dir, 'customer-sessions.key')).mode & 0o777).toBe(0o600);
  });

  it('reads a staff password, and says what is missing', () => {
    writeFileSync(join(dir, 'staff.json'), JSON.stringify({ 'ana.operadora': 'p4ss' }));
    expect(readStaffPassword(dir, 'ana.operadora')).toBe('p4ss');
    expect(() => readStaffPassword(dir, 'toString')).toThrow(/no dev staff account/);
    expect(() => readStaffPassword(join(dir, 'nope'), 'ana.operadora')).toThrow(/infra\/stack.mjs up/);
  });
});
