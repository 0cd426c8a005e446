import { ApiKeyRegistry } from './api-key-registry';
import { DEV_API_KEYS, parseApiKeys } from './api-keys';

const ALPHA = '6f1c2d3e-0000-4000-8000-00000000a1fa';
const BETA = '6f1c2d3e-0000-4000-8000-00000000b2fb';

function registry(): ApiKeyRegistry {
  const parsed = parseApiKeys(DEV_API_KEYS);
  if (!parsed.ok) throw new Error(parsed.problems.join());
  return new ApiKeyRegistry(parsed.entries);
}

describe('API keys (R-PR-1)', () => {
  it('parses the documented development keys', () => {
    const parsed = parseApiKeys(DEV_API_KEYS);
    expect(parsed.ok && parsed.entries.map((e) => e.principal)).toEqual([
      { channel: 'DIGITAL' },
      { channel: 'CORBAN', partnerId: ALPHA },
      { channel: 'CORBAN', partnerId: BETA },
      { channel: 'INTERNAL', operatorId: 'op-0001' },
    ]);
  });

  it.each([
    ['not json', 'API_KEYS must be a JSON array'],
    ['[]', 'API_KEYS must be a non-empty JSON array'],
    ['{"key":"x"}', 'API_KEYS must be a non-empty JSON array'],
    ['[1]', 'API_KEYS[0] must be an object'],
    ['[{"key":"short","channel":"DIGITAL"}]', 'API_KEYS[0].key must be a string of at least 12 characters'],
    ['[{"key":"long-enough-key","channel":"PHONE"}]', 'API_KEYS[0].channel must be one of DIGITAL, CORBAN, INTERNAL'],
    ['[{"key":"long-enough-key","channel":"CORBAN"}]', 'API_KEYS[0].partnerId must be a lower-case UUID for CORBAN keys, and absent otherwise'],
    [`[{"key":"long-enough-key","channel":"DIGITAL","partnerId":"${ALPHA}"}]`, 'API_KEYS[0].partnerId must be a lower-case UUID for CORBAN keys, and absent otherwise'],
    ['[{"key":"long-enough-key","channel":"INTERNAL"}]', 'API_KEYS[0].operatorId must be an operator id (letters, digits, . _ @ -) for INTERNAL keys, and absent otherwise'],
    ['[{"key":"long-enough-key","channel":"DIGITAL","role":"admin"}]', 'API_KEYS[0] has unknown fields: role'],
    ['[{"key":"long-enough-key","channel":"DIGITAL"},{"key":"long-enough-key","channel":"DIGITAL"}]', 'API_KEYS has the same key twice'],
  ])('refuses %s', (json, problem) => {
    const parsed = parseApiKeys(json);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toContain(problem);
  });

  it('never echoes a key in its problems', () => {
    const parsed = parseApiKeys('[{"key":"secret-key-value-123","channel":"NOPE"}]');
    expect(!parsed.ok && parsed.problems.join()).not.toContain('secret-key-value-123');
  });

  it.each([
    ['digital-dev-key', 'DIGITAL', { channel: 'DIGITAL' }],
    ['corban-alpha-dev-key', 'CORBAN', { channel: 'CORBAN', partnerId: ALPHA }],
    ['corban-beta-dev-key', 'CORBAN', { channel: 'CORBAN', partnerId: BETA }],
    ['internal-dev-key', 'INTERNAL', { channel: 'INTERNAL', operatorId: 'op-0001' }],
    ['digital-dev-key', 'CORBAN', undefined],
    ['corban-alpha-dev-key', 'DIGITAL', undefined],
    ['internal-dev-key', 'CORBAN', undefined],
    ['corban-alpha-dev-key ', 'CORBAN', undefined],
    ['CORBAN-ALPHA-DEV-KEY', 'CORBAN', undefined],
    ['', 'DIGITAL', undefined],
    [undefined, 'DIGITAL', undefined],
  ] as const)('resolves %j on channel %s to %j', (key, channel, principal) => {
    expect(registry().resolve(key, channel)).toEqual(principal);
  });
});
