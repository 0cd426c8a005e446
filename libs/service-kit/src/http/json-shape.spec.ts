import { checkJsonBytes, MAX_JSON_DEPTH } from './json-shape';

const refusal = (body: Buffer): string | undefined => {
  try {
    checkJsonBytes(body);
    return undefined;
  } catch (error) {
    return (error as { code: string; message: string }).message;
  }
};

describe('checkJsonBytes (R-X-1)', () => {
  it('passes ordinary bodies, accents, escaped quotes and brackets inside strings', () => {
    expect(refusal(Buffer.from(JSON.stringify({ name: 'João "Zé" [{x}]', tab: 'a\tb\nc', list: [[1], { a: [2] }] })))).toBeUndefined();
    expect(refusal(Buffer.from(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`))).toBeUndefined();
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(refusal(Buffer.from([0x7b, 0x22, 0x4a, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]))).toMatch(/UTF-8/);
  });

  it('refuses nesting deeper than the limit, counted without recursion (10,000 levels)', () => {
    expect(refusal(Buffer.from(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`))).toMatch(/aninhamento/);
    expect(refusal(Buffer.from(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`))).toMatch(/aninhamento/);
  });

  it('refuses control characters written as escapes, NUL first', () => {
    expect(refusal(Buffer.from('{"name":"Jo\\u0000ão"}'))).toMatch(/controle/);
    expect(refusal(Buffer.from('{"name":"a\\u001Fb"}'))).toMatch(/controle/);
    expect(refusal(Buffer.from('{"name":"a\\u000ab"}'))).toBeUndefined();
  });
});
