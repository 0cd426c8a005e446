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
import type { Payment } from '../../domain/payment';
import { PAYMENT_RESULT } from '../../database/payment-result.codec';
import type { PaymentRepository } from '../../database/payment.repository';
import { renegotiationOf } from './renegotiate.command';
import { RenegotiateHandler } from './renegotiate.handler';
import { renegotiationViewOf } from './renegotiation.view';

const customer = (customerId: string): Principal => ({ channel: 'DIGITAL', customerId, cpf: '52998224725', clientId: 'digital-app', scopes: ['payments:write'] });
const operator: Principal = { channel: 'INTERNAL', operatorId: 'servicing-ops', roles: ['SERVICING'], clientId: 'servicing-ops', scopes: ['payments:write'] };

/** The handler over in-memory billings, on 2026-05-20: HAND with #1 late, LONGER_TERM at 100.00 → 12 × 97.64 on 1032.54 (renegotiation.spec.ts). */
function setUp(billings: Billing[], held = false) {
  const claims: Array<IdempotencyClaim | undefined> = [];
  const written: { saved: Billing[]; added: Payment[]; published: Array<{ type: string; payload: unknown }> } = { saved: [], added: [], published: [] };
  const commands = { run: async (claim: IdempotencyClaim | undefined, work: (m: unknown) => Promise<unknown>) => (claims.push(claim), { result: await work({}), replayed: false }) };
  const repository = {
    customerHasBilling: async (_: unknown, id: string) => billings.some((b) => b.snapshot.customerId === id),
    findForUpdate: async (_: unknown, id: string) => billings.find((b) => b.contractId === id),
    save: async (_: unknown, b: Billing) => void written.saved.push(b),
  };
  const handler = new RenegotiateHandler(
    commands as unknown as IdempotentCommands,
    repository as unknown as BillingRepository,
    { isHeld: async () => held } as unknown as RefinancingHoldRepository,
    { add: async (_: unknown, p: Payment) => void written.added.push(p) } as unknown as PaymentRepository,
    { publish: async (_: unknown, type: string, { payload }: { payload: unknown }) => void written.published.push({ type, payload }) } as unknown as EventPublisher,
    fixedBusinessClock('2026-05-20'),
  );
  const accept = (by: Principal, body: { customerId: string; contractId: string }, key?: string, installmentAmount = '97.64') =>
    handler.execute(renegotiationOf({ ...body, option: 'LONGER_TERM', capacity: '100.00', installmentAmount, termMonths: 12 }), by, key);
  return { accept, claims, written };
}

describe('RenegotiateHandler: who may accept which contract, what is written', () => {
  let mine: Billing;
  let theirs: Billing;
  let me: string;
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));
  beforeEach(() => {
    [mine, theirs] = [handBilling(), handBilling()];
    me = mine.snapshot.customerId;
  });

  it('a customer accepts for their own contract: the billing, the payment and PaymentReceived written; the view; channel DIGITAL', async () => {
    const { accept, written } = setUp([mine, theirs]);
    const { result } = await accept(customer(me), { customerId: me, contractId: mine.contractId });
    expect([written.saved, written.added, written.published.map((e) => e.type)]).toEqual([[mine], [result], ['PaymentReceived']]);
    expect(result.settlement?.renegotiation?.channel).toBe('DIGITAL');
    const view = renegotiationViewOf(result);
    expect(view).toMatchObject({ paymentId: result.paymentId, contractId: mine.contractId, option: 'LONGER_TERM', date: '2026-05-20', consolidatedDebt: '1032.54', discount: '0.00', debt: '1032.54', termMonths: 12, installmentAmount: '97.64', firstDueDate: '2026-06-19' });
    expect([view.newContractId, view.renegotiationId]).toEqual([result.settlement?.replacedByContractId, result.settlement?.renegotiation?.renegotiationId]);
    expect(view.newContractId).not.toBe(view.renegotiationId);
  });

  it('the stored result (an Idempotency-Key\'s replay) gives the same view', async () => {
    const { result } = await setUp([mine]).accept(operator, { customerId: me, contractId: mine.contractId });
    const stored = JSON.parse(JSON.stringify(PAYMENT_RESULT.encode(result)));
    expect(renegotiationViewOf(PAYMENT_RESULT.decode(stored))).toEqual(renegotiationViewOf(result));
  });

  it.each<[string, () => { customerId: string; contractId: string }]>([
    ['another customer\'s contract, named with its customer', () => ({ customerId: theirs.snapshot.customerId, contractId: theirs.contractId })],
    ['another customer\'s contract, under their own customer id', () => ({ customerId: me, contractId: theirs.contractId })],
    ['an unknown contract', () => ({ customerId: me, contractId: randomUUID() })],
  ])('a customer naming %s: PAYMENT.CONTRACT_NOT_FOUND, nothing written', async (_, body) => {
    const { accept, written } = setUp([mine, theirs]);
    await expect(accept(customer(me), body())).rejects.toMatchObject({ code: 'PAYMENT.CONTRACT_NOT_FOUND' });
    expect([written.saved, written.added, written.published]).toEqual([[], [], []]);
  });

  it('staff accept for any customer (channel INTERNAL), and learn an unknown customer', async () => {
    const { accept } = setUp([mine, theirs]);
    const { result } = await accept(operator, { customerId: theirs.snapshot.customerId, contractId: theirs.contractId });
    expect(result.settlement?.renegotiation?.channel).toBe('INTERNAL');
    await expect(accept(operator, { customerId: randomUUID(), contractId: theirs.contractId })).rejects.toMatchObject({ code: 'PAYMENT.CUSTOMER_NOT_FOUND' });
  });

  it('a refinancing hold, or a stale offer: refused, nothing written', async () => {
    const held = setUp([mine], true);
    await expect(held.accept(operator, { customerId: me, contractId: mine.contractId })).rejects.toMatchObject({ code: 'PAYMENT.REFINANCING_IN_PROGRESS' });
    const stale = setUp([mine]);
    await expect(stale.accept(operator, { customerId: me, contractId: mine.contractId }, undefined, '97.65')).rejects.toMatchObject({ code: 'PAYMENT.RENEGOTIATION_TERMS_CHANGED' });
    expect([held.written, stale.written].map((w) => [w.saved, w.added, w.published])).toEqual([[[], [], []], [[], [], []]]);
  });

  it('scopes the Idempotency-Key per caller: `renegotiate:<caller>`; no key, no claim', async () => {
    const { accept, claims } = setUp([mine, theirs]);
    await accept(customer(me), { customerId: me, contractId: mine.contractId }, 'k-1');
    await accept(operator, { customerId: theirs.snapshot.customerId, contractId: theirs.contractId }, 'k-1');
    await accept(operator, { customerId: me, contractId: mine.contractId }).catch(() => undefined);
    expect(claims.map((c) => c && [c.scope, c.key])).toEqual([[`renegotiate:DIGITAL:${me}`, 'k-1'], ['renegotiate:INTERNAL:servicing-ops', 'k-1'], undefined]);
  });
});
