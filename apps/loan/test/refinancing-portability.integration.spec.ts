import { randomUUID } from 'node:crypto';
import { examplePayload } from '@consignado/contracts';
import { opened } from '@consignado/testing';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, positionFromTerms, settlementAmount, unwrap } from '@consignado/finance';
import { handWorkedApproval, inssApproval, portabilityApproval, portabilityTerms } from './fixtures/approvals';
import { installmentPayment, settlementPayment } from './fixtures/payments';
import { startLoan, type LoanHarness } from './harness';

/**
 * Refinancing and portability in and out on the real stack (R-LN-6, R-LN-7, R-LN-11), with a
 * retention rate cut of 0.5 p.p. configured (PORTABILITY_RETENTION_RATE_CUT).
 */
describe('loan: refinancing and portability on the real stack', () => {
  let loan: LoanHarness;
  let nu = 0;
  const nextNu = () => `20260310${String(Date.now()).slice(-6)}${String(++nu).padStart(7, '0')}`;

  beforeAll(async () => {
    loan = await startLoan(
      ['AverbationRequested', 'ContractActivated', 'ContractCancelled', 'ContractSettled', 'ContractPositionChanged', 'PortabilityTransferRequested', 'PortabilityOutAnswered'],
      { PORTABILITY_RETENTION_RATE_CUT: '0.005' },
    );
  });
  afterAll(async () => loan?.close());

  /** A hand-worked loan (3 × 346.75 from 2026-05-10) in force with #1 paid. */
  async function activeWithFirstPaid(): Promise<any> {
    const approved = await loan.publish('CreditApproved', handWorkedApproval());
    await loan.accept(approved.aggregateId);
    const activated = await loan.event('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    const view = await loan.contract(activated.aggregateId);
    await loan.publish('PaymentReceived', installmentPayment(view, [{ number: 1 }], '2026-05-10'));
    return loan.waitFor(async () => {
      const c = await loan.contract(view.id);
      return c.installments[0].status === 'PAID' && c;
    }, '#1 paid');
  }
  /** INSS refinancing of `old` for its customer: 10,000.00 released = payoff 9,000.00 + troco 1,000.00. */
  const refinancing = (oldId: string, customerId: string) =>
    inssApproval({ customerId, operationType: 'REFINANCING', refinancedContractId: oldId, refinancing: { contractId: oldId, payoffDate: '2026-05-25', payoff: '9000.00', troco: '1000.00' } });

  it('books a refinancing of an active contract (AverbationRequested REFINANCING) and settles the old one when payment pays it off', async () => {
    const old = await activeWithFirstPaid();
    const approval = refinancing(old.id, old.customerId);
    await loan.publish('CreditApproved', approval);
    await loan.accept(approval.proposalId);
    const requested = await loan.event('AverbationRequested', (e) => e.payload.proposalId === approval.proposalId);
    // The CPF travels sealed (LGPD) and opens to the approval's.
    expect(requested.payload.cpf).toMatch(/^pii:v1:/);
    expect(opened(requested).payload).toMatchObject({ operationType: 'REFINANCING', refinancedContractId: old.id, cpf: approval.cpf });
    const newId: string = requested.payload.contractId;
    expect(await loan.contract(old.id)).toMatchObject({ status: 'ACTIVE', replacedByContractId: newId });
    await loan.publish('AverbationCompleted', {
      ...examplePayload('AverbationCompleted'), contractId: newId, proposalId: approval.proposalId, protocol: `DTP-RF-${newId.slice(0, 8)}`,
      averbationId: randomUUID(), installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10',
    });
    const activated = await loan.event('ContractActivated', (e) => e.aggregateId === newId);
    expect(activated.payload.refinancing).toEqual(approval.refinancing);
    // Payment pays the old contract off with the new one's proceeds: 679.95 on 2026-05-25.
    const payoff = settlementPayment(old, '679.95', '2026-05-25', { source: 'REFINANCING', settlement: { reason: 'REFINANCED', replacedByContractId: newId } });
    await loan.publish('PaymentReceived', payoff);
    const settled = await loan.event('ContractSettled', (e) => e.aggregateId === old.id);
    expect(settled.payload).toMatchObject({ reason: 'REFINANCED', replacedByContractId: newId, settlementAmount: '679.95', paymentId: payoff.paymentId });
    expect(await loan.contract(old.id)).toMatchObject({ status: 'SETTLED', replacedByContractId: newId, settlement: { reason: 'REFINANCED', replacedByContractId: newId } });
  });

  it('refuses a refinancing of another customer\'s contract: the new one ends CANCELLED (REFINANCING_REFUSED), the old is untouched', async () => {
    const old = await activeWithFirstPaid();
    const before = await loan.contract(old.id);
    const approval = refinancing(old.id, randomUUID());
    const published = await loan.publish('CreditApproved', approval);
    const cancelled = await loan.event('ContractCancelled', (e) => e.payload.proposalId === approval.proposalId);
    expect(cancelled.metadata.causationId).toBe(published.eventId);
    expect(cancelled.payload).toMatchObject({ reason: 'REFINANCING_REFUSED', averbationRegistered: false });
    expect(loan.events('AverbationRequested', (e) => e.payload.proposalId === approval.proposalId)).toEqual([]);
    expect(await loan.contract(cancelled.payload.contractId)).toMatchObject({
      status: 'CANCELLED', cancellationReason: 'REFINANCING_REFUSED', cancellationMessage: 'Contrato a refinanciar não encontrado para este cliente.', refinancedContractId: old.id,
    });
    expect(await loan.contract(old.id)).toEqual(before);
  });

  it('books a portability in PENDING_PORTABILITY, then asks for the averbação as PORTABILITY once the transfer completes', async () => {
    const approval = portabilityApproval({ portability: portabilityTerms({ portabilityNumber: nextNu() }) });
    await loan.publish('CreditApproved', approval);
    await loan.accept(approval.proposalId);
    const transfer = await loan.event('PortabilityTransferRequested', (e) => e.payload.proposalId === approval.proposalId);
    expect(transfer.payload).toMatchObject({ portabilityNumber: approval.portability?.portabilityNumber, originInstitutionIspb: '60746948', amount: '10342.09' });
    const contractId: string = transfer.payload.contractId;
    expect(await loan.contract(contractId)).toMatchObject({ status: 'PENDING_PORTABILITY', updatedBalance: null, portability: { balance: '10342.09' } });
    await loan.publish('PortabilityTransferCompleted', {
      ...examplePayload('PortabilityTransferCompleted'), contractId, proposalId: approval.proposalId, portabilityNumber: transfer.payload.portabilityNumber, amount: '10342.09',
    });
    const requested = opened(await loan.event('AverbationRequested', (e) => e.aggregateId === contractId));
    expect(requested.payload).toMatchObject({
      operationType: 'PORTABILITY', cpf: approval.cpf, portability: { originInstitutionIspb: '60746948', originContractNumber: 'ORIG-2024-000777' },
    });
    expect((await loan.contract(contractId)).status).toBe('PENDING_AVERBATION');
    expect((await loan.sql('SELECT pending_averbation_cpf FROM contract WHERE id = $1', [contractId]))[0].pending_averbation_cpf).toBeNull();
    const revisions = loan.events('ContractPositionChanged', (e) => e.aggregateId === contractId).map((e) => [e.payload.revision, e.payload.status]);
    expect(revisions).toEqual([[1, 'PENDING_PORTABILITY'], [2, 'PENDING_AVERBATION']]);
  });

  it('cancels a portability in whose transfer failed (PORTABILITY_FAILED)', async () => {
    const approval = portabilityApproval({ portability: portabilityTerms({ portabilityNumber: nextNu() }) });
    await loan.publish('CreditApproved', approval);
    await loan.accept(approval.proposalId);
    const transfer = await loan.event('PortabilityTransferRequested', (e) => e.payload.proposalId === approval.proposalId);
    const contractId: string = transfer.payload.contractId;
    await loan.publish('PortabilityTransferFailed', {
      ...examplePayload('PortabilityTransferFailed'), contractId, proposalId: approval.proposalId, portabilityNumber: transfer.payload.portabilityNumber,
      message: 'A instituição de origem devolveu os recursos.',
    });
    const cancelled = await loan.event('ContractCancelled', (e) => e.aggregateId === contractId);
    expect(cancelled.payload).toMatchObject({ reason: 'PORTABILITY_FAILED', averbationRegistered: false });
    expect(await loan.contract(contractId)).toMatchObject({ status: 'CANCELLED', cancellationMessage: 'A instituição de origem devolveu os recursos.' });
  });

  describe('portability out', () => {
    const requestFor = (contractId: string, portabilityNumber = nextNu()) => ({
      ...examplePayload('PortabilityOutRequested'), contractId, portabilityNumber, balanceDate: '2026-05-25', answerDeadline: '2026-05-29',
    });
    const answerTo = (portabilityNumber: string) => loan.event('PortabilityOutAnswered', (e) => e.payload.portabilityNumber === portabilityNumber);

    it('answers with finance\'s settlement amount on the balance date and a retention offer, and the same NU again the same', async () => {
      const view = await activeWithFirstPaid();
      const request = requestFor(view.id);
      const asked = await loan.publish('PortabilityOutRequested', request);
      const answered = await answerTo(request.portabilityNumber);
      expect(answered.metadata.causationId).toBe(asked.eventId);
      // Finance from the approved terms alone, #1 paid: 679.95. Offer at 1.5% over the 2 rows left: 345.24 < 346.75.
      const dates = unwrap(LoanDates.create(IsoDate.of(view.contractDate), IsoDate.of(view.firstDueDate)));
      const terms = { principal: Money.of(view.financedAmount), rate: MonthlyRate.of(view.monthlyRate), term: LoanTerm.of(view.termMonths), dates };
      const expected = unwrap(settlementAmount(positionFromTerms(terms, [1]), IsoDate.of('2026-05-25'))).amount.toString();
      expect(answered.payload).toEqual({
        contractId: view.id, portabilityNumber: request.portabilityNumber, outcome: 'BALANCE', balance: expected, balanceDate: '2026-05-25',
        remainingInstallments: 2, installmentAmount: '346.75', monthlyRate: '0.02', retentionOffer: { monthlyRate: '0.015', installmentAmount: '345.24', termMonths: 2 },
        answeredAt: answered.payload.answeredAt,
      });
      expect(expected).toBe('679.95');
      loan.clock.current = new Date('2026-05-26T10:00:00.000Z');
      await loan.publish('PortabilityOutRequested', request);
      await loan.waitFor(async () => loan.events('PortabilityOutAnswered', (e) => e.payload.portabilityNumber === request.portabilityNumber).length === 2, 'the repeat answered');
      const [first, second] = loan.events('PortabilityOutAnswered', (e) => e.payload.portabilityNumber === request.portabilityNumber);
      expect(second.payload).toEqual(first.payload);
      expect(await loan.sql('SELECT outcome FROM portability_out_request WHERE portability_number = $1', [request.portabilityNumber])).toEqual([{ outcome: 'BALANCE' }]);
    });

    it('refuses an unknown contract and a settled one', async () => {
      const unknown = requestFor(randomUUID());
      await loan.publish('PortabilityOutRequested', unknown);
      expect((await answerTo(unknown.portabilityNumber)).payload).toMatchObject({
        outcome: 'REFUSED', refusalCode: 'CONTRATO_NAO_ENCONTRADO', refusalMessage: 'Contrato não encontrado ou não vigente nesta instituição.',
      });
      const view = await activeWithFirstPaid();
      await loan.publish('PaymentReceived', settlementPayment(view, '679.95', '2026-05-25'));
      await loan.event('ContractSettled', (e) => e.aggregateId === view.id);
      const settled = requestFor(view.id);
      await loan.publish('PortabilityOutRequested', settled);
      const answer = (await answerTo(settled.portabilityNumber)).payload;
      expect(answer).toMatchObject({ outcome: 'REFUSED', refusalCode: 'CONTRATO_LIQUIDADO', refusalMessage: 'Contrato já liquidado nesta instituição.' });
      expect(answer.balance).toBeUndefined();
    });
  });
});
