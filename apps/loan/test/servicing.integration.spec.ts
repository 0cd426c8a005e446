import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { examplePayload } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, payoff as financePayoff } from '@consignado/finance';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { LoanConfig } from '../src/config';
import { inssApproval, personalApproval } from './fixtures/approvals';
import { installmentPayment, type Paid } from './fixtures/payments';
import { acceptIssued, dlqOf, getAs, newCustomer, publish, type Reply, Tap, TestClock, type AnyEnvelope, type DeadLetter } from './support';

/** Servicing on the real broker and PostgreSQL: payments, settlement, balance and payoff (R-LN-2, R-LN-3, R-LN-4, R-PA-2). */
describe('loan servicing on the real stack', () => {
  const kafka = testKafka();
  const clock = new TestClock(new Date('2026-03-10T13:00:00.000Z'));
  let service: TestService<LoanConfig>;
  let producer: Producer;
  let tap: Tap;
  let ns: string;
  const topic = (t: Parameters<typeof namespacedTopic>[1]) => namespacedTopic({ namespace: ns }, t);

  beforeAll(async () => {
    service = await startTestService({ service: 'loan', config: LoanConfig, module: (c) => AppModule.register(c, { clock }), env: { EVENT_MAX_ATTEMPTS: '3' } });
    ns = service.namespace;
    producer = kafka.producer();
    await producer.connect();
    tap = new Tap(kafka);
    await tap.start([topic('ContractIssued'), topic('AverbationRequested'), topic('ContractActivated'), topic('ContractSettled'), dlqOf(ns, 'loan')]);
  });

  afterAll(async () => {
    await tap?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  /** Reads as servicing-ops (a back-office system of the local provider) unless given a customer's token. */
  const get = (path: string, token?: string): Promise<Reply> => getAs(service.baseUrl, path, token);
  const contract = async (id: string, query = ''): Promise<any> => (await get(`/v1/contracts/${id}${query}`)).body;
  const deadLetter = (match: (d: DeadLetter) => boolean) => tap.find<DeadLetter>(dlqOf(ns, 'loan'), match);
  const paymentsRecorded = async (paymentId: string): Promise<number> =>
    Number((await service.app.get(DataSource).query('SELECT count(*) AS n FROM contract_payment WHERE payment_id = $1', [paymentId]))[0].n);

  /** INSS consignado booked from CreditApproved and activated by AverbationCompleted: 96 × 231.24 from 2026-04-10. */
  async function activeInss(customerId?: string): Promise<any> {
    const approved = await publish(producer, ns, 'CreditApproved', inssApproval(customerId ? { customerId } : {}));
    await acceptIssued(tap, producer, ns, approved.aggregateId);
    const requested = await tap.find<any>(topic('AverbationRequested'), (e) => e.payload.proposalId === approved.aggregateId);
    const contractId: string = requested.payload.contractId;
    await publish(producer, ns, 'AverbationCompleted', {
      ...examplePayload('AverbationCompleted'), contractId, proposalId: approved.aggregateId, averbationId: randomUUID(),
      protocol: `DTP-SV-${contractId.slice(0, 8)}`, installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10',
    });
    await tap.find<AnyEnvelope>(topic('ContractActivated'), (e) => e.aggregateId === contractId);
    return contract(contractId);
  }

  /** Publishes a payment of `paid` on `date` and waits until the contract shows the first of them PAID. */
  async function pay(view: any, paid: Paid[], date: string): Promise<any> {
    await publish(producer, ns, 'PaymentReceived', installmentPayment(view, paid, date));
    return waitFor(async () => {
      const after = await contract(view.id);
      return after.installments[paid[0].number - 1].status === 'PAID' ? after : undefined;
    }, { description: `installment ${paid[0].number} paid` });
  }

  /** Finance's payoff from the contract's own terms (the schedule rebuilt independently of loan's rows). */
  function expectedPayoff(view: any, paidInstallments: number, date: string) {
    const dates = LoanDates.create(IsoDate.of(view.contractDate), IsoDate.of(view.firstDueDate));
    if (!dates.ok) throw dates.error;
    const quote = financePayoff({
      principal: Money.of(view.financedAmount), rate: MonthlyRate.of(view.monthlyRate), term: LoanTerm.of(view.termMonths),
      dates: dates.value, paidInstallments, date: IsoDate.of(date),
    });
    if (!quote.ok) throw quote.error;
    const { balance, interest, payoff, remainingUndiscounted } = quote.value;
    return { balance: balance.toString(), interest: interest.toString(), payoff: payoff.toString(), remainingUndiscounted: remainingUndiscounted.toString() };
  }

  it('applies an on-time and a late installment with their exact charges, and values the contract as finance payoff', async () => {
    const view = await activeInss();
    await pay(view, [{ number: 1 }], '2026-04-10');
    // #2, 231.24 due 2026-05-10, paid 2026-05-20 (10 days late): fine R(231.24 × 0.02 = 4.6248) = 4.62,
    // mora R(231.24 × 0.00033 × 10 = 0.763092) = 0.76; the customer paid 236.62.
    const after = await pay(view, [{ number: 2, fine: '4.62', mora: '0.76' }], '2026-05-20');
    expect(after.installments[0]).toMatchObject({ status: 'PAID', paidDate: '2026-04-10', paidAmount: '231.24', fine: '0.00', mora: '0.00' });
    expect(after.installments[1]).toMatchObject({ status: 'PAID', paidDate: '2026-05-20', paidAmount: '231.24', fine: '4.62', mora: '0.76' });
    expect(after).toMatchObject({ status: 'ACTIVE', paidInstallments: 2, remainingInstallments: 94 });

    const expected = expectedPayoff(view, 2, '2026-05-25');
    const payoff = await get(`/v1/contracts/${view.id}/payoff?date=2026-05-25`);
    expect([payoff.status, payoff.body]).toEqual([200, { contractId: view.id, date: '2026-05-25', kind: 'PAYOFF', amount: expected.payoff, paidInstallments: 2, prepaidDiscount: '0.00', ...expected }]);
    expect((await get(`/v1/contracts/${view.id}/payoff?date=25/05/2026`)).body).toEqual(payoff.body);
    expect(await contract(view.id, '?date=25/05/2026')).toMatchObject({ updatedBalance: expected.payoff, balanceDate: '2026-05-25' });

    // Without a date: today in Brasília by the injectable clock (02:00Z on the 25th is still the 24th there).
    clock.current = new Date('2026-05-25T02:00:00.000Z');
    expect((await get(`/v1/contracts/${view.id}/payoff`)).body).toMatchObject({ date: '2026-05-24', payoff: expectedPayoff(view, 2, '2026-05-24').payoff });
  });

  it('writes only the installment rows a change touched: none on activation, the paid one on a payment', async () => {
    // xmin is the transaction that last wrote a row: rows left alone keep their booking's.
    const versions = async (contractId: string): Promise<string[]> =>
      (await service.app.get(DataSource).query('SELECT xmin::text AS v FROM contract_installment WHERE contract_id = $1 ORDER BY number', [contractId])).map((r: { v: string }) => r.v);
    const view = await activeInss();
    const booked = await versions(view.id);
    expect(new Set(booked).size).toBe(1);
    await pay(view, [{ number: 3 }], '2026-04-10');
    const after = await versions(view.id);
    expect(after).toHaveLength(96);
    expect(after.map((v, k) => (v === booked[k] ? 'kept' : `rewritten ${k + 1}`)).filter((x) => x !== 'kept')).toEqual(['rewritten 3']);
  });

  it('answers payoff refusals with codes and pt-BR messages', async () => {
    const view = await activeInss();
    await pay(view, [{ number: 1 }], '2026-04-10');
    const problem = async (query: string) => {
      const { status, body } = await get(`/v1/contracts/${view.id}/payoff${query}`);
      return [status, body.code, body.detail];
    };
    // #1 was paid on 2026-04-10: the day before cannot count it as paid; nor can a day before the contract (2026-03-10).
    expect(await problem('?date=2026-04-09')).toEqual([422, 'CONTRACT.PAYOFF_DATE_INVALID', 'A data de quitação não pode ser anterior a 2026-04-10, data do último pagamento.']);
    expect(await problem('?date=2026-03-09')).toEqual([422, 'CONTRACT.PAYOFF_DATE_INVALID', 'A data de quitação não pode ser anterior a 2026-03-10.']);
    expect(await problem('?date=2026-02-30')).toEqual([400, 'CONTRACT.INVALID_DATE', 'Data inválida em date: use AAAA-MM-DD ou DD/MM/AAAA.']);
    expect(await problem('?day=2026-05-01')).toEqual([400, 'REQUEST.INVALID_BODY', 'Dados da requisição inválidos']);
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const { status, body } = await get(`/v1/contracts/${id}/payoff`);
      expect([status, body.code, body.detail]).toEqual([404, 'CONTRACT.NOT_FOUND', 'Empréstimo não encontrado ou inválido']);
    }
  });

  it('dead-letters a payment with the wrong fine at once and applies nothing of it', async () => {
    const view = await activeInss();
    // #1 paid 10 days late owes fine 4.62 and mora 0.76; 4.63 is refused, together with the correct #2 beside it.
    const wrong = installmentPayment(view, [{ number: 1, fine: '4.63', mora: '0.76' }, { number: 2 }], '2026-04-20');
    const published = await publish(producer, ns, 'PaymentReceived', wrong);
    const dead = await deadLetter((d) => d.eventId === published.eventId);
    expect(dead).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'CONTRACT.INVALID_ALLOCATION' } });
    expect(dead.error.message).toBe('Pagamento não corresponde à parcela 1: multa 4.63 difere da devida 4.62 (10 dia(s) de atraso em 2026-04-20).');
    const after = await contract(view.id);
    expect(after.installments.slice(0, 2).map((i: any) => i.status)).toEqual(['PENDING', 'PENDING']);
    expect(await paymentsRecorded(wrong.paymentId)).toBe(0);
    // The corrected payment goes through.
    expect((await pay(view, [{ number: 1, fine: '4.62', mora: '0.76' }, { number: 2 }], '2026-04-20')).paidInstallments).toBe(2);
  });

  it('ignores a repeated paymentId', async () => {
    const view = await activeInss();
    const first = installmentPayment(view, [{ number: 1 }], '2026-04-10');
    await publish(producer, ns, 'PaymentReceived', first);
    const again = await publish(producer, ns, 'PaymentReceived', first); // new eventId, same paymentId
    // A later payment of the same contract (same key, same partition) proves the repeat was consumed.
    await pay(view, [{ number: 2 }], '2026-05-10');
    expect(tap.all<DeadLetter>(dlqOf(ns, 'loan'), (d) => d.eventId === again.eventId)).toEqual([]);
    expect(await paymentsRecorded(first.paymentId)).toBe(1);
    expect((await contract(view.id)).paidInstallments).toBe(2);
  });

  it('settles after the last installment (paid out of order), publishes ContractSettled, and refuses more money', async () => {
    clock.current = new Date('2027-03-15T12:00:00.000Z');
    const approved = await publish(producer, ns, 'CreditApproved', personalApproval());
    await acceptIssued(tap, producer, ns, approved.aggregateId);
    const activated = await tap.find<any>(topic('ContractActivated'), (e) => e.payload.proposalId === approved.aggregateId);
    const view = await contract(activated.aggregateId);
    // #1..#10 on 2026-04-10 (#1 on time, the rest early), then #12 early, and #11 last on its due date.
    await pay(view, Array.from({ length: 10 }, (_, k) => ({ number: k + 1 })), '2026-04-10');
    await pay(view, [{ number: 12 }], '2026-04-10');
    const last = await publish(producer, ns, 'PaymentReceived', installmentPayment(view, [{ number: 11 }], '2027-02-10'));
    const settled = await tap.find<any>(topic('ContractSettled'), (e) => e.aggregateId === view.id);
    expect(settled.metadata.causationId).toBe(last.eventId);
    expect(settled.payload).toEqual({ contractId: view.id, customerId: view.customerId, reason: 'PAID_OFF', lastPaymentDate: '2027-02-10', settledAt: '2027-03-15T12:00:00.000Z' });
    expect(await contract(view.id, '?date=2027-03-15')).toMatchObject({
      status: 'SETTLED', settledAt: '2027-03-15T12:00:00.000Z', paidInstallments: 12, remainingInstallments: 0, updatedBalance: '0.00', balanceDate: '2027-03-15',
    });

    const payoff = await get(`/v1/contracts/${view.id}/payoff?date=2027-03-15`);
    expect([payoff.status, payoff.body.code, payoff.body.detail]).toEqual([422, 'CONTRACT.SETTLED', 'Empréstimo já liquidado']);
    const more = await publish(producer, ns, 'PaymentReceived', installmentPayment(view, [{ number: 12 }], '2027-03-10'));
    expect(await deadLetter((d) => d.eventId === more.eventId)).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'CONTRACT.SETTLED', message: 'Empréstimo já liquidado' } });
  });

  it('answers the seed query by customer and contract to the customer signed in (seed 002 §7.3, R-SEC-1)', async () => {
    const me = await newCustomer();
    const view = await activeInss(me.accountId);
    await pay(view, [{ number: 1, fine: '4.62', mora: '0.76' }], '2026-04-20');
    const { status, body } = await get(`/v1/customers/${me.accountId}/contracts/${view.id}?date=20/04/2026`, me.accessToken);
    expect(status).toBe(200);
    const { installments, ...terms } = body;
    expect(terms).toEqual({
      customerId: view.customerId, contractId: view.id, status: 'ACTIVE', operationType: 'NEW', loanAmount: '10000.00', termMonths: 96, monthlyRate: '0.0185',
      insurance: '0.00', iof: '342.09', financedAmount: '10342.09', installmentAmount: '231.24', paidInstallments: 1, remainingInstallments: 95,
      updatedBalance: expectedPayoff(view, 1, '2026-04-20').payoff, balanceDate: '2026-04-20', message: 'Consulta realizada com sucesso.',
      plan: { startDate: '2026-03-10', startBalance: '10342.09', afterInstallment: 0, installmentAmount: '231.24', termMonths: 96 }, settlement: null, renegotiation: null, insurancePolicy: null,
      formalization: {
        documentHash: view.formalization.documentHash, issuedAt: view.formalization.issuedAt, documentUrl: `/v1/contracts/${view.id}/ccb`,
        acceptance: { acceptedAt: view.formalization.issuedAt, channel: 'CORBAN', acceptedBy: `customer:${me.accountId}` },
      },
    });
    expect(installments).toHaveLength(96);
    expect(installments[0]).toEqual({ number: 1, dueDate: '2026-04-10', installment: '231.24', interest: '197.77', amortization: '33.47', fine: '4.62', mora: '0.76', status: 'PAID', paidDate: '2026-04-20' });
    expect(installments[1]).toEqual({ number: 2, dueDate: '2026-05-10', installment: '231.24', interest: '190.71', amortization: '40.53', fine: null, mora: null, status: 'PENDING', paidDate: null });

    const list = await get(`/v1/customers/${me.accountId}/contracts`, me.accessToken);
    expect([list.status, list.body.items.map((c: any) => c.id)]).toEqual([200, [view.id]]);

    const other = await activeInss();
    const problem = async (path: string) => {
      const res = await get(path, me.accessToken);
      return [res.status, res.body.code, res.body.detail];
    };
    const noCustomer = [404, 'LOAN.CUSTOMER_NOT_FOUND', 'Cliente não encontrado'];
    const noContract = [404, 'CONTRACT.NOT_FOUND', 'Empréstimo não encontrado ou inválido'];
    expect(await problem(`/v1/customers/${randomUUID()}/contracts/${view.id}`)).toEqual(noCustomer);
    expect(await problem(`/v1/customers/12345678909/contracts/${view.id}`)).toEqual(noCustomer);
    expect(await problem(`/v1/customers/${randomUUID()}/contracts`)).toEqual(noCustomer);
    expect(await problem(`/v1/customers/${view.customerId}/contracts/${randomUUID()}`)).toEqual(noContract);
    expect(await problem(`/v1/customers/${view.customerId}/contracts/not-a-uuid`)).toEqual(noContract);
    expect(await problem(`/v1/customers/${view.customerId}/contracts/${other.id}`)).toEqual(noContract);
    // Someone else's customer id is, to this customer, one with no contract; servicing-ops reads it.
    expect(await problem(`/v1/customers/${other.customerId}/contracts/${other.id}`)).toEqual(noCustomer);
    expect((await get(`/v1/customers/${other.customerId}/contracts/${other.id}`)).body).toMatchObject({ customerId: other.customerId, contractId: other.id });
    expect(await problem(`/v1/customers/${view.customerId}/contracts/${view.id}?date=2026-03-09`)).toEqual([
      422, 'CONTRACT.BALANCE_DATE_INVALID', 'A data do saldo não pode ser anterior à data do contrato (2026-03-10).',
    ]);
  });
});
