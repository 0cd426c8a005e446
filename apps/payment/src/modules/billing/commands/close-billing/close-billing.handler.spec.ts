import type { EntityManager } from 'typeorm';
import { d, handBilling, m, PAID_AT } from '../../../../../test/fixtures/billings';
import type { Billing } from '../../domain/billing';
import type { BillingInstallmentRow } from '../../database/billing-installment.orm-entity';
import { toBilling, toBillingRow, toInstallmentRow } from '../../database/billing.mapper';
import type { BillingRow } from '../../database/billing.orm-entity';
import type { BillingRepository } from '../../database/billing.repository';
import type { RefinancingHoldRepository } from '../../database/refinancing-hold.repository';
import { type CloseBilling, CloseBillingHandler } from './close-billing.handler';

/** Billings kept as their rows: every read restores from what was written, as after a restart. */
function store(...billings: Billing[]) {
  const rows = new Map<string, [BillingRow, BillingInstallmentRow[]]>();
  const put = (b: Billing) => rows.set(b.contractId, [toBillingRow(b), b.snapshot.installments.map((i) => toInstallmentRow(b.contractId, i))]);
  billings.forEach(put);
  let saves = 0;
  const repository = {
    findForUpdate: async (_: unknown, id: string) => (rows.has(id) ? toBilling(...(rows.get(id) as [BillingRow, BillingInstallmentRow[]])) : undefined),
    save: async (_: unknown, b: Billing) => (saves++, put(b)),
  };
  const handler = new CloseBillingHandler(repository as unknown as BillingRepository, {} as RefinancingHoldRepository);
  const read = (id: string) => toBilling(...(rows.get(id) as [BillingRow, BillingInstallmentRow[]])).snapshot;
  return { handler, read, saves: () => saves };
}

const settled = (b: Billing, refund?: string): CloseBilling => ({ contractId: b.contractId, customerId: b.snapshot.customerId, status: 'SETTLED', at: PAID_AT, insurancePremiumRefund: refund ? m(refund) : undefined });
const manager = {} as EntityManager;

describe('CloseBillingHandler: the insurance premium refund of ContractSettled, credited once', () => {
  it('a billing payment settled already (a portability out, 2.83 over): the refund joins the credit once; the same settlement again credits nothing', async () => {
    const billing = handBilling([1, '2026-05-10']);
    billing.payOff({ paymentId: 'p-port', paidAt: PAID_AT }, { amount: m('690.00'), date: d('2026-06-10'), source: 'PORTABILITY', settlement: { reason: 'PORTED_OUT', portabilityNumber: '202606100000000012345' } });
    const { handler, read, saves } = store(billing);
    expect(await handler.execute(settled(billing, '123.45'), manager)).toEqual({ outcome: 'UNCHANGED', holdReleased: false, premiumRefund: 'CREDITED' });
    expect([read(billing.contractId).creditBalance.toString(), read(billing.contractId).insurancePremiumRefund?.toString()]).toEqual(['126.28', '123.45']);
    expect(await handler.execute(settled(billing, '123.45'), manager)).toEqual({ outcome: 'UNCHANGED', holdReleased: false, premiumRefund: 'ALREADY_CREDITED' });
    expect([read(billing.contractId).creditBalance.toString(), saves()]).toEqual(['126.28', 1]);
  });

  it('an ACTIVE billing is settled and credited in one write', async () => {
    const billing = handBilling([1, '2026-05-10'], [2, '2026-06-10']);
    const { handler, read, saves } = store(billing);
    expect((await handler.execute(settled(billing, '10.00'), manager)).premiumRefund).toBe('CREDITED');
    expect([read(billing.contractId).status, read(billing.contractId).creditBalance.toString(), saves()]).toEqual(['SETTLED', '10.00', 1]);
  });

  it('a settlement before the activation: the closed billing holds the refund; seen again, nothing more', async () => {
    const billing = handBilling();
    const { handler, read } = store();
    expect(await handler.execute(settled(billing, '50.00'), manager)).toEqual({ outcome: 'CLOSED_BEFORE_ACTIVATION', holdReleased: false, premiumRefund: 'CREDITED' });
    expect((await handler.execute(settled(billing, '50.00'), manager)).premiumRefund).toBe('ALREADY_CREDITED');
    expect(read(billing.contractId).creditBalance.toString()).toBe('50.00');
  });

  it('no refund in the event: nothing credited, a settled billing not even written', async () => {
    const billing = handBilling();
    billing.close({ status: 'SETTLED', at: PAID_AT });
    const { handler, saves } = store(billing);
    expect(await handler.execute(settled(billing), manager)).toEqual({ outcome: 'UNCHANGED', holdReleased: false, premiumRefund: 'NONE' });
    expect(saves()).toBe(0);
  });
});
