import { handWorkedApproval, inssApproval, portabilityApproval, refinancingApproval } from '../../../../test/fixtures/approvals';
import { acceptanceOf, bookAccepted, CCB_HASH, CONTRACT_ID, expectValid, NOW, only } from '../../../../test/fixtures/contracts';
import { Contract, type CreditApproval } from './contract';
import { refinancingRefusal } from './refinancing';

const later = new Date('2026-04-11T09:00:00.000Z');

/** Booked and its CCB issued: AWAITING_ACCEPTANCE, ContractIssued raised. */
function issued(approval: CreditApproval = inssApproval()): Contract {
  const result = Contract.book(approval, CONTRACT_ID, NOW);
  if (!result.ok) throw result.error;
  result.value.issue(CCB_HASH, NOW);
  return result.value;
}

describe('formalization (R-LN-9): the contract waits for the acceptance of its CCB', () => {
  it('books AWAITING_ACCEPTANCE and raises only ContractIssued with the hash (no opening event, no position)', () => {
    const approval = inssApproval();
    const contract = issued(approval);
    expect(contract.status).toBe('AWAITING_ACCEPTANCE');
    expect(contract.snapshot.activatedAt).toBeUndefined();
    expect(contract.snapshot.pendingAverbationCpf).toBe(approval.cpf);
    const events = contract.pullEvents();
    expectValid(events);
    expect(events.map((e) => e.type)).toEqual(['ContractIssued']);
    expect(only(events, 'ContractIssued')).toEqual({
      contractId: CONTRACT_ID, proposalId: approval.proposalId, customerId: approval.customerId, product: 'INSS_CONSIGNADO', operationType: 'NEW',
      channel: approval.channel, documentHash: CCB_HASH, issuedAt: NOW.toISOString(),
    });
  });

  it('keeps no CPF for a product without averbação', () => {
    expect(issued(handWorkedApproval()).snapshot.pendingAverbationCpf).toBeUndefined();
  });

  it('accepted INSS: PENDING_AVERBATION, AverbationRequested with the CPF (then erased), the acceptance kept, revision 1', () => {
    const approval = inssApproval();
    const contract = issued(approval);
    contract.pullEvents();
    expect(contract.accept(acceptanceOf(contract, later), later)).toBe('ACCEPTED');
    const events = contract.pullEvents();
    expectValid(events);
    expect(events.map((e) => e.type)).toEqual(['AverbationRequested', 'ContractPositionChanged']);
    expect(only(events, 'AverbationRequested')).toMatchObject({ cpf: approval.cpf, benefitNumber: '1234567890' });
    expect(contract.snapshot).toMatchObject({ status: 'PENDING_AVERBATION', revision: 1, pendingAverbationCpf: undefined });
    expect(contract.snapshot.formalization).toEqual({
      documentHash: CCB_HASH, issuedAt: NOW, acceptance: { documentHash: CCB_HASH, acceptedAt: later, channel: approval.channel, acceptedBy: 'customer-subject' },
    });
  });

  it('accepted personal loan: ACTIVE on acceptance, ContractActivated', () => {
    const contract = issued(handWorkedApproval());
    contract.accept(acceptanceOf(contract, later), later);
    expect(contract.pullEvents().map((e) => e.type)).toEqual(['ContractIssued', 'ContractActivated', 'ContractPositionChanged']);
    expect(contract.snapshot).toMatchObject({ status: 'ACTIVE', activatedAt: later });
  });

  it('accepted INSS portability: PENDING_PORTABILITY, the transfer requested, the CPF kept for the averbação', () => {
    const approval = portabilityApproval();
    const contract = issued(approval);
    contract.accept(acceptanceOf(contract, later), later);
    expect(contract.pullEvents().map((e) => e.type)).toEqual(['ContractIssued', 'PortabilityTransferRequested', 'ContractPositionChanged']);
    expect(contract.snapshot).toMatchObject({ status: 'PENDING_PORTABILITY', pendingAverbationCpf: approval.cpf });
  });

  it('an expired acceptance cancels: ContractCancelled ACCEPTANCE_EXPIRED, nothing registered, nothing to return, the CPF erased', () => {
    const contract = issued();
    contract.pullEvents();
    expect(contract.requestCancellation({ reason: 'ACCEPTANCE_EXPIRED', requestedAt: later }, later)).toMatchObject({ outcome: 'CANCEL', reason: 'ACCEPTANCE_EXPIRED' });
    const events = contract.pullEvents();
    expectValid(events);
    expect(only(events, 'ContractCancelled')).toEqual({
      contractId: CONTRACT_ID, proposalId: contract.snapshot.proposalId, customerId: contract.snapshot.customerId, reason: 'ACCEPTANCE_EXPIRED',
      averbationRegistered: false, cancelledAt: later.toISOString(),
    });
    expect(contract.snapshot).toMatchObject({ status: 'CANCELLED', cancellationReason: 'ACCEPTANCE_EXPIRED', pendingAverbationCpf: undefined });
  });

  it('a refinancing whose old contract was settled while its CCB waited is refused at the acceptance: CANCELLED REFINANCING_REFUSED, nothing opened', () => {
    const booked = bookAccepted(handWorkedApproval(), 'c0000000-0000-4000-8000-00000000000a', NOW);
    if (!booked.ok) throw booked.error;
    const old = booked.value;
    const contract = issued(refinancingApproval({ id: old.id, customerId: old.snapshot.customerId }));
    contract.pullEvents();
    const settled = { ...old.snapshot, status: 'SETTLED' as const };
    const refusal = refinancingRefusal(contract.snapshot, settled, undefined);
    expect(refusal?.code).toBe('CONTRACT.REFINANCED_CONTRACT_NOT_ACTIVE');
    expect(contract.accept(acceptanceOf(contract, later), later, refusal)).toBe('REFINANCING_REFUSED');
    const events = contract.pullEvents();
    expectValid(events);
    expect(events.map((e) => e.type)).toEqual(['ContractCancelled', 'ContractPositionChanged']);
    expect(only(events, 'ContractCancelled')).toMatchObject({ reason: 'REFINANCING_REFUSED', averbationRegistered: false });
    expect(contract.snapshot).toMatchObject({ status: 'CANCELLED', cancellationMessage: refusal?.message });
    expect(refinancingRefusal(contract.snapshot, old.snapshot, undefined)).toBeUndefined(); // still ACTIVE: accepted
  });
});
