import { validateEnvelope, createEnvelope } from '@consignado/contracts';
import { inssApproval, personalApproval } from '../../../../test/fixtures/approvals';
import { installmentPayment, type Paid, type Payable } from '../../../../test/fixtures/payments';
import { Contract, type AverbationFailure } from './contract';
import { bookAccepted } from '../../../../test/fixtures/contracts';

const CONTRACT_ID = '11111111-2222-4333-8444-555555555555';
const bookedAt = new Date('2026-03-10T13:00:00.000Z');
const later = new Date('2026-03-11T09:00:00.000Z');
const registered = { protocol: 'DTP-2026-000000042', averbationId: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d', registeredAt: '2026-03-11T08:59:00.000Z' };
/** What Dataprev registered for `contract`: its own installment, term and first due date. */
const registrationFor = (contract: Contract) => ({ ...registered, proposalId: contract.snapshot.proposalId, installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10' });

function book(approval = inssApproval()): Contract {
  const result = bookAccepted(approval, CONTRACT_ID, bookedAt);
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
    expect(events.map((e) => e.type)).toEqual(['AverbationRequested', 'ContractPositionChanged']);
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
      const [event, position, ...rest] = contract.pullEvents();
      expect([position.type, rest]).toEqual(['ContractPositionChanged', []]);
      if (event.type !== 'ContractActivated') throw new Error(event.type);
      expect(event.payload.schedule).toHaveLength(approval.termMonths);
      expect(event.payload.schedule[0]).toEqual({ number: 1, dueDate: '2026-04-10', amount: approval.installmentAmount });
      expect(event.payload.activatedAt).toBe('2026-03-10T13:00:00.000Z');
      expect(event.payload.averbationProtocol).toBeUndefined();
      expectValid([event]);
    },
  );

  it('refuses INSS without a benefit number, and a disagreeing installment', () => {
    const noBenefit = bookAccepted(inssApproval({ benefitNumber: undefined }), CONTRACT_ID, bookedAt);
    const mismatch = bookAccepted(inssApproval({ installmentAmount: '231.25' }), CONTRACT_ID, bookedAt);
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
    expect(events.map((e) => e.type)).toEqual(['ContractActivated', 'ContractPositionChanged']);
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
    ['retryable while pending', 'PENDING_AVERBATION', true, 'RECORDED', 'PENDING_AVERBATION', 1, []],
    ['final while pending', 'PENDING_AVERBATION', false, 'FAILED', 'AVERBATION_FAILED', 1, ['ContractPositionChanged']],
    ['retryable after activation (stale)', 'ACTIVE', true, 'UNCHANGED', 'ACTIVE', 0, []],
    ['final again', 'AVERBATION_FAILED', false, 'UNCHANGED', 'AVERBATION_FAILED', 1, []],
    ['final after cancellation', 'CANCELLED', false, 'UNCHANGED', 'CANCELLED', 0, []],
  ])('averbação failure %s', (_label, from, retryable, outcome, status, failures, raised) => {
    const contract = book();
    if (from === 'ACTIVE') contract.completeAverbation(registrationFor(contract), later);
    if (from === 'AVERBATION_FAILED') contract.failAverbation(failure(false), later);
    if (from === 'CANCELLED') contract.requestCancellation({ reason: 'CUSTOMER_REQUEST', requestedAt: later }, later);
    contract.pullEvents();
    expect(contract.failAverbation(failure(retryable as boolean), later)).toBe(outcome);
    expect(contract.status).toBe(status);
    expect(contract.snapshot.averbation.failures).toHaveLength(failures as number);
    expect(contract.pullEvents().map((e) => e.type)).toEqual(raised);
  });

  it('refuses a final failure of an active contract (CONTRACT.ILLEGAL_TRANSITION)', () => {
    const contract = book();
    contract.completeAverbation(registrationFor(contract), later);
    expect(() => contract.failAverbation(failure(false), later)).toThrow(expect.objectContaining({ code: 'CONTRACT.ILLEGAL_TRANSITION' }));
  });

  it('cancels a pending contract on the customer request, with nothing registered at Dataprev', () => {
    const contract = book();
    contract.pullEvents();
    expect(contract.requestCancellation({ reason: 'OPERATOR', requestedAt: later }, later)).toMatchObject({ outcome: 'CANCEL' });
    expect(contract.snapshot.installments.every((i) => i.status === 'CANCELLED')).toBe(true);
    const [cancelled, position, ...rest] = contract.pullEvents();
    expect(cancelled).toEqual({
      type: 'ContractCancelled',
      payload: { contractId: CONTRACT_ID, proposalId: contract.snapshot.proposalId, customerId: contract.snapshot.customerId, reason: 'CUSTOMER_REQUEST', averbationRegistered: false, cancelledAt: later.toISOString() },
    });
    expect([position.type, rest]).toEqual(['ContractPositionChanged', []]);
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

  describe('payments (R-LN-3, R-PA-2)', () => {
    const active = (): Contract => {
      const contract = book(personalApproval());
      contract.pullEvents();
      return contract;
    };
    const payable = (c: Contract): Payable => ({
      id: c.id, customerId: c.snapshot.customerId, installments: c.snapshot.installments.map((i) => ({ number: i.number, installment: i.snapshot.amount.toString() })),
    });
    const row = (c: Contract, number: number) => c.snapshot.installments[number - 1].snapshot;
    const stateOf = (c: Contract) => JSON.stringify(c.snapshot);

    it('marks an on-time installment paid with its date and no charges', () => {
      const contract = active();
      expect(contract.recordPayment(installmentPayment(payable(contract), [{ number: 1 }], '2026-04-10'), later)).toBe('APPLIED');
      expect(row(contract, 1)).toMatchObject({ status: 'PAID' });
      expect([row(contract, 1).payment?.paidDate, row(contract, 1).payment?.amount, row(contract, 1).payment?.fine, row(contract, 1).payment?.mora].map(String))
        .toEqual(['2026-04-10', '725.34', '0.00', '0.00']);
      expect(contract.pullEvents().map((e) => e.type)).toEqual(['ContractPositionChanged']);
    });

    it('accepts a late installment with exactly its charges', () => {
      // 725.34 due 2026-04-10 paid 2026-04-20, 10 days late: fine R(725.34 × 0.02 = 14.5068) = 14.51,
      // mora R(725.34 × 0.00033 × 10 = 2.3936) = 2.39.
      const contract = active();
      contract.recordPayment(installmentPayment(payable(contract), [{ number: 1, fine: '14.51', mora: '2.39' }], '2026-04-20'), later);
      expect([row(contract, 1).status, String(row(contract, 1).payment?.fine), String(row(contract, 1).payment?.mora)]).toEqual(['PAID', '14.51', '2.39']);
    });

    it('takes installments out of order: #3 while #2 is overdue, then #2 with its charges', () => {
      // #2 (725.34, due 2026-05-10) paid 2026-06-10, 31 days late: fine 14.51, mora R(725.34 × 0.00033 × 31 = 7.4200) = 7.42.
      const contract = active();
      contract.recordPayment(installmentPayment(payable(contract), [{ number: 1 }], '2026-04-10'), later);
      contract.recordPayment(installmentPayment(payable(contract), [{ number: 3 }], '2026-06-10'), later);
      expect(contract.snapshot.installments.slice(0, 3).map((i) => i.status)).toEqual(['PAID', 'PENDING', 'PAID']);
      contract.recordPayment(installmentPayment(payable(contract), [{ number: 2, fine: '14.51', mora: '7.42' }], '2026-06-10'), later);
      expect(row(contract, 2).status).toBe('PAID');
    });

    it('settles after the last installment, in the same change, with ContractSettled (PAID_OFF) naming the last payment date', () => {
      const contract = active();
      contract.recordPayment(installmentPayment(payable(contract), Array.from({ length: 11 }, (_, k) => ({ number: k + 1 })), '2026-04-10'), later);
      expect(contract.status).toBe('ACTIVE');
      contract.pullEvents();
      contract.recordPayment(installmentPayment(payable(contract), [{ number: 12 }], '2027-03-10'), later);
      expect([contract.status, contract.snapshot.settledAt]).toEqual(['SETTLED', later]);
      const events = contract.pullEvents();
      expect(events[0]).toEqual({ type: 'ContractSettled', payload: { contractId: CONTRACT_ID, customerId: contract.snapshot.customerId, reason: 'PAID_OFF', lastPaymentDate: '2027-03-10', settledAt: later.toISOString() } });
      expect(events.map((e) => e.type)).toEqual(['ContractSettled', 'ContractPositionChanged']);
      expectValid(events);
    });

    it.each<[string, Paid[], string, string, Record<string, unknown>]>([
      ['an unknown installment', [{ number: 13 }], '2026-04-10', 'CONTRACT.INVALID_ALLOCATION', {}],
      ['an installment twice in one payment', [{ number: 1 }, { number: 1 }], '2026-04-10', 'CONTRACT.INVALID_ALLOCATION', {}],
      ['a fine where none is due (paid on time)', [{ number: 1, fine: '14.51' }], '2026-04-10', 'CONTRACT.INVALID_ALLOCATION', {}],
      ['a wrong fine (10 days late)', [{ number: 1, fine: '14.50', mora: '2.39' }], '2026-04-20', 'CONTRACT.INVALID_ALLOCATION', {}],
      ['a wrong mora (10 days late, truncated as the seed did)', [{ number: 1, fine: '14.51', mora: '2.38' }], '2026-04-20', 'CONTRACT.INVALID_ALLOCATION', {}],
      ['no charges when late', [{ number: 1 }], '2026-04-20', 'CONTRACT.INVALID_ALLOCATION', {}],
      ['a good allocation next to a bad one', [{ number: 1 }, { number: 2, mora: '0.01' }], '2026-04-10', 'CONTRACT.INVALID_ALLOCATION', {}],
      ['no allocation at all', [], '2026-04-10', 'CONTRACT.INVALID_PAYMENT', {}],
      ['a date before the contract', [{ number: 1 }], '2026-03-09', 'CONTRACT.INVALID_PAYMENT', {}],
      ['another customer', [{ number: 1 }], '2026-04-10', 'CONTRACT.INVALID_PAYMENT', { customerId: '00000000-0000-4000-8000-000000000000' }],
      ['a total that does not add up', [{ number: 1 }], '2026-04-10', 'CONTRACT.INVALID_PAYMENT', { amount: '725.35' }],
    ])('refuses %s and applies nothing', (_label, paid, date, code, overrides) => {
      const contract = active();
      const before = stateOf(contract);
      expect(() => contract.recordPayment(installmentPayment(payable(contract), paid, date, overrides), later)).toThrow(expect.objectContaining({ code }));
      expect(stateOf(contract)).toBe(before);
    });

    it('refuses an amount that is not the installment, and an installment already paid', () => {
      const contract = active();
      const wrong = installmentPayment(payable(contract), [{ number: 1 }], '2026-04-10');
      wrong.allocations[0].amount = '700.00';
      wrong.amount = '700.00';
      expect(() => contract.recordPayment(wrong, later)).toThrow(expect.objectContaining({ code: 'CONTRACT.INVALID_ALLOCATION', message: 'Pagamento não corresponde à parcela 1: valor 700.00 difere da parcela 725.34.' }));
      contract.recordPayment(installmentPayment(payable(contract), [{ number: 1 }], '2026-04-10'), later);
      expect(() => contract.recordPayment(installmentPayment(payable(contract), [{ number: 1 }], '2026-04-10'), later))
        .toThrow(expect.objectContaining({ code: 'CONTRACT.INVALID_ALLOCATION', message: 'Pagamento não corresponde à parcela 1: parcela já está PAID.' }));
    });

    it('names the charges due in its refusal', () => {
      const contract = active();
      expect(() => contract.recordPayment(installmentPayment(payable(contract), [{ number: 1, fine: '14.51', mora: '2.38' }], '2026-04-20'), later)).toThrow(
        'Pagamento não corresponde à parcela 1: juros de mora 2.38 diferem dos devidos 2.39 (10 dia(s) de atraso em 2026-04-20).',
      );
    });

    it('refuses money for a settled contract (CONTRACT.SETTLED) or one not in force (CONTRACT.NOT_ACTIVE)', () => {
      const settled = active();
      settled.recordPayment(installmentPayment(payable(settled), Array.from({ length: 12 }, (_, k) => ({ number: k + 1 })), '2026-04-10'), later);
      expect(() => settled.recordPayment(installmentPayment(payable(settled), [{ number: 1 }], '2026-04-10'), later))
        .toThrow(expect.objectContaining({ code: 'CONTRACT.SETTLED', message: 'Empréstimo já liquidado' }));
      const pending = book();
      expect(() => pending.recordPayment(installmentPayment(payable(pending), [{ number: 1 }], '2026-04-10'), later)).toThrow(expect.objectContaining({ code: 'CONTRACT.NOT_ACTIVE' }));
    });
  });
});
