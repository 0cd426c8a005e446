import { type PayoutAccountInput, parsePayoutAccount } from './payout-account';
import { pixKeyType } from './pix-key';

const refusal = (input: PayoutAccountInput): string[] => {
  try {
    parsePayoutAccount(input);
    return ['accepted'];
  } catch (e) {
    const error = e as { code: string; details: { fields: Array<{ field: string }> } };
    return [error.code, error.details.fields[0].field];
  }
};
const BANK = { kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '0001', number: '123456789', accountType: 'CACC' };

describe('PIX keys as the DICT keeps them (R-LN-10)', () => {
  it.each([
    ['52998224725', 'CPF'],
    ['52998224724', undefined],
    ['11111111111', undefined],
    ['11222333000181', 'CNPJ'],
    ['11222333000182', undefined],
    ['00000000000000', undefined],
    ['cliente@example.com', 'EMAIL'],
    ['cliente@', undefined],
    ['cliente@example', undefined],
    ['+5561987654321', 'PHONE'],
    ['+556133334444', 'PHONE'],
    ['+15551234567', undefined],
    ['61987654321', undefined],
    ['+55619876543210', undefined],
    ['123e4567-e89b-42d3-a456-426614174000', 'EVP'],
    ['123e4567-e89b-42d3-c456-426614174000', undefined],
    ['', undefined],
    [`${'a'.repeat(70)}@ex.com`, 'EMAIL'],
    [`${'a'.repeat(71)}@ex.com`, undefined],
  ])('%j is a %s key', (key, type) => {
    expect(pixKeyType(key)).toBe(type);
  });
});

describe('payout account shape (R-LN-10)', () => {
  it('normalizes e-mail and EVP keys to lower case', () => {
    expect(parsePayoutAccount({ kind: 'PIX_KEY', pixKey: 'Cliente@Example.COM' })).toEqual({ kind: 'PIX_KEY', pixKey: 'cliente@example.com' });
    expect(parsePayoutAccount({ kind: 'PIX_KEY', pixKey: '123E4567-E89B-42D3-A456-426614174000' })).toEqual({ kind: 'PIX_KEY', pixKey: '123e4567-e89b-42d3-a456-426614174000' });
  });

  it('accepts a bank account as given', () => {
    expect(parsePayoutAccount(BANK)).toEqual(BANK);
    expect(parsePayoutAccount({ ...BANK, branch: '1', number: '12', accountType: 'TRAN' })).toEqual({ ...BANK, branch: '1', number: '12', accountType: 'TRAN' });
  });

  it.each([
    [{ kind: 'PIX_KEY', pixKey: '529.982.247-25' }, 'CUSTOMER.INVALID_PIX_KEY', 'pixKey'],
    [{ kind: 'PIX_KEY' }, 'CUSTOMER.INVALID_PIX_KEY', 'pixKey'],
    [{ kind: 'PIX_KEY', pixKey: 'cliente@example.com', ispb: '00000000' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'ispb'],
    [{ ...BANK, pixKey: 'cliente@example.com' }, 'CUSTOMER.INVALID_PIX_KEY', 'pixKey'],
    [{ ...BANK, ispb: '0000000' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'ispb'],
    [{ ...BANK, ispb: undefined }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'ispb'],
    [{ ...BANK, branch: '00011' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'branch'],
    [{ ...BANK, branch: '' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'branch'],
    [{ ...BANK, number: '1' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'number'],
    [{ ...BANK, number: '1'.repeat(21) }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'number'],
    [{ ...BANK, number: '12345-6' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'number'],
    [{ ...BANK, accountType: 'POUPANCA' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'accountType'],
    [{ kind: 'BOLETO' }, 'CUSTOMER.INVALID_PAYOUT_ACCOUNT', 'kind'],
  ])('%j → %s on %s', (input, code, field) => {
    expect(refusal(input as PayoutAccountInput)).toEqual([code, field]);
  });
});
