import { payoutAccountView } from './payout-account.view';

describe('payout account as channels see it: masked (R-LN-10)', () => {
  it.each([
    ['52998224725', '***.982.247-**'],
    ['11222333000181', '**.222.333/****-**'],
    ['cliente@example.com', 'c***@example.com'],
    ['+5561987654321', '+55*******4321'],
    ['123e4567-e89b-42d3-a456-426614174000', '123e****-****-****-********4000'],
  ])('PIX key %s → %s', (pixKey, masked) => {
    expect(payoutAccountView({ kind: 'PIX_KEY', pixKey })).toEqual({ kind: 'PIX_KEY', pixKey: masked });
  });

  it.each([
    ['12345678', '****5678'],
    ['123456789012', '****9012'],
    ['123', '****3'],
    ['12', '****2'],
  ])('account number %s → %s, the rest as given', (number, masked) => {
    expect(payoutAccountView({ kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '0001', number, accountType: 'CACC' })).toEqual({ kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '0001', number: masked, accountType: 'CACC' });
  });
});
