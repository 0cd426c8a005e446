import { examplePayload, validateEnvelope, createEnvelope } from '@consignado/contracts';
import { inssApproval, personalApproval } from '../../../../test/fixtures/approvals';
import { Contract, type AverbationFailure } from './contract';

const CONTRACT_ID = '11111111-2222-4333-8444-555555555555';
const bookedAt = new Date('2026-03-10T13:00:00.000Z');
const later = new Date('2026-03-11T09:00:00.000Z');
const registered = { protocol: 'DTP-2026-000000042', averbationId: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d', registeredAt: '2026-03-11T08:59:00.000Z' };
/** What Dataprev registered for `contract`: its own installment, term and first due date. */
const registrationFor = (contract: Contract) => ({ ...registered, proposalId: contract.snapshot.proposalId, installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10' });

function book(approval = inssApproval()): Contract {
  const result = Contract.book(approval, CONTRACT_ID, bookedAt);
  if (!result.ok) throw result.error;
  return result.value;
}

/** Every raised payload must be a valid catalogue event (what the outbox will refuse otherwise). */
function expectValid(events: ReturnType<Contract['pullEvents']>): void {
  for (const e of events) {
    const result = validateEnvelope(createEnvelope(e.type, { payload: e.payload } as never));
    expect(result.ok ? [] : result.errors).toEqual([]);
  }
}

const failure = (retryable: boolean): AverbationFailure => ({ code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível.', retryable, attempts: 3, at: '2026-03-11T09:00:00.000Z' });

describe('Contract aggregate (seed 003 §7.3, R-LN-1)', () => {
  it('books INSS consignado PENDING_AVERBATION and asks for averbação with CPF and benefit (not kept)', () => {
    const approval = inssApproval();
    const contract = book(approval);
    expect(contract.status).toBe('PENDING_AVERBATION');
    expect(contract.snapshot.installments).toHaveLength(96);
    expect(contract.snapshot.activatedAt).toBeUndefined();
    expect(JSON.stringify(contract.snapshot)).not.toContain(approval.cpf);
    const events = contract.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['AverbationRequested']);
    expect(events[0].payload).toEqual({
      contractId: CONTRACT_ID, proposalId: approval.proposalId, customerId: approval.customerId, cpf: approval.cpf,
      benefitNumber: '1234567890', product: 'INSS_CONSIGNADO', operationType: 'NEW', financedAmount: '10342.09',
      monthlyRate: '0.0185', installmentAmount: '231.24', termMonths: 96, contractDate: '2026-03-10', firstDueDate: '2026-04-10',
    });
    expectValid(events);
    expect(contract.pullEvents()).toEqual([]);
  });

  it.each([['PERSONAL', personalApproval()], ['SERVIDOR_CONSIGNADO', inssApproval({ product: 'SERVIDOR_CONSIGNADO', benefitNumber: undefined })]])(
    'activates %s at once (no Dataprev averbação) with its full schedule',
    (_product, approval) => {
      const contract = book(approval);
      expect(contract.status).toBe('ACTIVE');
      expect(contract.snapshot.activatedAt).toEqual(bookedAt);
      const [event, ...rest] = contract.pullEvents();
      expect(rest).toEqual([]);
      if (event.type !== 'ContractActivated') throw new Error(event.type);
      expect(event.payload.schedule).toHaveLength(approval.termMonths);
      expect(event.payload.schedule[0]).toEqual({ number: 1, dueDate: '2026-04-10', amount: approval.installmentAmount });
      expect(event.payload.activatedAt).toBe('2026-03-10T13:00:00.000Z');
      expect(event.payload.averbationProtocol).toBeUndefined();
      expectValid([event]);
    },
  );

  it('refuses INSS without a benefit number, and a disagreeing installment', () => {
    const noBenefit = Contract.book(inssApproval({ benefitNumber: undefined }), CONTRACT_ID, bookedAt);
    const mismatch = Contract.book(inssApproval({ installmentAmount: '231.25' }), CONTRACT_ID, bookedAt);
    expect([noBenefit, mismatch].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['CONTRACT.INVALID_TERMS', 'CONTRACT.INSTALLMENT_MISMATCH']);
  });

  it('keeps the total the booked schedule sums to', () => {
    expect(book(inssApproval({ totalPayable: '22196.16' })).snapshot.terms.totalPayable.toString()).toBe('22198.54');
  });

  it('activates on averbação with the protocol and the schedule, once', () => {
    const contract = book();
    contract.pullEvents();
    expect(contract.completeAverbation(registrationFor(contract), later)).toBe('ACTIVATED');
    expect(contract.completeAverbation(registrationFor(contract), later)).toBe('UNCHANGED');
    expect(contract.status).toBe('ACTIVE');
    expect(contract.snapshot.averbation).toMatchObject(registered);
    const events = contract.pullEvents();
    expect(events).toHaveLength(1);
    if (events[0].type !== 'ContractActivated') throw new Error(events[0].type);
    expect(events[0].payload).toMatchObject({ averbationProtocol: registered.protocol, activatedAt: later.toISOString(), totalPayable: '22198.54' });
    expect(events[0].payload.schedule.at(-1)).toEqual({ number: 96, dueDate: '2034-03-10', amount: '230.74' });
    expectValid(events);
  });

  it.each([
    ['proposalId', { proposalId: '00000000-0000-4000-8000-000000000000' }],
    ['installmentAmount', { installmentAmount: '231.25' }],
    ['termMonths', { termMonths: 84 }],
    ['firstDueDate', { firstDueDate: '2026-05-10' }],
  ])('refuses a registration that is not this contract\'s deduction: %s (CONTRACT.AVERBATION_MISMATCH)', (field, wrong) => {
    const contract = book();
    expect(() => contract.completeAverbation({ ...registrationFor(contract), ...wrong }, later)).toThrow(
      expect.objectContaining({ code: 'CONTRACT.AVERBATION_MISMATCH', details: expect.objectContaining({ field }) }),
    );
    expect(contract.status).toBe('PENDING_AVERBATION');
  });

  it.each([
    ['retryable while pending', 'PENDING_AVERBATION', true, 'RECORDED', 'PENDING_AVERBATION', 1],
    ['final while pending', 'PENDING_AVERBATION', false, 'FAILED', 'AVERBATION_FAILED', 1],
    ['retryable after activation (stale)', 'ACTIVE', true, 'UNCHANGED', 'ACTIVE', 0],
    ['final again', 'AVERBATION_FAILED', false, 'UNCHANGED', 'AVERBATION_FAILED', 1],
    ['final after cancellation', 'CANCELLED', false, 'UNCHANGED', 'CANCELLED', 0],
  ])('averbação failure %s', (_label, from, retryable, outcome, status, failures) => {
    const contract = book();
    if (from === 'ACTIVE') contract.completeAverbation(registrationFor(contract), later);
    if (from === 'AVERBATION_FAILED') contract.failAverbation(failure(false));
    if (from === 'CANCELLED') contract.requestCancellation({ reason: 'CUSTOMER_REQUEST', requestedAt: later }, later);
    contract.pullEvents();
    expect(contract.failAverbation(failure(retryable as boolean))).toBe(outcome);
    expect(contract.status).toBe(status);
    expect(contract.snapshot.averbation.failures).toHaveLength(failures as number);
    expect(contract.pullEvents()).toEqual([]);
  });

  it('refuses a final failure of an active contract (CONTRACT.ILLEGAL_TRANSITION)', () => {
    const contract = book();
    contract.completeAverbation(registrationFor(contract), later);
    expect(() => contract.failAverbation(failure(false))).toThrow(expect.objectContaining({ code: 'CONTRACT.ILLEGAL_TRANSITION' }));
  });

  it('cancels a pending contract on the customer request, with nothing registered at Dataprev', () => {
    const contract = book();
    contract.pullEvents();
    expect(contract.requestCancellation({ reason: 'OPERATOR', requestedAt: later }, later)).toMatchObject({ outcome: 'CANCEL' });
    expect(contract.snapshot.installments.every((i) => i.status === 'CANCELLED')).toBe(true);
    expect(contract.pullEvents()).toEqual([{
      type: 'ContractCancelled',
      payload: { contractId: CONTRACT_ID, proposalId: contract.snapshot.proposalId, customerId: contract.snapshot.customerId, reason: 'CUSTOMER_REQUEST', averbationRegistered: false, cancelledAt: later.toISOString() },
    }]);
  });

  it('undoes an active contract on regret within 7 days: the released amount comes back, the deduction is undone', () => {
    const contract = book();
    contract.completeAverbation(registrationFor(contract), bookedAt);
    contract.pullEvents();
    const day7 = new Date('2026-03-17T20:00:00.000Z');
    expect(contract.requestCancellation({ reason: 'RIGHT_OF_REGRET', requestedAt: day7 }, day7).outcome).toBe('CANCEL');
    const [event] = contract.pullEvents();
    expect(event.payload).toMatchObject({ reason: 'RIGHT_OF_REGRET', averbationRegistered: true, amountToReturn: '10000.00' });
    expect(contract.status).toBe('CANCELLED');
  });

  it('ignores regret on day 8 and keeps the contract active', () => {
    const contract = book(personalApproval());
    contract.pullEvents();
    const day8 = new Date('2026-03-18T13:00:00.000Z');
    expect(contract.requestCancellation({ reason: 'RIGHT_OF_REGRET', requestedAt: day8 }, day8)).toEqual({ outcome: 'IGNORE', explanation: 'REGRET_WINDOW_EXPIRED' });
    expect(contract.status).toBe('ACTIVE');
    expect(contract.pullEvents()).toEqual([]);
  });

  describe('payments (minimal, R-PA-2)', () => {
    const payment = (numbers: number[], amount = '725.34') => ({
      ...examplePayload('PaymentReceived'),
      contractId: CONTRACT_ID,
      allocations: numbers.map((installmentNumber) => ({ installmentNumber, amount, fine: '0.00', mora: '0.00' })),
    });

    it('marks installments paid with the date and charges, and settles after the last one', () => {
      const contract = book(personalApproval());
      contract.pullEvents();
      expect(contract.recordPayment({ ...payment([1]), allocations: [{ installmentNumber: 1, amount: '725.34', fine: '14.51', mora: '2.39' }], paymentDate: '2026-04-20' }, later)).toBe('APPLIED');
      expect(contract.snapshot.installments[0].snapshot).toMatchObject({ status: 'PAID' });
      expect(contract.snapshot.installments[0].snapshot.payment?.paidDate.toString()).toBe('2026-04-20');
      expect(contract.snapshot.installments[0].snapshot.payment?.fine.toString()).toBe('14.51');
      expect(contract.pullEvents()).toEqual([]);
      contract.recordPayment(payment([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), later);
      expect(contract.status).toBe('ACTIVE');
      const lastAmount = contract.snapshot.installments[11].snapshot.amount.toString();
      contract.recordPayment(payment([12], lastAmount), later);
      expect(contract.status).toBe('SETTLED');
      const events = contract.pullEvents();
      expect(events).toEqual([{ type: 'ContractSettled', payload: { contractId: CONTRACT_ID, customerId: contract.snapshot.customerId, reason: 'PAID_OFF', settledAt: later.toISOString() } }]);
      expectValid(events);
    });

    it.each([
      ['an installment paid twice', [1, 1], '725.34'],
      ['a number outside the schedule', [13], '725.34'],
      ['an amount that is not the installment', [1], '700.00'],
    ])('refuses %s (CONTRACT.INVALID_ALLOCATION)', (_label, numbers, amount) => {
      const contract = book(personalApproval());
      expect(() => contract.recordPayment(payment(numbers, amount), later)).toThrow(expect.objectContaining({ code: 'CONTRACT.INVALID_ALLOCATION' }));
    });

    it('refuses money for a contract not in force, and leaves other purposes to the servicing issue', () => {
      expect(() => book().recordPayment(payment([1], '231.24'), later)).toThrow(expect.objectContaining({ code: 'CONTRACT.NOT_ACTIVE' }));
      const active = book(personalApproval());
      expect(active.recordPayment({ ...payment([]), purpose: 'EARLY_SETTLEMENT', unallocated: '5000.00' }, later)).toBe('NOT_APPLIED');
      expect(active.snapshot.installments.every((i) => i.status === 'PENDING')).toBe(true);
    });
  });
});
