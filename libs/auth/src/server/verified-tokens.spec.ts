import type { Principal } from './principal';
import { VerifiedTokens } from './verified-tokens';

const partner: Principal = { channel: 'CORBAN', partnerId: 'p-1', clientId: 'corban-1', scopes: ['origination'] };

describe('VerifiedTokens', () => {
  let now: number;
  let tokens: VerifiedTokens;
  const exp = (inSeconds: number) => Math.floor(now / 1000) + inSeconds;

  beforeEach(() => {
    now = 1_800_000_000_000;
    tokens = new VerifiedTokens(() => now);
  });

  it('trusts a verified token for a minute at most, then asks for its signature again', () => {
    tokens.remember('t', partner, exp(3_600));
    now += 59_999;
    expect(tokens.get('t')).toBe(partner);
    now += 1;
    expect(tokens.get('t')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('never past the token expiry', () => {
    tokens.remember('t', partner, exp(10));
    now += 9_999;
    expect(tokens.get('t')).toBe(partner);
    now += 1;
    expect(tokens.get('t')).toBeUndefined();
  });

  it('does not keep a token that has already expired', () => {
    tokens.remember('t', partner, exp(0));
    expect(tokens.get('t')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('knows only the exact token it verified', () => {
    tokens.remember('header.payload.signature', partner, exp(300));
    expect(tokens.get('header.payload.signaturf')).toBeUndefined();
  });

  it('keeps at most 10,000 tokens, dropping the oldest', () => {
    for (let i = 0; i <= 10_000; i++) tokens.remember(`t${i}`, partner, exp(300));
    expect(tokens.size).toBe(10_000);
    expect(tokens.get('t0')).toBeUndefined();
    expect(tokens.get('t1')).toBe(partner);
    expect(tokens.get('t10000')).toBe(partner);
  });
});
