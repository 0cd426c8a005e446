import { handWorkedApproval, inssApproval } from '../../../../test/fixtures/approvals';
import { acceptanceOf, bookAccepted, CCB_HASH, CONTRACT_ID, NOW } from '../../../../test/fixtures/contracts';
import { Contract } from './contract';
import { RefinancingRefusedError } from './life-cycle.errors';

const issued = (): Contract => {
  const result = Contract.book(inssApproval(), CONTRACT_ID, NOW);
  if (!result.ok) throw result.error;
  result.value.issue(CCB_HASH, NOW);
  result.value.pullEvents();
  return result.value;
};

describe('acceptance rules (R-LN-9)', () => {
  it('refuses another document hash (CONTRACT.DOCUMENT_MISMATCH), changing nothing', () => {
    const contract = issued();
    const other = 'f'.repeat(64);
    expect(() => contract.accept(acceptanceOf(contract, NOW, other), NOW)).toThrow(expect.objectContaining({ code: 'CONTRACT.DOCUMENT_MISMATCH', details: expect.objectContaining({ field: 'documentHash', issued: CCB_HASH, accepted: other }) }));
    expect(contract.status).toBe('AWAITING_ACCEPTANCE');
    expect(contract.pullEvents()).toEqual([]);
  });

  it('refuses an acceptance naming another proposal or customer', () => {
    const contract = issued();
    expect(() => contract.accept({ ...acceptanceOf(contract), proposalId: 'other' }, NOW)).toThrow(expect.objectContaining({ code: 'CONTRACT.DOCUMENT_MISMATCH' }));
    expect(() => contract.accept({ ...acceptanceOf(contract), customerId: 'other' }, NOW)).toThrow(expect.objectContaining({ code: 'CONTRACT.DOCUMENT_MISMATCH' }));
  });

  it('a repeat of the same acceptance changes nothing; a wrong hash after it is still refused', () => {
    const result = bookAccepted(inssApproval(), CONTRACT_ID, NOW);
    if (!result.ok) throw result.error;
    const contract = result.value;
    contract.pullEvents();
    expect(contract.accept(acceptanceOf(contract), NOW)).toBe('UNCHANGED');
    expect(contract.pullEvents()).toEqual([]);
    expect(() => contract.accept(acceptanceOf(contract, NOW, '0'.repeat(64)), NOW)).toThrow(expect.objectContaining({ code: 'CONTRACT.DOCUMENT_MISMATCH' }));
  });

  it('an acceptance for a cancelled contract changes nothing, whatever its hash', () => {
    const contract = issued();
    contract.requestCancellation({ reason: 'ACCEPTANCE_EXPIRED', requestedAt: NOW }, NOW);
    contract.pullEvents();
    expect(contract.accept(acceptanceOf(contract, NOW, '0'.repeat(64)), NOW)).toBe('CANCELLED');
    expect(contract.pullEvents()).toEqual([]);
    expect(contract.snapshot.formalization?.acceptance).toBeUndefined();
  });

  it('a refused refinancing is cancelled at booking with no CCB', () => {
    const refusal = new RefinancingRefusedError('CONTRACT.REFINANCED_CONTRACT_NOT_FOUND', 'Contrato a refinanciar não encontrado para este cliente.', CONTRACT_ID);
    const result = Contract.book(handWorkedApproval({ operationType: 'REFINANCING', refinancing: { contractId: CONTRACT_ID, payoffDate: '2026-04-10', payoff: '900.00', troco: '100.00' } }), 'a1b2c3d4-0000-4000-8000-000000000001', NOW, refusal);
    if (!result.ok) throw result.error;
    expect(result.value.status).toBe('CANCELLED');
    expect(result.value.snapshot.formalization).toBeUndefined();
    expect(result.value.pullEvents().map((e) => e.type)).toEqual(['ContractCancelled', 'ContractPositionChanged']);
    expect(() => result.value.issue(CCB_HASH, NOW)).toThrow();
  });
});
