import { IsoDate } from '@consignado/finance';
import { defaultAnalysisParameters } from '../parameters/analysis-parameters';
import { proposalFacts } from '../proposal-facts';
import { failedRules, inssPortability, marginFacts, portabilityBalanceFacts, reasonOf } from '../../testing/proposal.fixtures';
import { evaluateInss } from './evaluate-inss';
import { hasFailures, isApprovable } from './evaluation';

const params = defaultAnalysisParameters();
/** The origin's balance: R$ 7,200.00 with 30 installments of 330.00 left; ported on 2026-03-10, first due 2026-04-10 (31 days). */
const withBalance = (overrides: Parameters<typeof portabilityBalanceFacts>[0] = {}) => ({ customerContracts: [], portability: portabilityBalanceFacts(overrides) });
const facts = (termMonths = 30) => proposalFacts(inssPortability({ termMonths }));

describe('INSS portability in (R-LN-7): finance portabilityQuote on the origin balance', () => {
  it('prices the balance at the product rate: no IOF, financed = released = the balance', () => {
    // PMT = R(7200 × 1.0185^(31/30 − 1) × 0.0185 / (1 − 1.0185^−30)) = 315.08 < 330.00; 29 × 315.08 + 315.04 = 9452.36;
    // CET of 7200.00 released on 2026-03-10 (bisection, Python decimal): 1.85% a.m., 24.59% a.a.
    const evaluation = evaluateInss(facts(), params, marginFacts('0.00'), withBalance());
    expect(isApprovable(evaluation)).toBe(true);
    expect(evaluation.terms).toEqual({
      releasedAmount: '7200.00', financedAmount: '7200.00', monthlyRate: '0.0185', termMonths: 30, installmentAmount: '315.08', iof: '0.00', insurance: '0.00',
      totalPayable: '9452.36', cetMonthlyPercent: '1.85', cetAnnualPercent: '24.59', contractDate: '2026-03-10', firstDueDate: '2026-04-10',
    });
    expect(reasonOf(evaluation, 'PORTABILITY.SAVING')).toMatchObject({ passed: true, measured: '315.08', limit: 'abaixo de 330.00' });
    expect(reasonOf(evaluation, 'INSS.MARGIN')).toMatchObject({ passed: true, limit: 'portabilidade: sem margem nova' });
  });

  it('without the margin answer the quote rules already run (no Dataprev call when they fail)', () => {
    const preliminary = evaluateInss(facts(), params, undefined, withBalance());
    expect([hasFailures(preliminary), preliminary.terms]).toEqual([false, undefined]);
    expect(preliminary.reasons.map((r) => r.rule).slice(-3)).toEqual(['PORTABILITY.ORIGIN', 'PORTABILITY.TERM', 'PORTABILITY.SAVING']);
  });

  it.each<[string, number, Parameters<typeof portabilityBalanceFacts>[0], string, object]>([
    ['a term over the installments left', 31, {}, 'PORTABILITY.TERM', { code: 'CREDIT.PORTABILITY_TERM_EXCEEDS_REMAINING', measured: '31 meses', limit: 'até 30 meses (parcelas restantes na origem)' }],
    // 24 months: PMT = R(7200 × 1.0185^(1/30) × 0.0185 / (1 − 1.0185^−24)) = 374.46 ≥ 330.00.
    ['a shorter term that raises the installment', 24, {}, 'PORTABILITY.SAVING', { code: 'CREDIT.PORTABILITY_NO_SAVING', measured: '374.46', limit: 'abaixo de 330.00' }],
    ['an installment equal to the origin', 30, { originInstallment: '315.08' }, 'PORTABILITY.SAVING', { code: 'CREDIT.PORTABILITY_NO_SAVING', measured: '315.08', limit: 'abaixo de 315.08' }],
  ])('rejects %s with measured and limit', (_name, termMonths, balance, rule, expected) => {
    const preliminary = evaluateInss(facts(termMonths), params, undefined, withBalance(balance));
    expect(failedRules(preliminary)).toEqual([rule]);
    expect(reasonOf(preliminary, rule)).toMatchObject({ passed: false, ...expected });
  });

  it('explains no saving in pt-BR', () => {
    expect(reasonOf(evaluateInss(facts(24), params, undefined, withBalance()), 'PORTABILITY.SAVING').message).toBe(
      'A parcela de R$ 374,46 não é menor que a do contrato de origem, R$ 330,00: a portabilidade não traz economia.',
    );
  });

  it('the 90-day rule on Dataprev start date refuses a portability even at the paying bank; age still applies', () => {
    const dataprev = marginFacts('0.00', { benefit: { number: '1234567890', startDate: IsoDate.of('2026-03-10').plusDays(-89) } });
    const young = evaluateInss(proposalFacts(inssPortability({ benefitPaidByOwnBank: true })), params, dataprev, withBalance());
    expect(reasonOf(young, 'INSS.NEW_BENEFIT_90_DAYS')).toMatchObject({ passed: false, code: 'CREDIT.NEW_BENEFIT_PORTABILITY' });
    const old = evaluateInss(proposalFacts(inssPortability({ birthDate: '1948-03-10' })), params, marginFacts('0.00'), withBalance());
    expect(failedRules(old)).toEqual(['INSS.AGE']);
  });
});
