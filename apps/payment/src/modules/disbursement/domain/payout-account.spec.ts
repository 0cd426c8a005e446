import { maskAccount, type PayoutAccount, supersedes } from './payout-account';

const at = (iso: string) => ({ customerId: 'c', account: { kind: 'PIX_KEY', pixKey: 'a@b.c' } as PayoutAccount, holderCpf: '52998224725', changedAt: new Date(iso) });

describe('payout account (R-LN-10)', () => {
  it.each<[PayoutAccount, string]>([
    [{ kind: 'PIX_KEY', pixKey: 'cliente@example.com' }, 'c***@example.com'],
    [{ kind: 'PIX_KEY', pixKey: '52998224725' }, '****4725'],
    [{ kind: 'PIX_KEY', pixKey: '+5511987655678' }, '****5678'],
    [{ kind: 'PIX_KEY', pixKey: '123e4567-e89b-42d3-a456-426614174000' }, '****4000'],
    [{ kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' }, '****5678'],
  ])('masks %j as %s', (account, masked) => {
    expect(maskAccount(account)).toBe(masked);
  });

  it.each([
    ['none kept', undefined, true],
    ['newer', at('2026-01-01T00:00:00.000Z'), true],
    ['the same changedAt (a redelivery)', at('2026-01-02T00:00:00.000Z'), false],
    ['older than the kept one', at('2026-01-03T00:00:00.000Z'), false],
  ])('a change of 2026-01-02 against %s: kept %s', (_, kept, expected) => {
    expect(supersedes(at('2026-01-02T00:00:00.000Z'), kept)).toBe(expected);
  });
});
