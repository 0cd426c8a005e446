import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');
const calc = (stdin: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), ['libs/finance/src/cli/calc.ts'], { cwd: root, input: stdin, encoding: 'utf8', timeout: 60_000 });

describe('finance:calc process', () => {
  it('reads requests on stdin and writes results on stdout', () => {
    const run = calc('[{"op":"annualRate","input":{"monthlyRate":"0.0166"}},{"op":"nope","input":{}}]');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ output: { annualRate: '0.218432' } }, { error: { code: 'UNKNOWN_OP', message: 'Operação desconhecida: nope.' } }]);
  });

  it.each([
    ['an object', '{"op":"price"}', 'must be a JSON array'],
    ['not JSON', 'price please', 'not valid JSON'],
  ])('exits non-zero with a message when stdin is %s', (_name, stdin, message) => {
    const run = calc(stdin);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});
