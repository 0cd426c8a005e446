import { defaultAnalysisParameters } from '../parameters/analysis-parameters';
import { proposalFacts } from '../proposal-facts';
import { failedRules, reasonOf, servantPayload } from '../../testing/proposal.fixtures';
import { evaluateServant } from './evaluate-servant';
import { isApprovable } from './evaluation';

const params = defaultAnalysisParameters();
const evaluateWith = (overrides: Parameters<typeof servantPayload>[0]) => evaluateServant(proposalFacts(servantPayload(overrides)), params);

describe('public-servant consignado rules (seed 002 §11.1, §12.2–12.3, D-1)', () => {
  it('approves R$ 10,000 over 60 months at the formula rate 1.98%', () => {
    const evaluation = evaluateWith({});
    expect(isApprovable(evaluation)).toBe(true);
    expect(evaluation.terms).toMatchObject({ monthlyRate: '0.0198', installmentAmount: '296.01', insurance: '0.00' });
    expect(evaluation.parameterVersion).toBe('SERVIDOR_CONSIGNADO@1900-01-01');
    expect(evaluation.reasons.map((r) => r.rule)).toEqual([
      'SERVIDOR.LINK_TYPE', 'SERVIDOR.TERM', 'SERVIDOR.AMOUNT', 'SERVIDOR.AGE', 'SERVIDOR.GRACE', 'SERVIDOR.RATE', 'SERVIDOR.MARGIN',
    ]);
  });

  it.each([
    [23, false],
    [24, true],
    [92, true],
    [93, false],
  ])('term %i months → passed %s', (termMonths, passed) => {
    const evaluation = evaluateWith({ termMonths, monthlyIncome: '90000.00' });
    expect(reasonOf(evaluation, 'SERVIDOR.TERM')).toMatchObject({ passed, limit: '24 a 92 meses' });
    expect(isApprovable(evaluation)).toBe(passed);
  });

  it.each([
    [24, '0.018'],
    [60, '0.0198'],
    [92, '0.0214'],
  ])('rate by formula 0.018 + 0.00005 × (n − 24), capped at 2.14%: %i months → %s', (termMonths, rate) => {
    const reason = reasonOf(evaluateWith({ termMonths, monthlyIncome: '90000.00' }), 'SERVIDOR.RATE');
    expect(reason).toMatchObject({ passed: true, measured: rate, limit: '0.018 a 0.0214' });
  });

  it.each([
    ['845.74', true, '296.01'],
    ['845.72', false, '296.00'],
  ])('margin: 35%% of a net income of %s → passed %s (limit %s, installment 296.01)', (monthlyIncome, passed, limit) => {
    const reason = reasonOf(evaluateWith({ monthlyIncome }), 'SERVIDOR.MARGIN');
    expect(reason).toMatchObject({ passed, measured: '296.01', limit, parameterVersion: 'CA-SERVIDOR-SEED-002' });
  });

  it.each([
    ['1951-03-11', true],
    ['1951-03-10', false],
  ])('age below 80 at the end (D-9): born %s, 60 months → passed %s', (birthDate, passed) => {
    expect(reasonOf(evaluateWith({ birthDate }), 'SERVIDOR.AGE').passed).toBe(passed);
  });

  it.each([
    ['2026-06-09', true, '60 dias'],
    ['2026-06-10', false, '61 dias'],
  ])('grace up to 60 days: first due %s → passed %s (%s)', (firstDueDate, passed, measured) => {
    const reason = reasonOf(evaluateWith({ firstDueDate }), 'SERVIDOR.GRACE');
    expect(reason).toMatchObject({ passed, measured });
    if (!passed) expect(reason).toMatchObject({ code: 'CREDIT.GRACE_TOO_LONG', message: 'Carência de 61 dias acima do máximo de 60 dias do produto.' });
  });

  it.each([
    ['999.99', false],
    ['1000.00', true],
  ])('minimum amount R$ 1.000,00: %s → passed %s', (requestedAmount, passed) => {
    expect(reasonOf(evaluateWith({ requestedAmount }), 'SERVIDOR.AMOUNT').passed).toBe(passed);
  });

  it.each(['APOSENTADO', 'PENSIONISTA', 'EMPREGADO'] as const)('refuses link type %s (INSS beneficiaries take the INSS product, D-1)', (linkType) => {
    expect(failedRules(evaluateWith({ linkType }))).toEqual(['SERVIDOR.LINK_TYPE']);
  });

  it('prices credit-life insurance when asked (not an INSS product)', () => {
    const evaluation = evaluateWith({ withInsurance: true });
    expect(evaluation.terms?.insurance).not.toBe('0.00');
    expect(evaluation.parameterVersions).toContain('INSURANCE-SEED-002');
  });
});
