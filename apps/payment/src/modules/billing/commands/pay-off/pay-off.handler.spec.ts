import type { EntityManager } from 'typeorm';
import { createEnvelope, examplePayload } from '@consignado/contracts';
import type { EventPublisher } from '@consignado/eventing';
import { d, handBilling, m } from '../../../../../test/fixtures/billings';
import { fixedBusinessClock } from '../../../business-clock/domain/business-clock';
import type { Payment } from '../../../payment/domain/payment';
import type { PaymentRepository, PayoffKey } from '../../../payment/database/payment.repository';
import type { Billing } from '../../domain/billing';
import type { BillingRepository } from '../../database/billing.repository';
import { type PayOff, PayOffHandler } from './pay-off.handler';

/** The handler over one in-memory billing and payment store; the store answers a payoff by its key as the unique indexes would. */
function setUp(billing: Billing) {
  const payments: Payment[] = [];
  const published: unknown[] = [];
  const lookups: PayoffKey[] = [];
  const matches = (p: Payment, key: PayoffKey) => p.source === key.source && Object.entries(key).every(([k, v]) => k === 'source' || (p.settlement as Record<string, unknown>)[k] === v);
  const repository = { findForUpdate: async () => billing, save: async () => undefined };
  const store = { add: async (_: unknown, p: Payment) => void payments.push(p), findPayoff: async (_: unknown, key: PayoffKey) => (lookups.push(key), payments.find((p) => matches(p, key))) };
  const publisher = { publish: async (_: unknown, type: string) => void published.push(type) };
  const handler = new PayOffHandler(repository as unknown as BillingRepository, store as unknown as PaymentRepository, publisher as unknown as EventPublisher, fixedBusinessClock('2026-05-06'));
  return { handler, payments, published, lookups };
}

const CLAIM = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const OTHER = '0f1e2d3c-4b5a-4968-8776-655443322110';
const cause = createEnvelope('InsuranceClaimPaid', { payload: examplePayload('InsuranceClaimPaid'), metadata: { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' } });
const claimOf = (b: Billing, claimId: string, amount = '1016.64'): PayOff => ({
  contractId: b.contractId, source: 'INSURANCE', amount: m(amount), date: d('2026-05-05'), settlement: { reason: 'INSURANCE_CLAIM', claimId },
});
const manager = {} as EntityManager;

describe('PayOffHandler: one payoff per claim (HAND blocked for DEATH, 1016.64 on 2026-05-05)', () => {
  it('the same claim paid twice is recorded once: the second finds the first by its claim id and changes nothing', async () => {
    const billing = handBilling();
    billing.changeBlock({ revision: 3, block: { reason: 'DEATH', since: new Date('2026-05-05T14:00:00.000Z') } });
    const { handler, payments, published, lookups } = setUp(billing);
    expect((await handler.execute(manager, claimOf(billing, CLAIM), cause)).outcome).toBe('SETTLED');
    const after = billing.snapshot;
    expect(await handler.execute(manager, claimOf(billing, CLAIM), cause)).toEqual({ outcome: 'ALREADY_RECORDED' });
    expect([payments.length, published, billing.snapshot]).toEqual([1, ['PaymentReceived'], after]);
    expect(lookups).toEqual([{ source: 'INSURANCE', claimId: CLAIM }, { source: 'INSURANCE', claimId: CLAIM }]);
  });

  it('another claim on the contract it settled is all credit, no event', async () => {
    const billing = handBilling();
    const { handler, payments, published } = setUp(billing);
    await handler.execute(manager, claimOf(billing, CLAIM), cause);
    expect((await handler.execute(manager, claimOf(billing, OTHER, '100.00'), cause)).outcome).toBe('CREDITED');
    expect([payments.map((p) => p.effect), published.length, billing.snapshot.creditBalance.toString()]).toEqual([['APPLIED', 'CREDITED'], 1, '100.00']);
  });
});
