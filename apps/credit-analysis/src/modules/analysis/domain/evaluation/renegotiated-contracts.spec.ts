import { projectContract } from '../../../contract-projection/domain/project-contract';
import { deduction } from '../../../contract-projection/testing/position.fixtures';
import { proposalFacts } from '../proposal-facts';
import { servantPayload } from '../../testing/proposal.fixtures';
import { servantDeductions } from './operation-inputs';

const LATE = 'a1b2c3d4-0000-4000-8000-00000000000a';
const RENEGOTIATED = 'a1b2c3d4-0000-4000-8000-00000000000b';

/**
 * R-LN-8: a late servant contract renegotiated — loan reports the old one SETTLED and the new one,
 * operation type RENEGOTIATION, ACTIVE. The servant margin counts the new installment as the
 * customer's deduction, the old one's no longer.
 */
describe('servant deductions after a renegotiation', () => {
  const facts = proposalFacts(servantPayload());
  const deducted = (...contracts: ReturnType<typeof deduction>[]) => servantDeductions(facts, { customerContracts: contracts.map(projectContract) }).toString();

  it('counts the RENEGOTIATION contract like any active servant contract, not the settled late one', () => {
    const customerId = facts.customerId;
    expect(deducted(deduction(LATE, '900.00', { customerId }))).toBe('900.00');
    expect(deducted(deduction(LATE, '900.00', { customerId, status: 'SETTLED' }), deduction(RENEGOTIATED, '180.40', { customerId, operationType: 'RENEGOTIATION', paid: 0 }))).toBe('180.40');
  });

  it('reads the RENEGOTIATION contract into the projection with its operation type', () => {
    const projected = projectContract(deduction(RENEGOTIATED, '180.40', { operationType: 'RENEGOTIATION', paid: 0, revision: 1 }));
    expect([projected.operationType, projected.status, projected.installment.toString()]).toEqual(['RENEGOTIATION', 'ACTIVE', '180.40']);
  });
});
