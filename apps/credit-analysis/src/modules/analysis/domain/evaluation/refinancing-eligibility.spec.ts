import type { ContractPositionChangedPayload } from '@consignado/contracts';
import { projectContract } from '../../../contract-projection/domain/project-contract';
import { oldContract, OLD_CONTRACT_ID } from '../../../contract-projection/testing/position.fixtures';
import { defaultAnalysisParameters } from '../parameters/analysis-parameters';
import { proposalFacts } from '../proposal-facts';
import { failedRules, inssPayload, marginFacts, reasonOf } from '../../testing/proposal.fixtures';
import { evaluateInss } from './evaluate-inss';
import { hasFailures, isApprovable } from './evaluation';

const params = defaultAnalysisParameters();
const on = (contractDate: string, firstDueDate: string) =>
  proposalFacts(inssPayload({ operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT_ID, requestedAmount: '0.00', termMonths: 6, contractDate, firstDueDate }));
const withOld = (old?: ContractPositionChangedPayload) => ({ refinanced: old && projectContract(old), customerContracts: [] });
const T = ['2026-01-20', '2026-02-19'] as const;

describe('refinancing eligibility on the projected old contract (R-LN-6), before and after the margin', () => {
  it.each<[string, ContractPositionChangedPayload | undefined, readonly [string, string], string, string, string]>([
    ['not known to the projection', undefined, T, 'REFINANCING.CONTRACT_FOUND', 'CREDIT.REFINANCED_CONTRACT_NOT_FOUND', 'não encontrado'],
    ["another customer's", oldContract({ customerId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a' }), T, 'REFINANCING.SAME_CUSTOMER', 'CREDIT.REFINANCED_CONTRACT_NOT_FOUND', 'outro cliente'],
    ['settled', oldContract({ status: 'SETTLED' }), T, 'REFINANCING.CONTRACT_ACTIVE', 'CREDIT.REFINANCED_CONTRACT_NOT_ACTIVE', 'SETTLED'],
    // R-LN-8, whatever the reason; the reason itself is not told (it travels to the proposal's channel).
    ...(['JUDICIAL_ORDER', 'FRAUD_SUSPECTED', 'DEATH'] as const).map((reason): [string, ContractPositionChangedPayload, readonly [string, string], string, string, string] => [
      `blocked (${reason})`, oldContract({ block: { reason, since: '2026-01-12T10:00:00.000Z' } }), T, 'REFINANCING.CONTRACT_NOT_BLOCKED', 'CREDIT.REFINANCED_CONTRACT_BLOCKED', 'bloqueado desde 2026-01-12T10:00:00.000Z',
    ]),
    // #2 (due 2026-01-10) unpaid on 2026-01-20.
    ['overdue', oldContract({ paid: 1 }), T, 'REFINANCING.NO_OVERDUE', 'CREDIT.REFINANCED_CONTRACT_OVERDUE', '1 parcela(s) vencida(s) em 2026-01-20'],
    // 5k ≥ n: 5 × 0 < 5 (nothing paid on 2025-12-05, before #1 is due).
    ['too early', oldContract({ paid: 0 }), ['2025-12-05', '2026-01-05'], 'REFINANCING.MIN_PAID', 'CREDIT.REFINANCE_TOO_EARLY', '0 de 5 parcelas pagas'],
    // It came from a refinancing contracted 2025-10-23: 89 days before t.
    ['refinanced again too soon', oldContract({ operationType: 'REFINANCING', contractDate: '2025-10-23' }), T, 'REFINANCING.INTERVAL', 'CREDIT.REFINANCING_TOO_SOON', '89 dias desde o refinanciamento anterior'],
  ])('rejects a contract %s, before asking Dataprev', (_name, old, [contractDate, firstDue], rule, code, measured) => {
    const preliminary = evaluateInss(on(contractDate, firstDue), params, undefined, withOld(old));
    expect(failedRules(preliminary)).toEqual([rule]);
    expect(reasonOf(preliminary, rule)).toMatchObject({ code, measured, passed: false, parameterVersion: 'CA-REFINANCING-SEED-002' });
    const decided = evaluateInss(on(contractDate, firstDue), params, marginFacts('9999.00'), withOld(old));
    expect([failedRules(decided), decided.terms, decided.refinancing]).toEqual([[rule], undefined, undefined]);
  });

  it('a blocked contract: refused in pt-BR without the block\'s reason; the next position, without the block, is eligible again', () => {
    const blocked = evaluateInss(on(...T), params, marginFacts('9999.00'), withOld(oldContract({ revision: 4, block: { reason: 'DEATH', since: '2026-01-12T10:00:00.000Z' } })));
    expect([failedRules(blocked), isApprovable(blocked)]).toEqual([['REFINANCING.CONTRACT_NOT_BLOCKED'], false]);
    expect(reasonOf(blocked, 'REFINANCING.CONTRACT_NOT_BLOCKED').message).toBe('Contrato bloqueado: refinanciamento suspenso até o desbloqueio.');
    expect(JSON.stringify(blocked.reasons)).not.toMatch(/DEATH|óbito/);
    const unblocked = evaluateInss(on(...T), params, marginFacts('9999.00'), withOld(oldContract({ revision: 5 })));
    expect([failedRules(unblocked), isApprovable(unblocked)]).toEqual([[], true]);
    expect(reasonOf(unblocked, 'REFINANCING.CONTRACT_NOT_BLOCKED')).toMatchObject({ passed: true, measured: 'não bloqueado' });
  });

  it('tells neither the status nor the rows of another customer\'s contract', () => {
    const evaluation = evaluateInss(on(...T), params, undefined, withOld(oldContract({ customerId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a', status: 'SETTLED' })));
    expect(evaluation.reasons.filter((r) => r.rule.startsWith('REFINANCING.')).map((r) => r.rule)).toEqual(['REFINANCING.CONTRACT_FOUND', 'REFINANCING.SAME_CUSTOMER']);
    expect(reasonOf(evaluation, 'REFINANCING.SAME_CUSTOMER').message).toBe('Contrato a refinanciar não encontrado para este cliente.');
  });

  it.each([
    // Boundaries: 5 × 1 ≥ 5 (one of five paid, on 2025-12-20); 90 days since 2025-10-22.
    ['one of five paid', oldContract({ paid: 1 }), ['2025-12-20', '2026-01-20'] as const, 'REFINANCING.MIN_PAID', '1 de 5 parcelas pagas'],
    ['90 days after a refinancing', oldContract({ operationType: 'REFINANCING', contractDate: '2025-10-22' }), T, 'REFINANCING.INTERVAL', '90 dias desde o refinanciamento anterior'],
  ])('accepts %s', (_name, old, [contractDate, firstDue], rule, measured) => {
    const preliminary = evaluateInss(on(contractDate, firstDue), params, undefined, withOld(old));
    expect(hasFailures(preliminary)).toBe(false);
    expect(reasonOf(preliminary, rule)).toMatchObject({ passed: true, measured });
    expect(isApprovable(evaluateInss(on(contractDate, firstDue), params, marginFacts('9999.00'), withOld(old)))).toBe(true);
  });

  it('refuses a REFINANCING that names no contract', () => {
    const facts = proposalFacts(inssPayload({ operationType: 'REFINANCING', requestedAmount: '0.00', contractDate: T[0], firstDueDate: T[1] }));
    expect(reasonOf(evaluateInss(facts, params, undefined, withOld()), 'REFINANCING.CONTRACT_FOUND')).toMatchObject({ passed: false, measured: 'não informado' });
  });

  it('a customer who paid ahead may refinance before those installments fall due: the payoff deducts them', () => {
    // #2 (due 2026-01-10) is paid; on 2026-01-05 finance values it as paid ahead (its present value off the payoff).
    const evaluation = evaluateInss(on('2026-01-05', '2026-02-05'), params, marginFacts('9999.00'), withOld(oldContract({ paid: 2 })));
    expect([failedRules(evaluation), isApprovable(evaluation)]).toEqual([[], true]);
    expect(evaluation.refinancing).toMatchObject({ contractId: OLD_CONTRACT_ID, payoffDate: '2026-01-05' });
  });
});
