import { DEV_PII_KEY_RING, FieldCipher, type PiiKeyRing } from '@consignado/core';
import { Cpf, InssBenefitNumber, IsoDate, Money } from '@consignado/finance';
import { Customer } from '../domain/customer';
import { CUSTOMER_SEALED, toDomain, toRow } from './customer.mapper';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const CLEAR = { cpf: '52998224725', name: 'Maria da Silva', birthDate: '1958-06-21', income: '3456.78', expenses: '1234.56', benefitNumber: '1234567890', benefitValue: '2987.65', email: 'maria@example.com', phone: '+5561999990000' };

const customer = Customer.restore({
  id: '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55',
  cpf: Cpf.of(CLEAR.cpf),
  name: CLEAR.name,
  birthDate: IsoDate.of(CLEAR.birthDate),
  monthlyIncome: Money.of(CLEAR.income),
  monthlyExpenses: Money.of(CLEAR.expenses),
  linkType: 'APOSENTADO',
  benefit: { number: InssBenefitNumber.of(CLEAR.benefitNumber), kind: 'APOSENTADORIA_POR_IDADE', value: Money.of(CLEAR.benefitValue), startDate: IsoDate.of('2020-01-15') },
  email: CLEAR.email,
  phone: CLEAR.phone,
  status: 'ACTIVE',
  registeredBy: { channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' },
  createdAt: new Date('2026-03-01T12:00:00.000Z'),
});

/** The clear values found anywhere in the row, as it would be written. */
const leaks = (row: object): string[] => Object.values(CLEAR).filter((value) => Object.values(row).some((stored) => String(stored).includes(value)));

describe('customer row mapping: personal data sealed at rest (R-SEC-3)', () => {
  it('writes no CPF, name, birth date, income, expenses, benefit, e-mail or phone in clear', () => {
    const row = toRow(customer, cipher);
    expect(leaks(row)).toEqual([]);
    expect(Object.keys(CUSTOMER_SEALED).filter((field) => !FieldCipher.isSealed(row[field as keyof typeof CUSTOMER_SEALED]))).toEqual([]);
  });

  it('keeps the CPF findable only through its keyed hash', () => {
    const row = toRow(customer, cipher);
    expect(row.cpfHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.cpfHash).toBe(cipher.lookup(CLEAR.cpf));
    expect(toRow(customer, cipher).cpfHash).toBe(row.cpfHash);
    expect(row.cpf).not.toBe(toRow(customer, cipher).cpf);
  });

  it('reads back the domain values', () => {
    const back = toDomain(toRow(customer, cipher), cipher).props;
    expect(back).toEqual(customer.props);
    expect([back.cpf.toString(), back.name, back.monthlyIncome.toString(), back.monthlyExpenses?.toString(), back.benefit?.value.toString(), back.email, back.phone]).toEqual([
      CLEAR.cpf,
      CLEAR.name,
      CLEAR.income,
      CLEAR.expenses,
      CLEAR.benefitValue,
      CLEAR.email,
      CLEAR.phone,
    ]);
  });

  it('keeps optional data absent: no expenses, benefit, e-mail or phone stay null', () => {
    const bare = Customer.restore({ ...customer.props, linkType: 'EMPREGADO', monthlyExpenses: undefined, benefit: undefined, email: undefined, phone: undefined });
    const row = toRow(bare, cipher);
    expect([row.monthlyExpenses, row.benefitNumber, row.benefitValue, row.email, row.phone]).toEqual([null, null, null, null, null]);
    expect(toDomain(row, cipher).props).toEqual(bare.props);
  });

  it('seals the payout account whole, key or account number never in clear, and reads it back', () => {
    const withAccount = Customer.restore({ ...customer.props, payoutAccount: { kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '0001', number: '98765432', accountType: 'CACC' }, payoutAccountChangedAt: new Date('2026-03-02T10:00:00.000Z') });
    const row = toRow(withAccount, cipher);
    expect(FieldCipher.isSealed(row.payoutAccount)).toBe(true);
    expect(JSON.stringify(row)).not.toContain('98765432');
    expect(toDomain(row, cipher).props).toEqual(withAccount.props);
    expect([toRow(customer, cipher).payoutAccount, toRow(customer, cipher).payoutAccountChangedAt]).toEqual([null, null]);
  });

  it('refuses a sealed value moved to another column', () => {
    const row = toRow(customer, cipher);
    expect(() => toDomain({ ...row, name: row.email as string }, cipher)).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
  });

  it('after a key rotation: new rows are sealed with the new key, old rows still read while the old key stays in the ring', () => {
    const rotated: PiiKeyRing = { keys: { ...DEV_PII_KEY_RING.keys, k2: Buffer.alloc(32, 2).toString('base64') }, active: 'k2', lookupKey: DEV_PII_KEY_RING.lookupKey };
    const next = new FieldCipher(rotated);
    const old = toRow(customer, cipher);
    expect(toRow(customer, next).name.startsWith('pii:v1:k2:')).toBe(true);
    expect(toRow(customer, next).cpfHash).toBe(old.cpfHash);
    expect(toDomain(old, next).props).toEqual(customer.props);
    expect(() => toDomain(old, new FieldCipher({ ...rotated, keys: { k2: rotated.keys.k2 } }))).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
  });
});
