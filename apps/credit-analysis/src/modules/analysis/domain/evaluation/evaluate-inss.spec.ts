import { IsoDate, MonthlyRate } from '@consignado/finance';
import { defaultAnalysisParameters } from '../parameters/analysis-parameters';
import { failedRules, inssFacts, inssPayload, inssPortability, marginFacts, portabilityBalanceFacts, reasonOf, without } from '../../testing/proposal.fixtures';
import { proposalFacts } from '../proposal-facts';
import { evaluateInss } from './evaluate-inss';
import { hasFailures, isApprovable } from './evaluation';

const params = defaultAnalysisParameters();
/** Contract on `date`, first installment one month later (no grace). */
const on = (date: string) => ({ contractDate: date, firstDueDate: IsoDate.of(date).plusMonths(1).toString() });
/** Benefit start date such that the contract date is day `n` of the benefit (start = day 1). */
const benefitDay = (contractDate: string, n: number) => IsoDate.of(contractDate).plusDays(-(n - 1));

describe('INSS consignado rules (R-CA-1, seed 003 §2, D-1, D-9)', () => {
  it('approves the reference case with finance-priced terms and every rule recorded', () => {
    const evaluation = evaluateInss(inssFacts(), params, marginFacts('500.00'));
    expect(isApprovable(evaluation)).toBe(true);
    expect(evaluation.terms).toEqual({
      releasedAmount: '10000.00',
      financedAmount: '10342.09',
      monthlyRate: '0.0185',
      termMonths: 96,
      installmentAmount: '231.24',
      iof: '342.09',
      insurance: '0.00',
      totalPayable: '22198.54', // 95 × 231.24 + a last row of 230.74 (it absorbs the rounding residue)
      cetMonthlyPercent: '1.95',
      cetAnnualPercent: '26.04',
      contractDate: '2026-03-10',
      firstDueDate: '2026-04-10',
    });
    expect(evaluation.reasons.map((r) => r.rule)).toEqual([
      'INSS.LINK_TYPE', 'INSS.BENEFIT', 'INSS.TERM', 'INSS.RATE_CAP', 'INSS.AGE', 'INSS.GRACE', 'INSS.INSURANCE',
      'INSS.NEW_BENEFIT_90_DAYS', 'INSS.RESTRICTIONS', 'INSS.MARGIN',
    ]);
    expect(evaluation.parameterVersion).toBe('INSS_CONSIGNADO@2025-04-01');
    expect(evaluation.parameterVersions).toEqual(['INSS-CAP-2025-04', 'INSS-TERM-96', 'CA-INSS-2024-07', 'INSS-MARGIN-35-5-5', 'IOF-PF-0.38-0.0082']);
    expect(reasonOf(evaluation, 'INSS.MARGIN')).toEqual({
      rule: 'INSS.MARGIN', passed: true, measured: '231.24', limit: '500.00', parameterVersion: 'INSS-MARGIN-35-5-5',
      message: 'Parcela de R$ 231,24 dentro da margem consignável disponível de R$ 500,00.',
    });
  });

  it.each([
    ['231.24', true],
    ['231.23', false],
    ['0.00', false],
  ])('margin: installment 231.24 against available %s → passed %s', (available, passed) => {
    const reason = reasonOf(evaluateInss(inssFacts(), params, marginFacts(available)), 'INSS.MARGIN');
    expect(reason.passed).toBe(passed);
    expect(reason.measured).toBe('231.24');
    expect(reason.limit).toBe(available);
    if (!passed) {
      expect(reason.code).toBe('CREDIT.MARGIN_EXCEEDED');
      expect(reason.message).toBe(`Parcela de R$ 231,24 excede a margem consignável disponível de R$ ${available.replace('.', ',')}.`);
    }
  });

  it('portability needs no new margin (seed 003 §3.2)', () => {
    const inputs = { customerContracts: [], portability: portabilityBalanceFacts() };
    const reason = reasonOf(evaluateInss(proposalFacts(inssPortability()), params, marginFacts('0.00'), inputs), 'INSS.MARGIN');
    expect(reason.passed).toBe(true);
    expect(reason.limit).toBe('portabilidade: sem margem nova');
  });

  it.each([
    // D-9 with the INSS maximum of 80: completed years at the contract date + n/12 < 80.
    ['1954-03-11', 96, true, '79 anos e 0 meses'],
    ['1954-03-10', 96, false, '80 anos e 0 meses'],
    ['1954-03-10', 95, true, '79 anos e 11 meses'],
    ['1946-03-11', 1, true, '79 anos e 1 meses'],
    ['1946-03-10', 1, false, '80 anos e 1 meses'],
  ])('age: born %s, %i months → passed %s (%s)', (birthDate, termMonths, passed, measured) => {
    const reason = reasonOf(evaluateInss(inssFacts({ birthDate, termMonths }), params), 'INSS.AGE');
    expect(reason).toMatchObject({ passed, measured, limit: 'abaixo de 80 anos', parameterVersion: 'CA-INSS-2024-07' });
    if (!passed) expect(reason.code).toBe('CREDIT.AGE_LIMIT_EXCEEDED');
  });

  it.each([
    ['2025-02-04', 84, true, 'INSS-TERM-84'],
    ['2025-02-04', 85, false, 'INSS-TERM-84'],
    ['2025-02-05', 96, true, 'INSS-TERM-96'],
    ['2025-02-05', 97, false, 'INSS-TERM-96'],
    ['2025-02-05', 85, true, 'INSS-TERM-96'],
  ])('term on %s: %i months → passed %s under %s', (date, termMonths, passed, version) => {
    const evaluation = evaluateInss(inssFacts({ ...on(date), termMonths, birthDate: '1970-01-01', monthlyRate: '0.0166' }), params);
    const reason = reasonOf(evaluation, 'INSS.TERM');
    expect(reason).toMatchObject({ passed, measured: `${termMonths} meses`, parameterVersion: version });
    expect(failedRules(evaluation)).toEqual(passed ? [] : ['INSS.TERM']);
  });

  it.each([
    // The cap in force on the contract date (D-1): 1.66% from 2024-07-01, 1.80% from 2025-01-01, 1.85% from 2025-04-01.
    ['2024-12-31', '0.0166', true, '0.0166'],
    ['2024-12-31', '0.0167', false, '0.0166'],
    ['2025-01-01', '0.018', true, '0.018'],
    ['2025-01-01', '0.0181', false, '0.018'],
    ['2025-03-31', '0.0185', false, '0.018'],
    ['2025-04-01', '0.0185', true, '0.0185'],
    ['2025-04-01', '0.0186', false, '0.0185'],
    ['2026-03-10', '0.0166', true, '0.0185'],
  ])('rate cap on %s: quoted %s → passed %s (cap %s)', (date, monthlyRate, passed, cap) => {
    const reason = reasonOf(evaluateInss(inssFacts({ ...on(date), monthlyRate, termMonths: 84 }), params), 'INSS.RATE_CAP');
    expect(reason).toMatchObject({ passed, measured: monthlyRate, limit: cap });
    if (!passed) expect(reason.code).toBe('CREDIT.RATE_ABOVE_CAP');
  });

  it('explains a rate above the cap in pt-BR', () => {
    const reason = reasonOf(evaluateInss(inssFacts({ monthlyRate: '0.019' }), params), 'INSS.RATE_CAP');
    expect(reason.message).toBe('Taxa de 1,90% a.m. acima do teto de 1,85% a.m. vigente na data do contrato.');
  });

  it.each([
    [undefined, '2024-12-31', '0.0166'],
    [undefined, '2025-04-01', '0.0185'],
    ['0.0179', '2026-03-10', '0.0179'],
    ['0.0179', '2024-12-31', '0.0166'],
  ])('without a quoted rate, INSS_MONTHLY_RATE=%s prices on %s at %s (never above the cap)', (configured, date, rate) => {
    const withConfig = defaultAnalysisParameters(configured ? MonthlyRate.of(configured) : undefined);
    const facts = proposalFacts(without(inssPayload({ ...on(date), termMonths: 84 }), 'monthlyRate'));
    const evaluation = evaluateInss(facts, withConfig, marginFacts('9999.00'));
    expect(reasonOf(evaluation, 'INSS.RATE_CAP')).toMatchObject({ passed: true, measured: rate });
    expect(evaluation.terms?.monthlyRate).toBe(rate);
  });

  it.each([
    // Seed 003 §2.4: days 1..90 of the benefit only at the paying bank, never portability; free from day 91.
    [89, false, 'NEW', false, 'CREDIT.NEW_BENEFIT_NOT_PAYING_BANK'],
    [90, false, 'NEW', false, 'CREDIT.NEW_BENEFIT_NOT_PAYING_BANK'],
    [91, false, 'NEW', true, undefined],
    [89, true, 'NEW', true, undefined],
    [90, true, 'NEW', true, undefined],
    [90, true, 'PORTABILITY', false, 'CREDIT.NEW_BENEFIT_PORTABILITY'],
    [91, false, 'PORTABILITY', true, undefined],
    [0, true, 'NEW', true, undefined],
  ] as const)('90-day rule: day %i, paying bank %s, %s → passed %s', (day, paidByOwnBank, operationType, passed, code) => {
    const facts = inssFacts({ benefitPaidByOwnBank: paidByOwnBank, operationType });
    const dataprev = marginFacts('500.00', { benefit: { number: '1234567890', startDate: benefitDay('2026-03-10', day) } });
    const reason = reasonOf(evaluateInss(facts, params, dataprev), 'INSS.NEW_BENEFIT_90_DAYS');
    expect(reason.passed).toBe(passed);
    expect(reason.measured).toContain(`dia ${day} do benefício`);
    expect(reason.code).toBe(code);
  });

  it('the 90-day rule uses Dataprev start date over the proposal one', () => {
    const facts = inssFacts({ benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-01-15' } });
    expect(reasonOf(evaluateInss(facts, params), 'INSS.NEW_BENEFIT_90_DAYS').passed).toBe(true);
    const dataprev = marginFacts('500.00', { benefit: { number: '1234567890', startDate: benefitDay('2026-03-10', 30) } });
    expect(reasonOf(evaluateInss(facts, params, dataprev), 'INSS.NEW_BENEFIT_90_DAYS').passed).toBe(false);
  });

  it.each([
    [{ linkType: 'SERVIDOR' as const }, 'INSS.LINK_TYPE', 'CREDIT.LINK_TYPE_NOT_ALLOWED'],
    [{ linkType: 'EMPREGADO' as const }, 'INSS.LINK_TYPE', 'CREDIT.LINK_TYPE_NOT_ALLOWED'],
    [{ firstDueDate: '2026-05-10' }, 'INSS.GRACE', 'CREDIT.GRACE_NOT_ALLOWED'],
    [{ withInsurance: true }, 'INSS.INSURANCE', 'CREDIT.INSURANCE_NOT_ALLOWED'],
  ])('refuses %j by %s (D-1)', (overrides, rule, code) => {
    const evaluation = evaluateInss(inssFacts(overrides), params);
    expect(failedRules(evaluation)).toEqual([rule]);
    expect(reasonOf(evaluation, rule).code).toBe(code);
  });

  it.each([
    ['APOSENTADO', true],
    ['PENSIONISTA', true],
  ] as const)('serves link type %s', (linkType, passed) => {
    expect(reasonOf(evaluateInss(inssFacts({ linkType }), params), 'INSS.LINK_TYPE').passed).toBe(passed);
  });

  it('a first installment one month after the contract has no grace', () => {
    expect(reasonOf(evaluateInss(inssFacts({ contractDate: '2026-01-31', firstDueDate: '2026-02-28' }), params), 'INSS.GRACE').passed).toBe(true);
  });

  // D-10: the first or second benefit payment after the contract, up to 60 days out, is the payroll calendar, not grace.
  it.each([
    ['2026-04-09', 30, true],
    ['2026-04-24', 45, true],
    ['2026-05-09', 60, true],
    ['2026-05-10', 61, false],
  ])('a first due date on %s (%i days after 2026-03-10): passed %p', (firstDueDate, days, passed) => {
    const reason = reasonOf(evaluateInss(inssFacts({ firstDueDate }), params), 'INSS.GRACE');
    expect(reason).toMatchObject({ passed, measured: `${days} dias até o primeiro vencimento`, limit: 'até 60 dias', parameterVersion: 'INSS-TERM-96' });
    if (!passed) {
      expect(reason).toMatchObject({
        code: 'CREDIT.GRACE_NOT_ALLOWED',
        message: 'O consignado INSS não admite carência: o primeiro vencimento, 61 dias após o contrato, deve ocorrer em até 60 dias (calendário de pagamento do benefício).',
      });
    }
  });

  it('approves a first due date 45 days out and prices its longer first period (D-10)', () => {
    // Python decimal: IOF gross-up 345.01, F = 10345.01, PMT = R(F × 1.0185^(45/30 − 1) × 0.0185 / (1 − 1.0185^−96)) = 233.29.
    const evaluation = evaluateInss(inssFacts({ firstDueDate: '2026-04-24' }), params, marginFacts('500.00'));
    expect(isApprovable(evaluation)).toBe(true);
    expect(evaluation.terms).toMatchObject({ financedAmount: '10345.01', installmentAmount: '233.29', firstDueDate: '2026-04-24' });
  });

  it('refuses a benefit with Dataprev restrictions', () => {
    const reason = reasonOf(evaluateInss(inssFacts(), params, marginFacts('500.00', { restrictions: ['BLOQUEIO_JUDICIAL'] })), 'INSS.RESTRICTIONS');
    expect(reason).toMatchObject({ passed: false, code: 'CREDIT.BENEFIT_RESTRICTED', measured: 'BLOQUEIO_JUDICIAL' });
    expect(reason.message).toBe('Benefício com restrição na Dataprev: BLOQUEIO_JUDICIAL.');
  });

  it('refuses a proposal without a benefit and does not evaluate the 90-day rule', () => {
    const evaluation = evaluateInss(proposalFacts(without(inssPayload(), 'benefit')), params);
    expect(failedRules(evaluation)).toEqual(['INSS.BENEFIT']);
    expect(reasonOf(evaluation, 'INSS.BENEFIT').code).toBe('CREDIT.BENEFIT_REQUIRED');
  });

  it('before the Dataprev answer only the proposal rules run, unpriced', () => {
    const evaluation = evaluateInss(inssFacts(), params);
    expect(hasFailures(evaluation)).toBe(false);
    expect(isApprovable(evaluation)).toBe(false);
    expect(evaluation.terms).toBeUndefined();
    expect(evaluation.reasons.map((r) => r.rule)).not.toContain('INSS.MARGIN');
  });

  it('refuses a contract date before the INSS parameters begin (2024-07-01)', () => {
    const evaluation = evaluateInss(inssFacts(on('2024-06-30')), params);
    expect(evaluation.reasons).toHaveLength(1);
    expect(evaluation.reasons[0]).toMatchObject({ rule: 'PARAMETERS', passed: false, code: 'CREDIT.NO_PARAMETER_IN_FORCE', measured: '2024-06-30' });
    expect(evaluation.parameterVersion).toBe('INSS_CONSIGNADO@none');
  });
});
