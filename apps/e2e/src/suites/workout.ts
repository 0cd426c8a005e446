import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import { CounterpartsClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { cents, interest15, lateCharges, sum, workoutInstallment, workoutTerm } from '../support/by-hand';
import { activeContract, contractWhen, payOnDueDates, plusDays, servicing, type ActiveContract, type Json } from '../support/contracts';
import { e2eStack } from '../support/stack';

/**
 * R-LN-8, seed 003 §4.9: a consignado contract with #2 unpaid 15 days after its due date asks for
 * workout offers sized to what the customer can pay, accepts one at payment, and is replaced by a
 * RENEGOTIATION contract — loan, payment, Dataprev and the customer's notice agreeing with figures
 * worked out by hand (by-hand.ts: late charges, 15 days of pro-rata interest, Price on the debt).
 */
export function workoutSuite(): void {
  describe('workout of a late contract', () => {
    let a: ActiveContract;
    let t: string;
    let rate: string;
    let byHand: { fine: string; mora: string; remaining: string; total: string };
    const s = () => servicing();
    const offers = (capacity: string, extra: { lateChargesDiscount?: string; graceDays?: number } = {}) => s().workoutOffers(a.contractId, { capacity, date: t, ...extra });
    const option = (body: Json, name: string): Json => (body['offers'] as Json[]).find((o) => o['option'] === name) as Json;

    beforeAll(async () => {
      a = await activeContract('internal', '3000.00', 12);
      rate = a.contract['monthlyRate'];
      await payOnDueDates(a, 1);
      t = plusDays(a.rows[1]['dueDate'], 15);
      const late = lateCharges(a.rows[1]['installment'], 15);
      const remaining = sum([a.rows[1]['balance'], interest15(a.rows[1]['balance'], rate)]);
      byHand = { fine: late.fine, mora: late.mora, remaining, total: sum([late.total, remaining]) };
    }, 300_000);

    it('a contract with nothing late has no offers (422), and the limits are enforced', async () => {
      const onTime = await s().workoutOffers(a.contractId, { capacity: '150.00', date: a.rows[1]['dueDate'] });
      expect(onTime.status).toBe(422);
      expect(onTime.body['code']).toBe('CONTRACT.NO_OVERDUE_INSTALLMENTS');
      const above = await offers('150.00', { lateChargesDiscount: '0.6' });
      expect(above.status).toBe(422);
      expect(above.body['code']).toBe('CONTRACT.WORKOUT_DISCOUNT_ABOVE_LIMIT');
      const tooLittle = await offers('1.00');
      expect(tooLittle.status).toBe(422);
      expect(tooLittle.body['code']).toBe('CONTRACT.NO_FEASIBLE_WORKOUT');
    });

    it('R$ 150 a month: the discount does not fit in the 11 installments left; grace and a longer term do, by hand', async () => {
      const res = await offers('150.00', { graceDays: 30 });
      expect(res.status).toBe(200);
      expect(res.body['consolidated']).toEqual(expect.objectContaining({ overdueCount: 1, overdueAmount: a.rows[1]['installment'], fine: byHand.fine, mora: byHand.mora, total: byHand.total }));
      expect(res.body['limits']).toEqual(expect.objectContaining({ maxLateChargesDiscount: '0.5', maxGraceDays: 90, maxTermMonths: 96 }));
      expect(res.body['unavailable']).toEqual([expect.objectContaining({ option: 'LATE_CHARGES_DISCOUNT', code: 'NO_FEASIBLE_TERM' })]);

      const longerTerm = workoutTerm(byHand.total, rate, '150.00', 96) as number;
      expect(option(res.body, 'LONGER_TERM')).toEqual(expect.objectContaining({
        discount: '0.00', debt: byHand.total, termMonths: longerTerm, installmentAmount: workoutInstallment(byHand.total, rate, longerTerm), firstDueDate: plusDays(t, 30),
      }));
      const graceTerm = workoutTerm(byHand.total, rate, '150.00', 96, 1) as number;
      expect(option(res.body, 'GRACE')).toEqual(expect.objectContaining({
        graceDays: 30, debt: byHand.total, termMonths: graceTerm, installmentAmount: workoutInstallment(byHand.total, rate, graceTerm, 1), firstDueDate: plusDays(t, 60),
      }));
      expect(graceTerm).toBeGreaterThanOrEqual(longerTerm);
    });

    it('an offer that no longer holds is refused at payment with the figures now, and nothing is written', async () => {
      await s().setBusinessDate(t);
      const offer = option((await offers('350.00')).body, 'LATE_CHARGES_DISCOUNT');
      const before = { billing: (await s().billing(a.contractId)).body, loan: (await s().contract(a.contractId, t)).body };
      const stale = await s().renegotiate({
        customerId: a.customerId, contractId: a.contractId, option: 'LATE_CHARGES_DISCOUNT', capacity: '350.00',
        installmentAmount: sum([offer['installmentAmount'], '-0.01']), termMonths: offer['termMonths'],
      });
      expect(stale.status).toBe(422);
      expect(stale.body).toEqual(expect.objectContaining({ code: 'PAYMENT.RENEGOTIATION_TERMS_CHANGED', details: expect.objectContaining({ installmentAmount: offer['installmentAmount'] }) }));
      expect((await s().billing(a.contractId)).body).toEqual(before.billing);
      expect((await s().contract(a.contractId, t)).body).toEqual(before.loan);
    });

    it('half the late charges forgiven within the installments left: the contract is replaced, once, and everyone agrees', async () => {
      const discount = cents(new Big(byHand.fine).plus(byHand.mora).div(2)); // the policy's limit, 50%
      const debt = sum([byHand.total, `-${discount}`]);
      const n = workoutTerm(debt, rate, '350.00', 11) as number;
      const installment = workoutInstallment(debt, rate, n);
      const key = randomUUID();
      const body = { customerId: a.customerId, contractId: a.contractId, option: 'LATE_CHARGES_DISCOUNT' as const, capacity: '350.00', installmentAmount: installment, termMonths: n };

      const accepted = await s().renegotiate(body, key);
      expect(accepted.status).toBe(201);
      expect(accepted.body).toEqual(expect.objectContaining({ contractId: a.contractId, consolidatedDebt: byHand.total, discount, debt, termMonths: n, installmentAmount: installment, firstDueDate: plusDays(t, 30) }));
      const again = await s().renegotiate(body, key);
      expect([again.status, again.body]).toEqual([200, accepted.body]);
      const newId = String(accepted.body['newContractId']);

      const renegotiated = await contractWhen(newId, (c) => c['status'] === 'ACTIVE', 'the RENEGOTIATION contract active', t);
      expect(renegotiated).toEqual(expect.objectContaining({
        customerId: a.customerId, operationType: 'RENEGOTIATION', product: 'INSS_CONSIGNADO', monthlyRate: rate, releasedAmount: debt, financedAmount: debt, iof: '0.00',
        termMonths: n, installmentAmount: installment, contractDate: t, firstDueDate: plusDays(t, 30),
      }));
      const old = await contractWhen(a.contractId, (c) => c['status'] === 'SETTLED', 'the late contract settled', t);
      expect(old['settlement']).toEqual(expect.objectContaining({ reason: 'RENEGOTIATED', replacedByContractId: newId, amount: debt }));

      const billing = await waitFor(async () => { const b = await s().billing(newId); return b.status === 200 ? b.body : undefined; }, { description: 'new billing' });
      expect(JSON.stringify(billing)).toContain(installment);
      const oldInstallment = await s().pay({ customerId: a.customerId, contractId: a.contractId, amount: '500.00', installments: [2], paymentDate: t });
      expect(oldInstallment.status).toBe(422);

      const deduction = await waitFor(async () => (await new CounterpartsClient(e2eStack().urls).registrations(a.benefitNumber, a.cpf)).find((r) => r['quantidadeParcelas'] === n && r['valorParcela'] === installment), { description: 'Dataprev deduction altered', timeoutMs: 60_000 });
      expect(deduction['status'] ?? 'ATIVA').not.toMatch(/CANCEL/);
      const notice = await waitFor(async () => (await s().notifications(a.customerId)).find((x) => x.template === 'CONTRACT_RENEGOTIATED'), { description: 'renegotiation notice', timeoutMs: 60_000 });
      expect(JSON.stringify(notice)).toContain(installment.replace('.', ','));
      expect((await s().notifications(a.customerId)).filter((x) => x.template === 'CONTRACT_RENEGOTIATED')).toHaveLength(1);
    });
  });
}
