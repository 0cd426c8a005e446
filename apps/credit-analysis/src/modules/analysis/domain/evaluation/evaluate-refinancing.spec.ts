import type { ContractPositionChangedPayload } from '@consignado/contracts';
import { projectContract } from '../../../contract-projection/domain/project-contract';
import { oldContract, OLD_CONTRACT_ID } from '../../../contract-projection/testing/position.fixtures';
import { defaultAnalysisParameters } from '../parameters/analysis-parameters';
import { proposalFacts } from '../proposal-facts';
import { inssPayload, marginFacts, reasonOf } from '../../testing/proposal.fixtures';
import { evaluateInss } from './evaluate-inss';
import { isApprovable } from './evaluation';

const params = defaultAnalysisParameters();
/** INSS refinancing on t = 2026-01-20: troco 500.00, 6 months at 1.85%, first due 2026-02-19 (30 days). */
const proposal = (overrides: Parameters<typeof inssPayload>[0] = {}) =>
  proposalFacts(inssPayload({ operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT_ID, requestedAmount: '500.00', termMonths: 6, contractDate: '2026-01-20', firstDueDate: '2026-02-19', ...overrides }));
const inputs = (old?: ContractPositionChangedPayload) => ({ refinanced: old && projectContract(old), customerContracts: [] });
const decide = (old = oldContract(), available = '0.00', overrides: Parameters<typeof inssPayload>[0] = {}) => evaluateInss(proposal(overrides), params, marginFacts(available), inputs(old));

describe('INSS refinancing (R-LN-6): the old contract from the projection, priced with finance refinance', () => {
  it('pays off the old contract with 2 of 5 paid and releases the troco; IOF on the troco only', () => {
    // Old (fixture): B_2 = 610.95 after #2 (2026-01-10); P_t = 610.95 + R(610.95 × (1.0185^(10/30) − 1)) = 610.95 + 3.74 = 614.69.
    // IOF DECREE on 500 over 6 months from t: f = 0.0038 + 0.000082 × Σ a_j·D_j; F' = R(500 / (1 − f)) = 506.32 → IOF 6.32.
    // F = 614.69 + 500.00 + 6.32 = 1121.01; PMT = R(1121.01 × 0.0185 / (1 − 1.0185^−6)) = 199.12 (5 × 199.12 + 199.11 = 1194.71).
    // CET of 1114.69 released on t against that schedule (bisection, Python decimal): 2.06% a.m., 27.71% a.a.
    const evaluation = decide();
    expect(isApprovable(evaluation)).toBe(true);
    expect(evaluation.terms).toEqual({
      releasedAmount: '1114.69', financedAmount: '1121.01', monthlyRate: '0.0185', termMonths: 6, installmentAmount: '199.12', iof: '6.32', insurance: '0.00',
      totalPayable: '1194.71', cetMonthlyPercent: '2.06', cetAnnualPercent: '27.71', contractDate: '2026-01-20', firstDueDate: '2026-02-19',
    });
    expect(evaluation.refinancing).toEqual({ contractId: OLD_CONTRACT_ID, payoffDate: '2026-01-20', payoff: '614.69', troco: '500.00' });
    expect(evaluation.reasons.map((r) => r.rule)).toEqual([
      'INSS.LINK_TYPE', 'INSS.BENEFIT', 'INSS.TERM', 'INSS.RATE_CAP', 'INSS.AGE', 'INSS.GRACE', 'INSS.INSURANCE', 'INSS.NEW_BENEFIT_90_DAYS',
      'REFINANCING.CONTRACT_FOUND', 'REFINANCING.SAME_CUSTOMER', 'REFINANCING.CONTRACT_ACTIVE', 'REFINANCING.CONTRACT_NOT_BLOCKED', 'REFINANCING.NO_OVERDUE', 'REFINANCING.MIN_PAID',
      'INSS.RESTRICTIONS', 'INSS.MARGIN',
    ]);
    expect(evaluation.parameterVersions).toContain('CA-REFINANCING-SEED-002');
  });

  it('without troco: no IOF, F = P_t = 614.69, PMT = R(614.69 × 0.0185 / (1 − 1.0185^−6)) = 109.18', () => {
    const evaluation = decide(oldContract(), '0.00', { requestedAmount: '0.00' });
    expect(evaluation.terms).toMatchObject({ releasedAmount: '614.69', financedAmount: '614.69', iof: '0.00', installmentAmount: '109.18', totalPayable: '655.09' });
    expect(evaluation.refinancing).toMatchObject({ payoff: '614.69', troco: '0.00' });
  });

  it.each<[string, OldOverrides, string, boolean, string]>([
    // Same benefit: Dataprev's available margin still counts the old 211.24, which the new contract replaces.
    ['the same benefit frees the old installment', {}, '0.00', true, '211.24'],
    ['the same benefit, a smaller current installment', { installmentAmount: '199.11' }, '0.00', false, '199.11'],
    ['another benefit frees nothing', { benefitNumber: '9876543210' }, '199.12', true, '199.12'],
    ['another benefit, one cent short', { benefitNumber: '9876543210' }, '199.11', false, '199.11'],
  ])('margin: %s (old %j, available %s) → passed %s, limit %s', (_name, old, available, passed, limit) => {
    const reason = reasonOf(decide(oldContract(old), available), 'INSS.MARGIN');
    expect(reason).toMatchObject({ passed, measured: '199.12', limit, parameterVersion: 'INSS-MARGIN-35-5-5' });
    if (!passed) expect(reason.code).toBe('CREDIT.MARGIN_EXCEEDED');
  });

  it('a blocked contract (R-LN-8) is neither priced nor checked against the margin; the next position without the block is refinanced', () => {
    const blocked = decide(oldContract({ revision: 4, block: { reason: 'FRAUD_SUSPECTED', since: '2026-01-15T13:00:00.000Z' } }));
    expect([isApprovable(blocked), blocked.terms, blocked.refinancing]).toEqual([false, undefined, undefined]);
    expect(blocked.reasons.filter((r) => !r.passed)).toEqual([
      {
        rule: 'REFINANCING.CONTRACT_NOT_BLOCKED', passed: false, code: 'CREDIT.REFINANCED_CONTRACT_BLOCKED', measured: 'bloqueado desde 2026-01-15T13:00:00.000Z', limit: 'não bloqueado',
        parameterVersion: 'CA-REFINANCING-SEED-002', message: 'Contrato bloqueado: refinanciamento suspenso até o desbloqueio.',
      },
    ]);
    const unblocked = decide(oldContract({ revision: 5 }));
    expect([isApprovable(unblocked), unblocked.refinancing?.payoff]).toEqual([true, '614.69']);
    expect(reasonOf(unblocked, 'REFINANCING.CONTRACT_NOT_BLOCKED')).toMatchObject({ passed: true, measured: 'não bloqueado', message: 'Contrato a refinanciar não bloqueado.' });
  });

  it('explains the freed margin in pt-BR', () => {
    expect(reasonOf(decide(), 'INSS.MARGIN').message).toBe(
      'Parcela de R$ 199,12 dentro de R$ 211,24: margem disponível de R$ 0,00 mais a parcela de R$ 211,24 do contrato refinanciado.',
    );
  });
});

type OldOverrides = Parameters<typeof oldContract>[0];
