import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '@consignado/contracts';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';
import { CLIENTS, type HttpAnswer, signedInCustomer } from './support';

type Customer = Awaited<ReturnType<typeof signedInCustomer>>;

/**
 * Who may call what (R-SEC-1) with real tokens of the local provider: every route needs a token
 * with its scope, staff routes a role, and a customer reaches only their own contracts and
 * payments — anyone else's answers exactly as an unknown one. HAND on 2026-05-10: #1 and #2 cost 346.75.
 */
describe('payment API access on the real stack', () => {
  let h: Harness;
  let me: Customer;
  let mine: PayloadOf<'ContractActivated'>;
  let theirs: PayloadOf<'ContractActivated'>;
  let theirPayment: string;

  beforeAll(async () => {
    h = await startHarness();
    await h.setToday('2026-05-10');
    me = await signedInCustomer(h.service.baseUrl);
    [mine, theirs] = await Promise.all([h.activate(handActivation({ customerId: me.customerId })), h.activate(handActivation())]);
    const paid = await h.pay({ customerId: theirs.customerId, contractId: theirs.contractId, amount: '346.75', installments: [1], paymentDate: '2026-05-10' });
    expect(paid.status).toBe(201);
    theirPayment = paid.body.paymentId;
  });

  afterAll(async () => {
    await h?.close();
  });

  const routes = (): Array<[string, string, unknown?]> => [
    ['GET', `/v1/contracts/${mine.contractId}/installments`],
    ['GET', `/v1/payments/${theirPayment}`],
    ['POST', '/v1/payments', { customerId: mine.customerId, contractId: mine.contractId, amount: '346.75', installments: [2], paymentDate: '2026-05-10' }],
    ['POST', '/v1/payroll-remittances', { remittanceId: 'R-1', referenceMonth: '2026-05', paymentDate: '2026-05-10', lines: [] }],
    ['GET', '/v1/payroll-remittances/R-1'],
    ['GET', '/v1/admin/clock'],
    ['PUT', '/v1/admin/clock', { today: '2030-01-01' }],
    ['POST', '/v1/admin/jobs/installment-due', { date: '2030-01-01' }],
    ['GET', '/v1/admin/audit'],
  ];
  /** The contract's release of funds and credit, which its customer reaches too. */
  const contractRoutes = (): Array<[string, string, unknown?]> => [
    ['GET', `/v1/contracts/${mine.contractId}/disbursements`],
    ['POST', `/v1/contracts/${mine.contractId}/regret-return/receipts`, { amount: '10.00' }],
    ['POST', `/v1/contracts/${mine.contractId}/credit/refund`, {}],
    ['POST', `/v1/contracts/${mine.contractId}/credit/apply`, {}],
  ];
  const codeOf = (a: HttpAnswer) => [a.status, a.body?.code];

  it('no token → 401 AUTH.TOKEN_MISSING with a Bearer challenge, on every route; nothing changed', async () => {
    for (const [method, path, body] of [...routes(), ...contractRoutes()]) {
      const answer = await h.api.as('anonymous').call(method, path, body);
      expect([method, path, ...codeOf(answer), answer.headers.get('www-authenticate')]).toEqual([method, path, 401, 'AUTH.TOKEN_MISSING', 'Bearer realm="consignado"']);
    }
    expect((await h.api.call('GET', '/v1/admin/clock')).body.today).toBe('2026-05-10');
  });

  it('a token without the route\'s scope → 403 AUTH.INSUFFICIENT_SCOPE', async () => {
    const payroll = h.api.as({ client: CLIENTS.payroll }); // backoffice only
    const [, , pay] = routes();
    for (const [method, path, body] of [routes()[0], ...contractRoutes()]) expect([path, ...codeOf(await payroll.call(method, path, body))]).toEqual([path, 403, 'AUTH.INSUFFICIENT_SCOPE']);
    const readOnly = await h.api.as({ client: CLIENTS.ops, scopes: ['contracts:read'] }).call(pay[0], pay[1], pay[2]);
    expect([...codeOf(readOnly), readOnly.headers.get('www-authenticate')]).toEqual([403, 'AUTH.INSUFFICIENT_SCOPE', 'Bearer realm="consignado", error="insufficient_scope"']);
    for (const [method, path, body] of routes().slice(3)) expect([path, ...codeOf(await me.api.call(method, path, body))]).toEqual([path, 403, 'AUTH.INSUFFICIENT_SCOPE']);
  });

  it('a back-office caller without the route\'s role → 403 AUTH.ROLE_REQUIRED', async () => {
    const operator = h.api.as({ client: 'internal-origination' }); // backoffice, role OPERATOR
    for (const [method, path, body] of routes().slice(3)) expect([path, ...codeOf(await operator.call(method, path, body))]).toEqual([path, 403, 'AUTH.ROLE_REQUIRED']);
    const payroll = h.api.as({ client: CLIENTS.payroll }); // SERVICING: no clock adjustment, no audit trail
    expect(codeOf(await payroll.call('PUT', '/v1/admin/clock', { today: '2030-01-01' }))).toEqual([403, 'AUTH.ROLE_REQUIRED']);
    expect(codeOf(await payroll.call('GET', '/v1/admin/audit'))).toEqual([403, 'AUTH.ROLE_REQUIRED']);
    expect((await h.api.call('GET', '/v1/admin/clock')).body.today).toBe('2026-05-10');
  });

  it('a customer pays their own contract and reads it and the payment back', async () => {
    const paid = await me.api.call('POST', '/v1/payments', { customerId: me.customerId, contractId: mine.contractId, amount: '346.75', installments: [1], paymentDate: '2026-05-10' });
    expect([paid.status, paid.body.customerId, paid.body.contractId]).toEqual([201, me.customerId, mine.contractId]);
    const view = await me.api.call('GET', `/v1/contracts/${mine.contractId}/installments`);
    expect([view.status, view.body.installments[0].paymentId]).toEqual([200, paid.body.paymentId]);
    expect((await me.api.call('GET', `/v1/payments/${paid.body.paymentId}`)).body).toMatchObject({ paymentId: paid.body.paymentId, customerId: me.customerId });
  });

  it('a customer on another customer\'s contract or payment: the same 404 as an unknown one, nothing written', async () => {
    const answer = async (method: string, path: string, body?: unknown) => {
      const { status, body: problem } = await me.api.call(method, path, body);
      return [status, problem.code, problem.detail];
    };
    expect(await answer('GET', `/v1/contracts/${theirs.contractId}/installments`)).toEqual(await answer('GET', `/v1/contracts/${randomUUID()}/installments`));
    expect(await answer('GET', `/v1/contracts/${theirs.contractId}/installments`)).toEqual([404, 'BILLING.NOT_FOUND', 'Empréstimo não encontrado ou inválido']);
    expect(await answer('GET', `/v1/payments/${theirPayment}`)).toEqual([404, 'PAYMENT.NOT_FOUND', 'Pagamento não encontrado']);
    const payment = (customerId: string, contractId: string) => ({ customerId, contractId, amount: '346.75', installments: [2], paymentDate: '2026-05-10' });
    const unknown = await answer('POST', '/v1/payments', payment(me.customerId, randomUUID()));
    expect(unknown).toEqual([404, 'PAYMENT.CONTRACT_NOT_FOUND', 'Empréstimo não encontrado ou inválido']);
    expect(await answer('POST', '/v1/payments', payment(theirs.customerId, theirs.contractId))).toEqual(unknown);
    expect(await answer('POST', '/v1/payments', payment(me.customerId, theirs.contractId))).toEqual(unknown);
    expect(await answer('POST', '/v1/payments', payment(randomUUID(), randomUUID()))).toEqual(unknown);
    expect((await h.view(theirs.contractId)).installments.map((i: { status: string }) => i.status)).toEqual(['PAID', 'PENDING', 'PENDING']);
  });

  it('an Idempotency-Key is per caller: the same key from a customer never replays another caller\'s payment', async () => {
    const key = randomUUID();
    const ops = await h.pay({ customerId: theirs.customerId, contractId: theirs.contractId, amount: '346.75', installments: [2], paymentDate: '2026-05-10' }, key);
    const body = { customerId: me.customerId, contractId: mine.contractId, amount: '346.75', installments: [2], paymentDate: '2026-05-10' };
    const own = await me.api.call('POST', '/v1/payments', body, { 'idempotency-key': key });
    expect([ops.status, own.status, own.body.contractId]).toEqual([201, 201, mine.contractId]);
    const again = await me.api.call('POST', '/v1/payments', body, { 'idempotency-key': key });
    expect([again.status, again.body.paymentId]).toEqual([200, own.body.paymentId]);
  });
});
