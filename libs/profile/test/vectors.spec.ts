import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Runs the shared vector checker exactly as CI does, from the repository root:
 * `node ../shared/tools/check-profile-vectors.mjs ../shared/spec/vectors/profile.json`.
 */
const root = resolve(__dirname, '../../..');
const checker = '../shared/tools/check-profile-vectors.mjs';
const vectors = '../shared/spec/vectors/profile.json';

describe('shared profile vectors (PROFILE.md)', () => {
  it('match exactly through npm run profile:calc', () => {
    for (const file of [checker, vectors]) {
      if (!existsSync(resolve(root, file))) {
        throw new Error(`${resolve(root, file)} is missing: the shared folder must sit beside the repository (../shared).`);
      }
    }
    const count = (JSON.parse(readFileSync(resolve(root, vectors), 'utf8')) as unknown[]).length;
    const run = spawnSync('node', [checker, vectors], { cwd: root, encoding: 'utf8', timeout: 170_000 });
    const report = `${run.stdout}${run.stderr}`;
    expect(report.trim().split('\n').pop()).toBe(`${count}/${count} vectors match`);
    expect(run.status).toBe(0);
  }, 180_000);
});
