import type { ContractPositionChangedPayload } from '@consignado/contracts';
import { projectContract } from '../../../contract-projection/domain/project-contract';
import { deduction, oldContract, OLD_CONTRACT_ID } from '../../../contract-projection/testing/position.fixtures';
import { defaultAnalysisParameters } from '../parameters/analysis-parameters';
import { proposalFacts } from '../proposal-facts';
import { failedRules, portabilityBalanceFacts, reasonOf, servantPayload } from '../../testing/proposal.fixtures';
import { evaluateServant } from './evaluate-servant';
import { isApprovable } from './evaluation';

const params = defaultAnalysisParameters();
const contracts = (...payloads: ContractPositionChangedPayload[]) => payloads.map(projectContract);
const OTHER = 'a1b2c3d4-0000-4000-8000-000000000001';
const SERVANT_OLD = oldContract({ product: 'SERVIDOR_CONSIGNADO' });

describe('servant margin: 35% of the income less the other active servant deductions (from the projection)', () => {
  // The reference NEW servant loan: R$ 10,000 over 60 months at 1.98% → 296.01; 35% of 6000.00 = 2100.00.
  it.each([
    ['1803.99', true, '296.01', 'Parcela de R$ 296,01 dentro da margem consignável de R$ 296,01: 35% da renda líquida (R$ 2.100,00) menos descontos consignados ativos de R$ 1.803,99.'],
    ['1804.00', false, '296.00', 'Parcela de R$ 296,01 excede a margem consignável de R$ 296,00: 35% da renda líquida (R$ 2.100,00) menos descontos consignados ativos de R$ 1.804,00.'],
  ])('another active servant contract of %s → passed %s, limit %s', (installment, passed, limit, message) => {
    const customerContracts = contracts(
      deduction(OTHER, installment),
      deduction('a1b2c3d4-0000-4000-8000-000000000002', '500.00', { status: 'SETTLED' }),
      oldContract({ contractId: 'a1b2c3d4-0000-4000-8000-000000000003', installmentAmount: '900.00' }), // INSS: deducted from the benefit
    );
    const reason = reasonOf(evaluateServant(proposalFacts(servantPayload()), params, { customerContracts }), 'SERVIDOR.MARGIN');
    expect(reason).toMatchObject({ passed, measured: '296.01', limit, message });
  });

  it('never below zero', () => {
    const reason = reasonOf(evaluateServant(proposalFacts(servantPayload()), params, { customerContracts: contracts(deduction(OTHER, '2500.00')) }), 'SERVIDOR.MARGIN');
    expect([reason.passed, reason.limit]).toEqual([false, '0.00']);
  });
});

describe('servant refinancing (R-LN-6)', () => {
  const refinancing = servantPayload({ operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT_ID, requestedAmount: '500.00', termMonths: 24, contractDate: '2026-01-20', firstDueDate: '2026-02-19' });
  const evaluate = (others: ContractPositionChangedPayload[] = []) =>
    evaluateServant(proposalFacts(refinancing), params, { refinanced: projectContract(SERVANT_OLD), customerContracts: contracts(SERVANT_OLD, ...others) });

  it('prices at the formula rate for 24 months, frees the old installment and checks the minimum on payoff + troco', () => {
    // P_t = 614.69 (as the INSS case); IOF on 500 over 24 months at 1.8%: F' = 514.28 → 14.28; F = 1128.97;
    // PMT = R(1128.97 × 0.018 / (1 − 1.018^−24)) = 58.35 (23 × 58.35 + 58.24 = 1400.29); CET 1.92% a.m., 25.66% a.a.
    const evaluation = evaluate();
    expect(isApprovable(evaluation)).toBe(true);
    expect(evaluation.terms).toMatchObject({ releasedAmount: '1114.69', financedAmount: '1128.97', monthlyRate: '0.018', installmentAmount: '58.35', iof: '14.28', totalPayable: '1400.29', cetMonthlyPercent: '1.92', cetAnnualPercent: '25.66' });
    expect(evaluation.refinancing).toEqual({ contractId: OLD_CONTRACT_ID, payoffDate: '2026-01-20', payoff: '614.69', troco: '500.00' });
    expect(reasonOf(evaluation, 'SERVIDOR.AMOUNT')).toMatchObject({ passed: true, measured: '1114.69' });
    // The old contract (211.24) is not a deduction any more: the whole 2100.00 is free.
    expect(reasonOf(evaluation, 'SERVIDOR.MARGIN')).toMatchObject({ passed: true, measured: '58.35', limit: '2100.00' });
  });

  it.each([
    ['2041.65', true, '58.35'],
    ['2041.66', false, '58.34'],
  ])('with another active deduction of %s → passed %s (limit %s)', (installment, passed, limit) => {
    expect(reasonOf(evaluate([deduction(OTHER, installment)]), 'SERVIDOR.MARGIN')).toMatchObject({ passed, limit });
  });

  it('refuses credit-life insurance on a refinancing', () => {
    const evaluation = evaluateServant(proposalFacts({ ...refinancing, withInsurance: true }), params, { refinanced: projectContract(SERVANT_OLD), customerContracts: [] });
    expect(failedRules(evaluation)).toEqual(['SERVIDOR.INSURANCE']);
  });
});

describe('servant portability (R-LN-7)', () => {
  const portability = servantPayload({ operationType: 'PORTABILITY', requestedAmount: '0.00', termMonths: 30, portability: { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' } });

  it('waits for the balance: only the proposal rules run', () => {
    const evaluation = evaluateServant(proposalFacts(portability), params, { customerContracts: [] });
    expect([evaluation.terms, failedRules(evaluation)]).toEqual([undefined, []]);
    expect(evaluation.reasons.map((r) => r.rule)).toContain('PORTABILITY.ORIGIN');
  });

  it('prices the balance at the formula rate for the term, no new margin', () => {
    // 0.018 + 0.00005 × (30 − 24) = 0.0183; PMT = R(7200 × 1.0183^(31/30 − 1) × 0.0183 / (1 − 1.0183^−30)) = 314.20 < 330.00.
    const evaluation = evaluateServant(proposalFacts(portability), params, { customerContracts: contracts(deduction(OTHER, '2100.00')), portability: portabilityBalanceFacts() });
    expect(isApprovable(evaluation)).toBe(true);
    expect(evaluation.terms).toMatchObject({ releasedAmount: '7200.00', financedAmount: '7200.00', monthlyRate: '0.0183', installmentAmount: '314.20', iof: '0.00', totalPayable: '9426.13' });
    expect(reasonOf(evaluation, 'SERVIDOR.MARGIN')).toMatchObject({ passed: true, limit: 'portabilidade: sem margem nova' });
  });
});
