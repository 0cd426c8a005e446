import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Linted {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string }>;
}

/** Lints each source as if it were the file at `filePath`, with the workspace's real ESLint config. */
function lint(sources: Array<{ filePath: string; text: string }>): Linted[] {
  const out = execFileSync(process.execPath, [join(__dirname, 'lint-text.mjs')], { input: JSON.stringify(sources), encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
  return JSON.parse(out) as Linted[];
}

const DOMAIN = 'apps/payment/src/modules/payment/domain/probe.ts';
const source = (from: string) => `import { probe } from '${from}';\nexport const used = probe;\n`;

const cases: Array<[string, string, boolean]> = [
  [DOMAIN, '@nestjs/swagger', true],
  [DOMAIN, '@nestjs/common', true],
  [DOMAIN, 'typeorm', true],
  [DOMAIN, 'kafkajs', true],
  [DOMAIN, '@consignado/messaging', true],
  [DOMAIN, '@consignado/eventing', true],
  [DOMAIN, '@consignado/service-kit', true],
  [DOMAIN, '@consignado/config', true],
  [DOMAIN, '@consignado/testing', true],
  [DOMAIN, '../database/payment.repository', true],
  [DOMAIN, '../../billing/database', true],
  [DOMAIN, '../commands/make-payment/make-payment.handler', true],
  ['apps/credit-analysis/src/modules/analysis/domain/rules/probe.ts', '@nestjs/common', true],
  ['libs/finance/src/probe.ts', 'typeorm', true],
  [DOMAIN, '@consignado/core', false],
  [DOMAIN, '@consignado/finance', false],
  [DOMAIN, '../../billing/domain/billing', false],
  [DOMAIN, './payment.errors', false],
  ['apps/payment/src/modules/payment/commands/make-payment/probe.ts', '@nestjs/common', false],
  ['apps/payment/src/modules/payment/database/probe.ts', 'typeorm', false],
];

describe('domain/ imports no framework, infrastructure or outer layer (eslint.config.mjs)', () => {
  const results = lint(cases.map(([filePath, from]) => ({ filePath, text: source(from) })));

  it.each(cases.map((c, k) => [...c, k] as const))('%s importing %s is refused: %s', (_file, _from, refused, k) => {
    const restricted = results[k].messages.filter((m) => m.ruleId === 'no-restricted-imports');
    expect(restricted).toHaveLength(refused ? 1 : 0);
  });

  it('says why, so the fix is obvious', () => {
    const refusal = results[0].messages.find((m) => m.ruleId === 'no-restricted-imports');
    expect(refusal?.message).toMatch(/domain\/ imports no NestJS/);
  });

  it('refuses a type-only import and a re-export too', () => {
    const [typeOnly, reExport] = lint([
      { filePath: DOMAIN, text: "import type { EntityManager } from 'typeorm';\nexport type M = EntityManager;\n" },
      { filePath: DOMAIN, text: "export { IDEMPOTENCY_KEY } from '@consignado/service-kit';\n" },
    ]);
    expect([typeOnly, reExport].map((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').length)).toEqual([1, 1]);
  });
});
