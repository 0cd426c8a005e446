import { Money } from '@consignado/finance';
import { handBilling } from '../../../../test/fixtures/billings';
import type { Billing } from '../domain/billing';
import { toBilling, toBillingRow } from './billing.mapper';

const SINCE = new Date('2026-05-02T14:00:00.000Z');
const blockColumns = (b: Billing) => {
  const { blockReason, blockSince, blockRevision } = toBillingRow(b);
  return [blockReason, blockSince?.toISOString() ?? null, blockRevision];
};
const roundTrip = (b: Billing) => toBilling(toBillingRow(b), []).snapshot;

describe('billing mapper: the contract block (R-LN-8)', () => {
  it('never blocked: all three columns null, read back as no block and no revision', () => {
    const billing = handBilling();
    expect(blockColumns(billing)).toEqual([null, null, null]);
    expect([roundTrip(billing).block, roundTrip(billing).blockRevision]).toEqual([undefined, undefined]);
  });

  it('blocked: reason, since and revision written and read back', () => {
    const billing = handBilling();
    billing.changeBlock({ revision: 3, block: { reason: 'FRAUD_SUSPECTED', since: SINCE } });
    expect(blockColumns(billing)).toEqual(['FRAUD_SUSPECTED', SINCE.toISOString(), 3]);
    expect([roundTrip(billing).block, roundTrip(billing).blockRevision]).toEqual([{ reason: 'FRAUD_SUSPECTED', since: SINCE }, 3]);
  });

  it('unblocked: no reason or date, the revision kept to recognise a late block as stale', () => {
    const billing = handBilling();
    billing.changeBlock({ revision: 3, block: { reason: 'DEATH', since: SINCE } });
    billing.changeBlock({ revision: 4 });
    expect(blockColumns(billing)).toEqual([null, null, 4]);
    const restored = toBilling(toBillingRow(billing), []);
    expect([restored.snapshot.block, restored.changeBlock({ revision: 3, block: { reason: 'DEATH', since: SINCE } })]).toEqual([undefined, 'STALE']);
  });
});

describe('billing mapper: the insurance premium refund', () => {
  it('none: the column null, read back as none', () => {
    expect([toBillingRow(handBilling()).insurancePremiumRefund, roundTrip(handBilling()).insurancePremiumRefund]).toEqual([null, undefined]);
  });

  it('credited: written as a decimal string and read back, so the restored billing credits it no more', () => {
    const billing = handBilling();
    billing.refundInsurancePremium(Money.of('123.45'));
    expect([toBillingRow(billing).insurancePremiumRefund, toBillingRow(billing).creditBalance]).toEqual(['123.45', '123.45']);
    const restored = toBilling(toBillingRow(billing), []);
    expect([restored.refundInsurancePremium(Money.of('123.45')), restored.snapshot.creditBalance.toString()]).toEqual(['ALREADY_CREDITED', '123.45']);
  });
});

describe('billing mapper: the product (a workout\'s longest term)', () => {
  it('kept from the activation, written and read back; a billing without it reads back as unknown', () => {
    const billing = handBilling();
    expect([toBillingRow(billing).product, roundTrip(billing).product]).toEqual(['INSS_CONSIGNADO', 'INSS_CONSIGNADO']);
    expect(toBilling({ ...toBillingRow(billing), product: null }, []).snapshot).not.toHaveProperty('product');
  });
});
