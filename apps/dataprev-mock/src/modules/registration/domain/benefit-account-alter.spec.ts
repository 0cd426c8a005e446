import { IsoDate, Money } from '@consignado/finance';
import type { Beneficiary } from '../../beneficiary/domain/beneficiary';
import type { AlterationRequest } from './alteration';
import { BenefitAccount } from './benefit-account';
import { Registration } from './registration';

const today = IsoDate.of('2025-06-10');
const registeredAt = new Date('2025-03-01T12:00:00.000Z');
const now = new Date('2025-06-10T12:00:00.000Z');
const beneficiary = (restrictions: string[] = []): Beneficiary => ({
  benefitNumber: '1234567890',
  kind: 'APOSENTADORIA_POR_IDADE',
  value: Money.of('2000.00'),
  startDate: IsoDate.of('2020-01-15'),
  externalCommitments: Money.of('200.00'),
  restrictions,
});
const registration = (contractId: string, installment: string, termMonths = 48) =>
  Registration.register(
    { contractId, benefitNumber: '1234567890', cpf: '52998224725', installment: Money.of(installment), termMonths, firstDeductionDate: IsoDate.of('2025-04-10'), operationType: 'NOVO' },
    `P-${contractId}`,
    registeredAt,
  );
const change = (r: Registration, installment: string, termMonths: number): AlterationRequest => ({ protocol: r.snapshot.protocol, installment: Money.of(installment), termMonths, reason: 'AMORTIZACAO_EXTRAORDINARIA' });
/** The benefit (R$ 2.000,00, 200.00 at other banks: 700.00 limit) with c1 at 300.00 and c2 at 100.00: 100.00 free. */
const setUp = (restrictions: string[] = []) => {
  const [c1, c2] = [registration('c1', '300.00'), registration('c2', '100.00')];
  return { c1, c2, account: new BenefitAccount(beneficiary(restrictions), [c1, c2], today) };
};

describe('BenefitAccount.alter ("Alterar contrato", R-LN-5)', () => {
  it.each([
    // new installment, new term, outcome, installment and term in force afterwards
    ['250.00', 48, 'altered', '250.00', 48], // REDUCE_INSTALLMENT
    ['300.00', 30, 'altered', '300.00', 30], // REDUCE_TERM
    ['400.00', 48, 'altered', '400.00', 48], // takes the last 100.00 of margin
    ['400.01', 48, 'DATAPREV.MARGIN_INSUFFICIENT', '300.00', 48],
    ['300.00', 48, 'unchanged', '300.00', 48],
  ] as const)('c1 300.00 × 48 → %s × %i: %s', (installment, termMonths, outcome, inForce, termInForce) => {
    const { c1, account } = setUp();
    const result = account.alter(c1, change(c1, installment, termMonths), now);
    expect(result.ok ? (result.value.altered ? 'altered' : 'unchanged') : result.error.code).toBe(outcome);
    expect([c1.snapshot.installment.toString(), c1.snapshot.termMonths]).toEqual([inForce, termInForce]);
  });

  it('measures an increase against the margin with the deduction’s own installment freed', () => {
    const { c1, account } = setUp();
    const result = account.alter(c1, change(c1, '450.00', 48), now);
    expect(!result.ok && [result.error.message, result.error.details]).toEqual([
      'Margem consignável insuficiente: disponível R$ 400,00, parcela R$ 450,00.',
      { available: '400.00', installment: '450.00' },
    ]);
  });

  it('records each alteration with the values it replaced; the statement uses the new installment', () => {
    const { c1, c2, account } = setUp();
    account.alter(c1, change(c1, '250.00', 48), now);
    const later = new Date('2025-07-10T12:00:00.000Z');
    account.alter(c1, { ...change(c1, '250.00', 40), reason: 'RENEGOCIACAO' }, later);
    expect(c1.snapshot.alterations.map((a) => [a.previousInstallment.toString(), a.previousTermMonths, a.installment.toString(), a.termMonths, a.reason, a.alteredAt])).toEqual([
      ['300.00', 48, '250.00', 48, 'AMORTIZACAO_EXTRAORDINARIA', now],
      ['250.00', 48, '250.00', 40, 'RENEGOCIACAO', later],
    ]);
    expect(new BenefitAccount(beneficiary(), [c1, c2], today).statement().loan.available.toString()).toBe('150.00');
  });

  it('takes a late contract’s renegotiation (RENEGOCIACAO, R-LN-8): a lower installment over a longer term, the same again unchanged', () => {
    const { c1, account } = setUp();
    const workout: AlterationRequest = { ...change(c1, '180.40', 72), reason: 'RENEGOCIACAO' };
    const results = [account.alter(c1, workout, now), account.alter(c1, workout, now)];
    expect(results.map((r) => r.ok && r.value.altered)).toEqual([true, false]);
    expect(c1.snapshot.alterations.map((a) => [a.previousInstallment.toString(), a.previousTermMonths, a.installment.toString(), a.termMonths, a.reason])).toEqual([['300.00', 48, '180.40', 72, 'RENEGOCIACAO']]);
  });

  it('refuses a cancelled registration with its own code, changing nothing', () => {
    const { c1, account } = setUp();
    c1.cancel(now);
    const result = account.alter(c1, change(c1, '250.00', 48), now);
    expect(!result.ok && [result.error.code, result.error.message, result.error.details]).toEqual([
      'DATAPREV.REGISTRATION.CANCELLED',
      'Averbação P-c1 cancelada: não pode ser alterada.',
      { protocol: 'P-c1', cancelledAt: now.toISOString() },
    ]);
    expect(c1.snapshot.alterations).toEqual([]);
  });

  it('on a blocked benefit lets the installment go down but not up', () => {
    const { c1, account } = setUp(['BLOQUEADO_PARA_EMPRESTIMO']);
    expect(account.alter(c1, change(c1, '250.00', 48), now).ok).toBe(true);
    const up = account.alter(c1, change(c1, '260.00', 48), now);
    expect(!up.ok && up.error.code).toBe('DATAPREV.BENEFIT_BLOCKED');
  });

  it('still recognises the original registration request after an alteration (a retried "Averbar")', () => {
    const { c1, account } = setUp();
    account.alter(c1, change(c1, '250.00', 40), now);
    const original = { ...c1.snapshot, installment: Money.of('300.00'), termMonths: 48 };
    expect([c1.sameAs(original), c1.sameAs(c1.snapshot)]).toEqual([true, false]);
  });
});
