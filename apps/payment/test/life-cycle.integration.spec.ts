import { Client } from 'pg';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { waitFor } from '@consignado/testing';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';

type Activation = PayloadOf<'ContractActivated'>;

/**
 * Early settlement and extraordinary amortization on the real broker and PostgreSQL (R-LN-4,
 * R-LN-5, docs/life-cycle.md). Contracts are HAND (fixtures/contracts.ts: R$ 1,000 at 2%,
 * 346.75 / 346.75 / 346.77 due 2026-05-10, 06-10, 07-10); amounts are worked out in the comments.
 */
describe('early settlement and extraordinary amortization (payment, real stack)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  const of = (a: Activation, over: Record<string, unknown>) => ({ customerId: a.customerId, contractId: a.contractId, ...over });
  const payInstallment = async (a: Activation, n: number, amount: string, paymentDate: string) => {
    const answer = await h.pay(of(a, { installments: [n], amount, paymentDate }));
    expect([answer.status, answer.body.code]).toEqual([201, undefined]);
    return answer.body;
  };
  const settle = (a: Activation, amount: string, paymentDate: string, key?: string) => h.pay(of(a, { purpose: 'EARLY_SETTLEMENT', amount, paymentDate }), key);
  const amortize = (a: Activation, amount: string, paymentDate: string, amortizationMode: string) => h.pay(of(a, { purpose: 'EXTRA_AMORTIZATION', amount, paymentDate, amortizationMode }));

  it('settles for exactly the settlement amount: a cent off is refused with the amount and nothing written; then the rows are SETTLED and one PaymentReceived says so', async () => {
    const a = await h.activate(handActivation());
    await h.setToday('2026-05-25');
    const first = await payInstallment(a, 1, '346.75', '2026-05-10');
    const before = await h.view(a.contractId);
    // #1 paid: 673.25 + R(673.25 × (1.02^(15/30) − 1)) = 673.25 + R(6.6992) = 679.95.
    const short = await settle(a, '679.94', '25/05/2026');
    expect([short.status, short.body.code, short.body.details]).toEqual([422, 'PAYMENT.SETTLEMENT_AMOUNT_MISMATCH', { settlementAmount: '679.95', kind: 'PAYOFF', amount: '679.94', paymentDate: '2026-05-25' }]);
    expect(short.body.detail).toMatch(/^O valor para quitar o contrato em 2026-05-25 é R\$ 679.95: a cotação não vale mais/);
    expect(await h.view(a.contractId)).toEqual(before);

    const { status, body } = await settle(a, '679.95', '2026-05-25');
    expect(status).toBe(201);
    expect(body).toEqual({
      paymentId: expect.any(String), customerId: a.customerId, contractId: a.contractId, purpose: 'EARLY_SETTLEMENT', paymentDate: '2026-05-25', amount: '679.95', allocations: [], overpayment: '0.00',
      // 346.75 + 346.77 = 693.52 would have been paid running the contract out.
      settlement: { reason: 'EARLY_SETTLEMENT', kind: 'PAYOFF', settlementAmount: '679.95', settledInstallments: [2, 3], remainingUndiscounted: '693.52' },
      message: 'Quitação antecipada registrada com sucesso: o contrato está liquidado.',
    });
    const view = await h.view(a.contractId);
    expect([view.status, view.settledByPaymentId, view.creditBalance, view.installments.map((i: any) => i.status)]).toEqual(['SETTLED', body.paymentId, '0.00', ['PAID', 'SETTLED', 'SETTLED']]);
    expect((await h.received(body.paymentId)).payload).toEqual({
      paymentId: body.paymentId, contractId: a.contractId, customerId: a.customerId, source: 'MANUAL', purpose: 'EARLY_SETTLEMENT', settlement: { reason: 'EARLY_SETTLEMENT' },
      amount: '679.95', allocations: [], unallocated: '679.95', overpayment: '0.00', paymentDate: '2026-05-25', paidAt: expect.any(String),
    });
    expect(h.receivedFor(a.contractId).map((p) => p.paymentId)).toEqual([first.paymentId, body.paymentId]);
    expect(await h.payment(body.paymentId)).toMatchObject({ source: 'MANUAL', purpose: 'EARLY_SETTLEMENT', unallocated: '679.95', effect: 'APPLIED', settlement: { reason: 'EARLY_SETTLEMENT', settlementAmount: '679.95' } });

    const after = await h.pay(of(a, { installments: [2], amount: '346.75', paymentDate: '2026-05-25' }));
    expect([after.status, after.body.code]).toEqual([422, 'PAYMENT.CONTRACT_SETTLED']);
    // Loan's ContractSettled then changes nothing; a settled marker on the same partition proves it was consumed.
    const settled = await h.send('ContractSettled', { ...examplePayload('ContractSettled'), contractId: a.contractId, customerId: a.customerId, reason: 'EARLY_SETTLEMENT', settledAt: '2026-05-25T18:00:00.000Z' });
    const marker = await h.activate(handActivation());
    await h.send('ContractSettled', { ...examplePayload('ContractSettled'), contractId: marker.contractId, customerId: marker.customerId }, settled.partition);
    await h.billing(marker.contractId, (b) => b.status === 'SETTLED');
    expect(await h.view(a.contractId)).toEqual(view);
    expect(h.deadLetters((d) => d.eventId === settled.eventId)).toEqual([]);
  });

  it('settles a late contract at its consolidated debt', async () => {
    const a = await h.activate(handActivation());
    await h.setToday('2026-05-20');
    // #1 10 days late: 346.75 + R(6.935) 6.94 + R(1.144275) 1.14 = 354.83; the rest 673.25 + R(673.25 × (1.02^(10/30) − 1)) = 677.71.
    const { status, body } = await settle(a, '1032.54', '2026-05-20');
    expect([status, body.settlement]).toEqual([201, { reason: 'EARLY_SETTLEMENT', kind: 'CONSOLIDATED_DEBT', settlementAmount: '1032.54', settledInstallments: [1, 2, 3], remainingUndiscounted: '1040.27' }]);
    // A SETTLED row is never billed again: the job for that date reminds an unsettled twin (OVERDUE #1), not it.
    const twin = await h.activate(handActivation());
    await h.runJob('2026-05-20');
    expect(await waitFor(() => h.dueFor(twin.contractId).find((d) => d.installmentNumber === 1))).toMatchObject({ kind: 'OVERDUE', totalDue: '354.83' });
    expect(h.dueFor(a.contractId)).toEqual([]);
  });

  it('refuses what the body or the billing cannot take: purpose fields (400), a billing without a position (422)', async () => {
    const a = await h.activate(handActivation());
    await h.setToday('2026-05-10');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ purpose: 'EARLY_SETTLEMENT', installments: [1], amount: '1020.00', paymentDate: '2026-05-10' }, 'installments'],
      [{ purpose: 'EXTRA_AMORTIZATION', amount: '100.00', paymentDate: '2026-05-10' }, 'amortizationMode'],
      [{ amount: '346.75', paymentDate: '2026-05-10' }, 'installments'],
      [{ purpose: 'REFINANCING', amount: '1.00', paymentDate: '2026-05-10' }, 'purpose'],
    ];
    for (const [over, field] of cases) {
      const answer = await h.pay(of(a, over));
      expect([answer.status, answer.body.code, answer.body.errors?.[0]?.field]).toEqual([400, 'REQUEST.INVALID_BODY', field]);
    }
    // A billing written before the position was kept: its plan columns are null.
    const db = new Client({ connectionString: h.service.config.DATABASE_URL });
    await db.connect();
    try {
      await db.query(`SET search_path TO "${h.service.config.DATABASE_SCHEMA}"`);
      await db.query(`UPDATE billing SET monthly_rate = NULL, plan_start_date = NULL, plan_start_balance = NULL, plan_after_installment = NULL, plan_installment = NULL WHERE contract_id = $1`, [a.contractId]);
    } finally {
      await db.end();
    }
    expect((await h.view(a.contractId)).plan).toBeNull();
    for (const answer of [await settle(a, '1020.00', '2026-05-10'), await amortize(a, '100.00', '2026-05-10', 'REDUCE_TERM')]) {
      expect([answer.status, answer.body.code]).toEqual([422, 'BILLING.POSITION_UNKNOWN']);
    }
    expect((await h.pay(of(a, { installments: [1], amount: '346.75', paymentDate: '2026-05-10' }))).status).toBe(201);
  });

  it('amortizes (REDUCE_INSTALLMENT), re-plans at once, then bills, remits and reminds the new installment; loan\'s ContractAmended agrees or is dead-lettered', async () => {
    const a = await h.activate(handActivation(), '1234567890');
    await h.setToday('2026-05-25');
    await payInstallment(a, 1, '346.75', '2026-05-10');
    const refusals: Array<[string, string, string, object]> = [
      // The payoff on 05-10 with #1 paid is 673.25: that amount settles.
      ['673.25', '2026-05-10', 'PAYMENT.EXTRA_AMOUNT_SETTLES_CONTRACT', { settlementAmount: '673.25' }],
      // The interest to 05-25 is R(673.25 × (1.02^(15/30) − 1)) = 6.70.
      ['6.70', '2026-05-25', 'PAYMENT.EXTRA_AMOUNT_TOO_SMALL', { interest: '6.70' }],
    ];
    for (const [amount, date, code, details] of refusals) {
      const answer = await amortize(a, amount, date, 'REDUCE_TERM');
      expect([answer.status, answer.body.code, answer.body.details]).toEqual([422, code, details]);
    }
    // B′ = 673.25 − 273.25 = 400.00 over 2 rows; PMT = R(400 × 1.02^(1/30) × 0.02 / (1 − 1.02^−2)) = 206.16; #3 = 202.11 + 4.04 = 206.15.
    const { status, body } = await amortize(a, '273.25', '2026-05-10', 'REDUCE_INSTALLMENT');
    expect([status, body.allocations, body.overpayment, body.message]).toEqual([201, [], '0.00', 'Amortização extraordinária registrada com sucesso.']);
    expect(body.amortization).toEqual({
      mode: 'REDUCE_INSTALLMENT', interestSettled: '0.00', balance: '400.00', previousInstallmentAmount: '346.75', installmentAmount: '206.16', remainingInstallments: 2,
      installments: [{ number: 2, dueDate: '2026-06-10', amount: '206.16' }, { number: 3, dueDate: '2026-07-10', amount: '206.15' }],
    });
    const view = await h.view(a.contractId);
    expect(view.plan).toEqual({ monthlyRate: '0.02', startDate: '2026-05-10', startBalance: '400.00', afterInstallment: 1, installmentAmount: '206.16', amortizationPaymentId: body.paymentId });
    expect(view.installments.map((i: any) => [i.number, i.amount, i.status, i.interest, i.amortization, i.balance])).toEqual([
      [1, '346.75', 'PAID', '20.00', '326.75', '673.25'],
      [2, '206.16', 'PENDING', '8.27', '197.89', '202.11'],
      [3, '206.15', 'PENDING', '4.04', '202.11', '0.00'],
    ]);
    expect((await h.received(body.paymentId)).payload).toMatchObject({ purpose: 'EXTRA_AMORTIZATION', amortizationMode: 'REDUCE_INSTALLMENT', source: 'MANUAL', amount: '273.25', allocations: [], unallocated: '273.25', overpayment: '0.00' });

    // The reminder for #2 (due 06-10, within 5 days of 06-08) carries the new installment.
    await h.runJob('2026-06-08');
    expect(await waitFor(() => h.dueFor(a.contractId).find((d) => d.installmentNumber === 2))).toMatchObject({ kind: 'UPCOMING', amount: '206.16', totalDue: '206.16' });
    // Payroll pays the plan in force: the old 346.75 is a mismatch, 206.16 matches.
    await h.setToday('2026-06-10');
    const remittance = (amount: string) => ({ remittanceId: `AM-${a.contractId.slice(0, 8)}-${amount}`, referenceMonth: '2026-06', paymentDate: '2026-06-10', lines: [{ benefitNumber: '1234567890', contractId: a.contractId, installmentNumber: 2, amount }] });
    expect((await h.remit(remittance('346.75'))).body.lines[0].status).toBe('AMOUNT_MISMATCH');
    expect((await h.remit(remittance('206.16'))).body.lines[0].status).toBe('MATCHED');

    const amended = (schedule: PayloadOf<'ContractAmended'>['schedule']): PayloadOf<'ContractAmended'> => ({
      contractId: a.contractId, customerId: a.customerId, paymentId: body.paymentId, reason: 'EXTRA_AMORTIZATION', mode: 'REDUCE_INSTALLMENT', amount: '273.25', interestSettled: '0.00',
      effectiveDate: '2026-05-10', balance: '400.00', previousInstallmentAmount: '346.75', installmentAmount: '206.16', remainingInstallments: 2, termMonths: 3, schedule, amendedAt: '2026-05-10T15:00:00.000Z',
    });
    const rows = [
      { number: 2, dueDate: '2026-06-10', amount: '206.16', interest: '8.27', amortization: '197.89', balance: '202.11' },
      { number: 3, dueDate: '2026-07-10', amount: '206.15', interest: '4.04', amortization: '202.11', balance: '0.00' },
    ];
    const agrees = await h.send('ContractAmended', amended(rows));
    const differs = await h.send('ContractAmended', amended([rows[0], { ...rows[1], amount: '206.16' }]));
    expect(await h.deadLetter((d) => d.eventId === differs.eventId)).toMatchObject({ reason: 'permanent-error', error: { code: 'BILLING.AMENDMENT_MISMATCH' } });
    expect(h.deadLetters((d) => d.eventId === agrees.eventId)).toEqual([]);
    expect((await h.view(a.contractId)).installments.map((i: any) => [i.amount, i.status])).toEqual([['346.75', 'PAID'], ['206.16', 'PAID'], ['206.15', 'PENDING']]);
  });

  it('REDUCE_TERM drops the rows past the new last one: 400.00 leaves B′ = 273.25, closed by #2 at 273.25 + 5.65 = 278.90', async () => {
    const a = await h.activate(handActivation());
    await h.setToday('2026-05-10');
    await payInstallment(a, 1, '346.75', '2026-05-10');
    const { status, body } = await amortize(a, '400.00', '2026-05-10', 'REDUCE_TERM');
    expect([status, body.amortization.remainingInstallments, body.amortization.installmentAmount]).toEqual([201, 1, '346.75']);
    const view = await h.view(a.contractId);
    expect(view.installments.map((i: any) => [i.number, i.amount, i.status, i.balance])).toEqual([
      [1, '346.75', 'PAID', '673.25'],
      [2, '278.90', 'PENDING', '0.00'],
    ]);
    // Paying the last row settles nothing by itself here: loan's PAID_OFF does; #3 no longer exists.
    expect((await h.pay(of(a, { installments: [3], amount: '346.77', paymentDate: '2026-05-10' }))).body.code).toBe('PAYMENT.INSTALLMENT_NOT_PAYABLE');
  });
});
