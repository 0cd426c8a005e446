import { examplePayload } from '@consignado/contracts';
import { handWorkedApproval, PORTABILITY_NUMBER, portabilityApproval, portabilityTerms } from '../../../../test/fixtures/approvals';
import { CONTRACT_ID, expectValid, only, bookAccepted } from '../../../../test/fixtures/contracts';
import { Contract } from './contract';

const bookedAt = new Date('2026-03-10T13:00:00.000Z');
const later = new Date('2026-03-12T10:00:00.000Z');
const personal = () => handWorkedApproval({ operationType: 'PORTABILITY', portability: portabilityTerms({ balance: '1000.00' }) });

function book(approval = portabilityApproval()): Contract {
  const result = bookAccepted(approval, CONTRACT_ID, bookedAt);
  if (!result.ok) throw result.error;
  return result.value;
}
const completed = (overrides = {}) => ({
  ...examplePayload('PortabilityTransferCompleted'), contractId: CONTRACT_ID, portabilityNumber: PORTABILITY_NUMBER, amount: '10342.09', ...overrides,
});
const failed = (overrides = {}) => ({
  ...examplePayload('PortabilityTransferFailed'), contractId: CONTRACT_ID, portabilityNumber: PORTABILITY_NUMBER, message: 'Prazo de transferência encerrado.', ...overrides,
});

describe('portability in (R-LN-7, R-LN-11)', () => {
  it('books PENDING_PORTABILITY and asks the connector to transfer the origin\'s balance', () => {
    const approval = portabilityApproval();
    const contract = book(approval);
    expect([contract.status, String(contract.snapshot.terms.financedAmount), contract.snapshot.pendingAverbationCpf]).toEqual(['PENDING_PORTABILITY', '10342.09', approval.cpf]);
    const events = contract.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['PortabilityTransferRequested', 'ContractPositionChanged']);
    expect(only(events, 'PortabilityTransferRequested')).toEqual({
      contractId: CONTRACT_ID, proposalId: approval.proposalId, customerId: approval.customerId, portabilityNumber: PORTABILITY_NUMBER,
      originInstitutionIspb: '60746948', amount: '10342.09', requestedAt: bookedAt.toISOString(),
    });
    expect(only(events, 'ContractPositionChanged')).toMatchObject({ status: 'PENDING_PORTABILITY', revision: 1 });
    expectValid(events);
    expect(contract.updatedBalance(contract.snapshot.terms.contractDate)).toEqual({ ok: true, value: null });
  });

  it('INSS: once transferred, requests the averbação as PORTABILITY with the origin, and forgets the CPF', () => {
    const approval = portabilityApproval();
    const contract = book(approval);
    contract.pullEvents();
    expect(contract.completePortabilityTransfer(completed(), later)).toBe('AVERBATION_REQUESTED');
    expect([contract.status, contract.snapshot.pendingAverbationCpf]).toEqual(['PENDING_AVERBATION', undefined]);
    const events = contract.pullEvents();
    expect(only(events, 'AverbationRequested')).toMatchObject({
      operationType: 'PORTABILITY', cpf: approval.cpf, benefitNumber: '1234567890', installmentAmount: '231.24',
      portability: { originInstitutionIspb: '60746948', originContractNumber: 'ORIG-2024-000777' },
    });
    expectValid(events);
    expect(contract.completePortabilityTransfer(completed(), later)).toBe('UNCHANGED');
    expect(contract.pullEvents()).toEqual([]);
    const registration = { ...examplePayload('AverbationCompleted'), proposalId: approval.proposalId, installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10' };
    expect(contract.completeAverbation(registration, later)).toBe('ACTIVATED');
  });

  it('other products come into force when the transfer completes', () => {
    const contract = book(personal());
    contract.pullEvents();
    expect(contract.completePortabilityTransfer(completed({ amount: '1000.00' }), later)).toBe('ACTIVATED');
    expect([contract.status, contract.snapshot.activatedAt]).toEqual(['ACTIVE', later]);
    expect(contract.pullEvents().map((e) => e.type)).toEqual(['ContractActivated', 'ContractPositionChanged']);
  });

  it('cancels on a failed transfer (PORTABILITY_FAILED), keeping the reason', () => {
    const contract = book();
    contract.pullEvents();
    expect(contract.failPortabilityTransfer(failed(), later)).toBe('CANCELLED');
    expect([contract.status, contract.snapshot.cancellationMessage, contract.snapshot.pendingAverbationCpf]).toEqual(['CANCELLED', 'Prazo de transferência encerrado.', undefined]);
    expect(only(contract.pullEvents(), 'ContractCancelled')).toMatchObject({ reason: 'PORTABILITY_FAILED', averbationRegistered: false });
    expect(contract.failPortabilityTransfer(failed(), later)).toBe('UNCHANGED');
  });

  it('cancels on the customer\'s request while the transfer is pending', () => {
    const contract = book();
    contract.pullEvents();
    expect(contract.requestCancellation({ reason: 'CUSTOMER_REQUEST', requestedAt: later }, later)).toMatchObject({ outcome: 'CANCEL', reason: 'CUSTOMER_REQUEST' });
    expect([contract.status, contract.snapshot.pendingAverbationCpf]).toEqual(['CANCELLED', undefined]);
  });

  it.each<[string, (c: Contract) => void, string]>([
    ['another portability number', (c) => c.completePortabilityTransfer(completed({ portabilityNumber: '202603090000000000099' }), later), 'CONTRACT.PORTABILITY_MISMATCH'],
    ['another amount', (c) => c.completePortabilityTransfer(completed({ amount: '10342.10' }), later), 'CONTRACT.PORTABILITY_MISMATCH'],
    ['a transfer completed after a cancellation', (c) => {
      c.requestCancellation({ reason: 'CUSTOMER_REQUEST', requestedAt: later }, later);
      c.completePortabilityTransfer(completed(), later);
    }, 'CONTRACT.PORTABILITY_TRANSFER_CONFLICT'],
    ['a failure after the transfer completed', (c) => {
      c.completePortabilityTransfer(completed(), later);
      c.failPortabilityTransfer(failed(), later);
    }, 'CONTRACT.PORTABILITY_TRANSFER_CONFLICT'],
  ])('refuses %s', (_label, act, code) => {
    expect(() => act(book())).toThrow(expect.objectContaining({ code }));
  });

  it.each([
    ['without its terms', portabilityApproval({ portability: undefined }), 'portability'],
    ['financing more than the origin stated', portabilityApproval({ portability: portabilityTerms({ balance: '10000.00' }) }), 'financedAmount'],
  ])('refuses a portability approval %s (CONTRACT.INVALID_TERMS)', (_label, approval, field) => {
    const result = bookAccepted(approval, CONTRACT_ID, bookedAt);
    expect(result.ok ? 'ok' : [result.error.code, result.error.details]).toEqual(['CONTRACT.INVALID_TERMS', { field }]);
  });

  it('ignores portability terms on a NEW loan: nothing of them reaches Dataprev', () => {
    const contract = book(portabilityApproval({ operationType: 'NEW' }));
    expect([contract.status, contract.snapshot.portability, contract.snapshot.pendingAverbationCpf]).toEqual(['PENDING_AVERBATION', undefined, undefined]);
    expect(only(contract.pullEvents(), 'AverbationRequested')).not.toHaveProperty('portability');
  });
});
