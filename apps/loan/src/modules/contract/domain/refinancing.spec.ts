import { examplePayload } from '@consignado/contracts';
import { inssApproval, refinancingApproval } from '../../../../test/fixtures/approvals';
import { booked, expectValid, only, bookAccepted } from '../../../../test/fixtures/contracts';
import { Contract } from './contract';
import { refinancingRefusal } from './refinancing';

const OLD_ID = '22222222-3333-4444-8555-666666666666';
const NEW_ID = '33333333-4444-4555-8666-777777777777';
const at = new Date('2026-04-10T13:00:00.000Z');
const old = () => booked(undefined, OLD_ID);

describe('refinancing (R-LN-6): loan checks the contract it replaces', () => {
  it.each<[string, () => [Contract | undefined, Contract | undefined, string], string | undefined]>([
    ['the customer\'s ACTIVE contract', () => [old(), undefined, ''], undefined],
    ['one whose earlier replacement was cancelled', () => {
      const replacing = booked(inssApproval(), NEW_ID);
      replacing.requestCancellation({ reason: 'CUSTOMER_REQUEST', requestedAt: at }, at);
      return [old(), replacing, ''];
    }, undefined],
    ['a contract that does not exist', () => [undefined, undefined, ''], 'CONTRACT.REFINANCED_CONTRACT_NOT_FOUND'],
    ['another customer\'s contract', () => [old(), undefined, '00000000-0000-4000-8000-000000000000'], 'CONTRACT.REFINANCED_CONTRACT_NOT_FOUND'],
    ['a contract not in force', () => [booked(inssApproval(), OLD_ID), undefined, ''], 'CONTRACT.REFINANCED_CONTRACT_NOT_ACTIVE'],
    ['a contract another refinancing is replacing', () => [old(), booked(inssApproval(), NEW_ID), ''], 'CONTRACT.REFINANCING_IN_PROGRESS'],
  ])('%s → %s', (_label, setup, code) => {
    const [contract, replacing, customer] = setup();
    const approval = refinancingApproval({ id: OLD_ID, customerId: customer || (contract?.snapshot.customerId ?? OLD_ID) });
    expect(refinancingRefusal(approval, contract?.snapshot, replacing?.snapshot)?.code).toBe(code);
  });

  it('books an accepted refinancing as any contract; INSS asks Dataprev to swap the deduction, activation carries the terms', () => {
    const approval = inssApproval({
      operationType: 'REFINANCING', refinancedContractId: OLD_ID, releasedAmount: '10000.00',
      refinancing: { contractId: OLD_ID, payoffDate: '2026-03-10', payoff: '9000.00', troco: '1000.00' },
    });
    const result = bookAccepted(approval, NEW_ID, at);
    if (!result.ok) throw result.error;
    const contract = result.value;
    const events = contract.pullEvents();
    expect(only(events, 'AverbationRequested')).toMatchObject({ operationType: 'REFINANCING', refinancedContractId: OLD_ID });
    const registration = { ...examplePayload('AverbationCompleted'), proposalId: approval.proposalId, installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10' };
    contract.completeAverbation(registration, at);
    const activated = contract.pullEvents();
    expect(only(activated, 'ContractActivated')).toMatchObject({ refinancedContractId: OLD_ID, refinancing: approval.refinancing });
    expectValid([...events, ...activated]);
  });

  it('books a refused refinancing CANCELLED at once (REFINANCING_REFUSED), nothing requested at Dataprev', () => {
    const approval = refinancingApproval({ id: OLD_ID, customerId: '00000000-0000-4000-8000-000000000000' });
    const refusal = refinancingRefusal(approval, old().snapshot, undefined);
    const result = bookAccepted(approval, NEW_ID, at, refusal);
    if (!result.ok) throw result.error;
    const contract = result.value;
    expect([contract.status, contract.snapshot.cancellationReason, contract.snapshot.cancellationMessage]).toEqual([
      'CANCELLED', 'REFINANCING_REFUSED', 'Contrato a refinanciar não encontrado para este cliente.',
    ]);
    expect(contract.snapshot.installments.every((i) => i.status === 'CANCELLED')).toBe(true);
    const events = contract.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['ContractCancelled', 'ContractPositionChanged']);
    expect(only(events, 'ContractCancelled')).toEqual({
      contractId: NEW_ID, proposalId: approval.proposalId, customerId: approval.customerId, reason: 'REFINANCING_REFUSED', averbationRegistered: false, cancelledAt: at.toISOString(),
    });
    expectValid(events);
  });

  it.each<[string, Partial<ReturnType<typeof refinancingApproval>>, string]>([
    ['without its terms', { refinancing: undefined }, 'refinancing'],
    ['released other than payoff + troco', { releasedAmount: '999.99' }, 'releasedAmount'],
    ['naming two different contracts', { refinancedContractId: NEW_ID }, 'refinancedContractId'],
  ])('refuses a refinancing approval %s (CONTRACT.INVALID_TERMS)', (_label, overrides, field) => {
    const result = bookAccepted(refinancingApproval({ id: OLD_ID, customerId: OLD_ID }, overrides), NEW_ID, at);
    expect(result.ok ? 'ok' : [result.error.code, result.error.details]).toEqual(['CONTRACT.INVALID_TERMS', { field }]);
  });

  it('records on the old contract the one booked to replace it', () => {
    const contract = old();
    contract.markReplacedBy(NEW_ID);
    expect([contract.snapshot.replacedByContractId, contract.pullEvents()]).toEqual([NEW_ID, []]);
  });
});
