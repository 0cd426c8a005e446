import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Principal } from '@consignado/auth';
import type { EventPublisher } from '@consignado/eventing';
import type { IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { handBilling } from '../../../../../test/fixtures/billings';
import { fixedBusinessClock } from '../../../business-clock/domain/business-clock';
import type { Billing } from '../../../billing/domain/billing';
import type { BillingRepository } from '../../../billing/database/billing.repository';
import type { RefinancingHoldRepository } from '../../../billing/database/refinancing-hold.repository';
import type { PaymentRepository } from '../../database/payment.repository';
import { makePaymentOf } from './make-payment.command';
import { MakePaymentHandler } from './make-payment.handler';

const customer = (customerId: string): Principal => ({ channel: 'DIGITAL', customerId, cpf: '52998224725', clientId: 'digital-app', scopes: ['payments:write'] });
const operator: Principal = { channel: 'INTERNAL', operatorId: 'servicing-ops', roles: ['SERVICING'], clientId: 'servicing-ops', scopes: ['payments:write'] };

/** The handler over in-memory billings (HAND: #1 costs 346.75 on its due date 2026-05-10). */
function setUp(...billings: Billing[]) {
  const claims: Array<IdempotencyClaim | undefined> = [];
  const lookups: string[] = [];
  const commands = { run: async (claim: IdempotencyClaim | undefined, work: (m: unknown) => Promise<unknown>) => (claims.push(claim), { result: await work({}), replayed: false }) };
  const repository = {
    customerHasBilling: async (_: unknown, id: string) => (lookups.push(id), billings.some((b) => b.snapshot.customerId === id)),
    findForUpdate: async (_: unknown, id: string) => billings.find((b) => b.contractId === id),
    saveChanges: async () => undefined,
  };
  const handler = new MakePaymentHandler(
    commands as unknown as IdempotentCommands,
    repository as unknown as BillingRepository,
    {} as RefinancingHoldRepository,
    { add: async () => undefined } as unknown as PaymentRepository,
    { publish: async () => undefined } as unknown as EventPublisher,
    fixedBusinessClock('2026-05-10'),
  );
  const pay = (by: Principal, body: { customerId: string; contractId: string }, key?: string) =>
    handler.execute(makePaymentOf({ ...body, amount: '346.75', installments: [1], paymentDate: '2026-05-10' }), by, key);
  return { pay, claims, lookups };
}

type Body = { customerId: string; contractId: string };

describe('MakePaymentHandler: who may pay which contract (R-SEC-1)', () => {
  let mine: Billing;
  let theirs: Billing;
  let me: string;
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));
  beforeEach(() => {
    [mine, theirs] = [handBilling(), handBilling()];
    me = mine.snapshot.customerId;
  });
  const other = (): Body => ({ customerId: theirs.snapshot.customerId, contractId: theirs.contractId });

  it('a customer pays their own contract', async () => {
    const { pay } = setUp(mine, theirs);
    expect((await pay(customer(me), { customerId: me, contractId: mine.contractId })).result).toMatchObject({ customerId: me, contractId: mine.contractId });
  });

  it.each<[string, () => Body]>([
    ['another customer\'s contract, named with its customer', () => other()],
    ['another customer\'s contract, under their own customer id', () => ({ customerId: me, contractId: theirs.contractId })],
    ['an unknown contract', () => ({ customerId: me, contractId: randomUUID() })],
  ])('a customer naming %s: the same PAYMENT.CONTRACT_NOT_FOUND', async (_, body) => {
    await expect(setUp(mine, theirs).pay(customer(me), body())).rejects.toMatchObject({ code: 'PAYMENT.CONTRACT_NOT_FOUND' });
  });

  it('never looks another customer up for a customer (whether they have contracts here is not theirs to learn)', async () => {
    const { pay, lookups } = setUp(mine, theirs);
    await expect(pay(customer(me), { customerId: randomUUID(), contractId: randomUUID() })).rejects.toMatchObject({ code: 'PAYMENT.CONTRACT_NOT_FOUND' });
    expect(lookups).toEqual([]);
  });

  it('an internal caller pays any customer\'s contract, and learns an unknown customer', async () => {
    const { pay } = setUp(mine, theirs);
    expect((await pay(operator, other())).result.customerId).toBe(theirs.snapshot.customerId);
    await expect(pay(operator, { customerId: randomUUID(), contractId: theirs.contractId })).rejects.toMatchObject({ code: 'PAYMENT.CUSTOMER_NOT_FOUND' });
  });

  it('scopes the Idempotency-Key per caller: the same key from two callers is two requests; no key, no claim', async () => {
    const { pay, claims } = setUp(mine, theirs);
    await pay(customer(me), { customerId: me, contractId: mine.contractId }, 'k-1');
    await pay(operator, other(), 'k-1');
    await pay(operator, other()).catch(() => undefined);
    expect(claims.map((c) => c && [c.scope, c.key])).toEqual([
      [`make-payment:DIGITAL:${me}`, 'k-1'],
      ['make-payment:INTERNAL:servicing-ops', 'k-1'],
      undefined,
    ]);
  });
});
