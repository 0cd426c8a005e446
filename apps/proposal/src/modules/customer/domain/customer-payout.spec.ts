import { Cpf, IsoDate, Money } from '@consignado/finance';
import { Customer } from './customer';

const CPF = '52998224725';
const SELF = '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55';
const APP = { channel: 'DIGITAL', customerId: SELF } as const;
const NOW = new Date('2026-03-10T12:00:00.000Z');
const LATER = new Date('2026-03-11T08:30:00.000Z');
const customer = () =>
  Customer.restore({
    id: SELF, cpf: Cpf.of(CPF), name: 'Maria da Silva', birthDate: IsoDate.of('1958-06-21'), monthlyIncome: Money.of('2000.00'),
    linkType: 'EMPREGADO', status: 'ACTIVE', registeredBy: APP, createdAt: NOW,
  });
const EMAIL_KEY = { kind: 'PIX_KEY', pixKey: 'maria@example.com' } as const;
const BANK = { kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '0001', number: '12345678', accountType: 'SVGS' } as const;

describe('the customer\'s payout account (R-LN-10)', () => {
  it('raises CustomerPayoutAccountChanged with the account, the customer\'s CPF as holder and the time', () => {
    const c = customer();
    expect(c.changePayoutAccount(EMAIL_KEY, APP, NOW)).toBe(true);
    expect([c.props.payoutAccount, c.props.payoutAccountChangedAt]).toEqual([EMAIL_KEY, NOW]);
    expect(c.pullEvents()).toEqual([{ type: 'CustomerPayoutAccountChanged', by: APP, payload: { customerId: SELF, account: EMAIL_KEY, holderCpf: CPF, changedAt: NOW.toISOString() } }]);
  });

  it('the same account again is a confirmation (not a change, raised again with its date); another one raises a new event', () => {
    const c = customer();
    c.changePayoutAccount(BANK, APP, NOW);
    c.pullEvents();
    expect(c.changePayoutAccount({ ...BANK }, APP, LATER)).toBe(false);
    expect([c.pullEvents().map((e) => e.payload.changedAt), c.props.payoutAccountChangedAt]).toEqual([[LATER.toISOString()], LATER]);
    expect(c.changePayoutAccount({ ...BANK, accountType: 'CACC' }, APP, LATER)).toBe(true);
    expect(c.pullEvents().map((e) => e.payload)).toEqual([expect.objectContaining({ account: { ...BANK, accountType: 'CACC' }, changedAt: LATER.toISOString() })]);
  });

  it('accepts the customer\'s own CPF as a key and refuses anyone else\'s, changing nothing', () => {
    const c = customer();
    expect(c.changePayoutAccount({ kind: 'PIX_KEY', pixKey: CPF }, APP, NOW)).toBe(true);
    c.pullEvents();
    expect(() => c.changePayoutAccount({ kind: 'PIX_KEY', pixKey: '11144477735' }, APP, LATER)).toThrow(
      expect.objectContaining({ code: 'CUSTOMER.INVALID_PIX_KEY', message: 'A chave PIX do tipo CPF deve ser o CPF do próprio cliente.' }),
    );
    expect([c.props.payoutAccount, c.pullEvents()]).toEqual([{ kind: 'PIX_KEY', pixKey: CPF }, []]);
  });
});
