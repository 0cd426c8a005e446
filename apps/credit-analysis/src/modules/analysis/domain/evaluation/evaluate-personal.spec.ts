import { defaultAnalysisParameters } from '../parameters/analysis-parameters';
import { proposalFacts } from '../proposal-facts';
import { failedRules, personalPayload, reasonOf } from '../../testing/proposal.fixtures';
import { evaluatePersonal } from './evaluate-personal';
import { isApprovable } from './evaluation';

const params = defaultAnalysisParameters();
const evaluateWith = (score: number, overrides: Parameters<typeof personalPayload>[0] = {}) =>
  evaluatePersonal(proposalFacts(personalPayload({ monthlyIncome: '90000.00', ...overrides })), score, params);

describe('personal loan rules (R-CA-2, seed 002 §11.2, D-8)', () => {
  it.each([
    [200, false],
    [201, true],
  ])('score %i → SCORE_MIN passed %s', (score, passed) => {
    const evaluation = evaluateWith(score, { requestedAmount: '1000.00' });
    expect(reasonOf(evaluation, 'PERSONAL.SCORE_MIN')).toMatchObject({ passed, measured: String(score), limit: '>= 201' });
    expect(isApprovable(evaluation)).toBe(passed);
  });

  it('below 201: SCORE_TOO_LOW with a pt-BR message, and no band rules', () => {
    const evaluation = evaluateWith(150);
    expect(failedRules(evaluation)).toEqual(['PERSONAL.SCORE_MIN']);
    expect(reasonOf(evaluation, 'PERSONAL.SCORE_MIN')).toMatchObject({
      code: 'CREDIT.SCORE_TOO_LOW',
      message: 'Score de crédito 150 abaixo do mínimo de 201 para empréstimo pessoal.',
    });
    expect(evaluation.reasons.map((r) => r.rule)).toEqual(['PERSONAL.SCORE_MIN', 'PERSONAL.AGE', 'PERSONAL.GRACE']);
  });

  it.each([
    // score, band max amount, band max term, rate (falling inside each band, D-8)
    [201, '1000.00', 12, '0.0999'],
    [400, '1000.00', 12, '0.0999'],
    [401, '5000.00', 18, '0.0999'],
    [500, '5000.00', 18, '0.097413'],
    [600, '5000.00', 18, '0.0949'],
    [601, '15000.00', 24, '0.0949'],
    [800, '15000.00', 24, '0.0899'],
    [801, '20000.00', 30, '0.0899'],
    [1000, '20000.00', 30, '0.0849'],
  ])('score %i: up to %s, up to %i months, rate %s', (score, maxAmount, maxTerm, rate) => {
    const atLimit = evaluateWith(score, { requestedAmount: maxAmount, termMonths: maxTerm });
    expect(failedRules(atLimit)).toEqual([]);
    expect(reasonOf(atLimit, 'PERSONAL.AMOUNT').limit).toBe(`100.00 a ${maxAmount}`);
    expect(reasonOf(atLimit, 'PERSONAL.RATE').measured).toBe(rate);
    expect(atLimit.terms?.monthlyRate).toBe(rate);
    const above = evaluateWith(score, { requestedAmount: `${maxAmount.slice(0, -3)}.01`, termMonths: maxTerm + 1 });
    expect(failedRules(above)).toEqual(['PERSONAL.AMOUNT', 'PERSONAL.TERM']);
    expect(reasonOf(above, 'PERSONAL.AMOUNT').code).toBe('CREDIT.AMOUNT_OUT_OF_RANGE');
    expect(reasonOf(above, 'PERSONAL.TERM').code).toBe('CREDIT.TERM_OUT_OF_RANGE');
  });

  it.each([
    ['99.99', 5, false, false],
    ['100.00', 6, true, true],
  ])('minimums: R$ %s and %i months → amount %s, term %s', (requestedAmount, termMonths, amountOk, termOk) => {
    const evaluation = evaluateWith(500, { requestedAmount, termMonths });
    expect(reasonOf(evaluation, 'PERSONAL.AMOUNT').passed).toBe(amountOk);
    expect(reasonOf(evaluation, 'PERSONAL.TERM').passed).toBe(termOk);
  });

  it.each([
    // installment 446.28 (R$ 3,000, 12 months, score 500) against R(30% × (income − expenses))
    ['2987.60', '1500.00', true, '446.28'],
    ['2987.56', '1500.00', false, '446.27'],
    ['1000.00', '1500.00', false, '0.00'],
  ])('capacity: income %s, expenses %s → passed %s (limit %s)', (monthlyIncome, monthlyExpenses, passed, limit) => {
    const reason = reasonOf(evaluateWith(500, { monthlyIncome, monthlyExpenses }), 'PERSONAL.CAPACITY');
    expect(reason).toMatchObject({ passed, measured: '446.28', limit, parameterVersion: 'CA-PERSONAL-SEED-002' });
    if (!passed) {
      expect(reason.code).toBe('CREDIT.CAPACITY_EXCEEDED');
      expect(reason.message).toContain('30% da renda líquida menos despesas');
    }
  });

  it.each([
    ['1952-03-11', true],
    ['1952-03-10', false],
  ])('age below 75 at the end (D-9): born %s, 12 months → passed %s', (birthDate, passed) => {
    expect(reasonOf(evaluateWith(500, { birthDate }), 'PERSONAL.AGE').passed).toBe(passed);
  });

  it.each([
    ['2026-05-10', true],
    ['2026-05-11', false],
  ])('grace up to 30 days: first due %s → passed %s', (firstDueDate, passed) => {
    expect(reasonOf(evaluateWith(500, { firstDueDate }), 'PERSONAL.GRACE').passed).toBe(passed);
  });
});
