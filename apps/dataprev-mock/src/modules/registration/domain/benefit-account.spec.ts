import { IsoDate, Money } from '@consignado/finance';
import type { Beneficiary } from '../../beneficiary/domain/beneficiary';
import { BenefitAccount } from './benefit-account';
import { Registration, type RegistrationRequest } from './registration';

const today = IsoDate.of('2025-06-10');
const now = new Date('2025-06-10T12:00:00.000Z');
const beneficiary = (value: string, external = '0.00', restrictions: string[] = []): Beneficiary => ({
  benefitNumber: '1234567890',
  kind: 'APOSENTADORIA_POR_IDADE',
  value: Money.of(value),
  startDate: IsoDate.of('2020-01-15'),
  externalCommitments: Money.of(external),
  restrictions,
});
const request = (installment: string, extra: Partial<RegistrationRequest> = {}): RegistrationRequest => ({
  contractId: 'c-new',
  benefitNumber: '1234567890',
  cpf: '52998224725',
  installment: Money.of(installment),
  termMonths: 84,
  firstDeductionDate: IsoDate.of('2025-07-10'),
  operationType: 'NOVO',
  ...extra,
});
const active = (contractId: string, installment: string) => Registration.register(request(installment, { contractId }), `P-${contractId}`, now);

const asStrings = (b: { limit: Money; used: Money; available: Money }) => [b.limit.toString(), b.used.toString(), b.available.toString()];

describe('BenefitAccount margin statement (seed 003 §2, §5.1; finance inssMargin)', () => {
  it.each([
    // benefit, other banks, registered here, loan [limit, used, available], card limit, benefit card limit
    ['2000.00', '200.00', [], ['700.00', '200.00', '500.00'], '100.00', '100.00'],
    ['2000.00', '0.00', ['150.00', '50.00'], ['700.00', '200.00', '500.00'], '100.00', '100.00'],
    ['1518.00', '500.00', [], ['531.30', '500.00', '31.30'], '75.90', '75.90'],
    ['1518.01', '0.00', [], ['531.30', '0.00', '531.30'], '75.90', '75.90'],
    ['8157.41', '0.00', ['3000.00'], ['2855.09', '3000.00', '0.00'], '407.87', '407.87'],
  ])('benefit %s, others %s, here %j', (value, external, here, loan, card, benefitCard) => {
    const account = new BenefitAccount(beneficiary(value, external), here.map((v, k) => active(`c${k}`, v)), today);
    const s = account.statement();
    expect(asStrings(s.loan)).toEqual(loan);
    expect(asStrings(s.card)).toEqual([card, '0.00', card]);
    expect(asStrings(s.benefitCard)).toEqual([benefitCard, '0.00', benefitCard]);
  });
});

describe('BenefitAccount.register (R-AV-3)', () => {
  it.each([
    // benefit, active installments, new installment, operation, outcome
    ['2000.00', ['200.00'], '500.00', 'NOVO', 'ok'],
    ['2000.00', ['200.00'], '500.01', 'NOVO', 'DATAPREV.MARGIN_INSUFFICIENT'],
    ['2000.00', ['700.00'], '0.01', 'NOVO', 'DATAPREV.MARGIN_INSUFFICIENT'],
    ['2000.00', ['700.00'], '300.00', 'PORTABILIDADE', 'ok'],
  ] as const)('benefit %s with %j: %s (%s) → %s', (value, installments, installment, operationType, outcome) => {
    const account = new BenefitAccount(beneficiary(value), installments.map((v, k) => active(`c${k}`, v)), today);
    const result = account.register(request(installment, { operationType }), 'P-1', now);
    expect(result.ok ? 'ok' : result.error.code).toBe(outcome);
  });

  it('says how much margin is left, in pt-BR', () => {
    const account = new BenefitAccount(beneficiary('2000.00', '200.00'), [active('c0', '1.00')], today);
    const result = account.register(request('1200.00'), 'P-1', now);
    expect(!result.ok && result.error.message).toBe('Margem consignável insuficiente: disponível R$ 499,00, parcela R$ 1.200,00.');
    expect(!result.ok && result.error.details).toEqual({ available: '499.00', installment: '1200.00' });
  });

  it('refuses a blocked benefit even with margin', () => {
    const account = new BenefitAccount(beneficiary('5000.00', '0.00', ['BLOQUEADO_PARA_EMPRESTIMO']), [], today);
    const result = account.register(request('10.00'), 'P-1', now);
    expect(!result.ok && [result.error.code, result.error.message]).toEqual(['DATAPREV.BENEFIT_BLOCKED', 'Benefício bloqueado para empréstimo consignado.']);
  });

  it('frees the refinanced contract’s installment first and cancels its registration', () => {
    const old = active('c-old', '600.00');
    const account = new BenefitAccount(beneficiary('2000.00'), [old, active('c-other', '50.00')], today);
    expect(account.register(request('650.00'), 'P-1', now).ok).toBe(false);
    const result = account.register(request('650.00', { operationType: 'REFINANCIAMENTO', refinancedContractId: 'c-old' }), 'P-2', now);
    if (!result.ok) throw result.error;
    expect(result.value.replaced).toEqual([old]);
    expect(old.snapshot.status).toBe('CANCELLED');
    expect(result.value.created.snapshot).toMatchObject({ protocol: 'P-2', status: 'ACTIVE', contractId: 'c-new' });
  });

  it('leaves the refinanced registration alone when the new one is refused', () => {
    const old = active('c-old', '100.00');
    const account = new BenefitAccount(beneficiary('2000.00'), [old], today);
    const result = account.register(request('800.00', { operationType: 'REFINANCIAMENTO', refinancedContractId: 'c-old' }), 'P-2', now);
    expect(result.ok).toBe(false);
    expect(old.snapshot.status).toBe('ACTIVE');
  });
});

describe('Registration', () => {
  it('cancels once; a second cancel keeps the first date', () => {
    const r = active('c1', '10.00');
    r.cancel(now);
    r.cancel(new Date('2030-01-01T00:00:00.000Z'));
    expect([r.snapshot.status, r.snapshot.cancelledAt]).toEqual(['CANCELLED', now]);
  });

  it.each([
    [{}, true],
    [{ installment: Money.of('10.01') }, false],
    [{ termMonths: 12 }, false],
    [{ benefitNumber: '1234567891' }, false],
    [{ refinancedContractId: 'c9' }, false],
    [{ portabilityOrigin: { institutionIspb: '60746948', contractNumber: 'CTR-1' } }, false],
  ])('recognises a retried request (%j → %s)', (change, same) => {
    expect(active('c1', '10.00').sameAs(request('10.00', { contractId: 'c1', ...change }))).toBe(same);
  });
});
