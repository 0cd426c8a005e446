import { randomUUID } from 'node:crypto';
import { CounterpartsClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { interest15, lateCharges, sum } from '../support/by-hand';
import { activeContract, contractWhen, payOnDueDates, plusDays, servicing, type ActiveContract, type Json } from '../support/contracts';
import { e2eStack } from '../support/stack';

const brl = (amount: string) => `R$ ${amount.split('.')[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${amount.split('.')[1]}`;

/**
 * R-LN-4 through the channels: a quote from loan, the settlement paid at payment, loan verifying
 * it, Dataprev's deduction cancelled and the customer told what was saved — exact to the cent,
 * worked out by hand (by-hand.ts) on dates 15 days after a due date.
 */
export function settlementSuite(): void {
  describe('early settlement', () => {
    let a: ActiveContract;
    let t: string;
    const email = `quitacao.${randomUUID().slice(0, 8)}@example.com`;

    beforeAll(async () => {
      a = await activeContract('digital', '3000.00', 12, { email });
      await payOnDueDates(a, 1);
      t = plusDays(a.rows[0]['dueDate'], 15);
      await servicing().setBusinessDate(t);
    }, 200_000);

    it("loan's quote is the balance after the last paid installment plus 15 days of pro-rata interest", async () => {
      const balance = a.rows[0]['balance'];
      const interest = interest15(balance, a.contract['monthlyRate']);
      const quote = await servicing().payoff(a.contractId, t);
      expect(quote.status).toBe(200);
      expect(quote.body).toEqual(expect.objectContaining({
        kind: 'PAYOFF', paidInstallments: 1, balance, interest, prepaidDiscount: '0.00',
        payoff: sum([balance, interest]), amount: sum([balance, interest]),
        remainingUndiscounted: sum(a.rows.slice(1).map((r) => r['installment'])),
      }));
    });

    it('a quote that no longer holds (a cent off, another date) is refused with the amount due, and nothing is written', async () => {
      const s = servicing();
      const due = (await s.payoff(a.contractId, t)).body['amount'] as string;
      const before = { billing: (await s.billing(a.contractId)).body, loan: (await s.contract(a.contractId, t)).body };

      const short = await s.settle({ customerId: a.customerId, contractId: a.contractId, amount: sum([due, '-0.01']), paymentDate: t });
      expect(short.status).toBe(422);
      expect(short.body).toEqual(expect.objectContaining({ code: 'PAYMENT.SETTLEMENT_AMOUNT_MISMATCH', details: expect.objectContaining({ settlementAmount: due, kind: 'PAYOFF' }) }));
      expect(short.body['detail']).toContain(`O valor para quitar o contrato em ${t} é R$ ${due}`);

      const later = plusDays(t, 1);
      await s.setBusinessDate(later);
      const nextDay = (await s.payoff(a.contractId, later)).body['amount'] as string;
      const stale = await s.settle({ customerId: a.customerId, contractId: a.contractId, amount: due, paymentDate: later });
      expect(stale.status).toBe(422);
      expect(stale.body['details']).toEqual(expect.objectContaining({ settlementAmount: nextDay }));
      expect(nextDay).not.toBe(due);

      await s.setBusinessDate(t);
      expect((await s.billing(a.contractId)).body).toEqual(before.billing);
      expect((await s.contract(a.contractId, t)).body).toEqual(before.loan);
    });

    it('the exact amount settles: receipt, loan SETTLED with the same figures, a retried key changes nothing, Dataprev released, the saving told', async () => {
      const s = servicing();
      const quote = (await s.payoff(a.contractId, t)).body;
      const key = randomUUID();
      const body = { customerId: a.customerId, contractId: a.contractId, amount: quote['amount'], paymentDate: t };
      const paid = await s.settle(body, key);
      expect(paid.status).toBe(201);
      expect(paid.body['message']).toBe('Quitação antecipada registrada com sucesso: o contrato está liquidado.');
      expect(paid.body['settlement']).toEqual(expect.objectContaining({
        reason: 'EARLY_SETTLEMENT', kind: 'PAYOFF', settlementAmount: quote['amount'],
        settledInstallments: a.rows.slice(1).map((r) => r['number']), remainingUndiscounted: quote['remainingUndiscounted'],
      }));
      const again = await s.settle(body, key);
      expect(again.status).toBe(200);
      expect(again.body['paymentId']).toBe(paid.body['paymentId']);

      const settled = await contractWhen(a.contractId, (c) => c['status'] === 'SETTLED', 'contract SETTLED');
      expect(settled['settlement']).toEqual(expect.objectContaining({ reason: 'EARLY_SETTLEMENT', date: t, paymentId: paid.body['paymentId'], amount: quote['amount'], remainingUndiscounted: quote['remainingUndiscounted'] }));
      expect(settled['installments'].map((r: Json) => r['status'])).toEqual(['PAID', ...a.rows.slice(1).map(() => 'SETTLED')]);
      expect(settled['updatedBalance']).toBe('0.00');

      const counterparts = new CounterpartsClient(e2eStack().urls);
      await waitFor(async () => ((await counterparts.registrations(a.benefitNumber, a.cpf)).some((r) => r['contratoId'] === a.contractId) ? undefined : true), { description: 'deduction cancelled at Dataprev' });
      const saving = sum([quote['remainingUndiscounted'], `-${quote['amount']}`]);
      const notice = await waitFor(async () => (await s.notifications(a.customerId)).find((n) => n.template === 'CONTRACT_SETTLED'), { description: 'settlement notice' });
      expect(notice.body).toContain(`com o pagamento de ${brl(quote['amount'])}`);
      expect(notice.body).toContain(`Você economizou ${brl(saving)}`);

      const after = await s.pay({ customerId: a.customerId, contractId: a.contractId, amount: a.rows[1]['installment'], installments: [2], paymentDate: t });
      expect(after.status).toBe(422);
      expect(after.body['detail']).toBe('Empréstimo já liquidado');
    });
  });

  describe('early settlement of a late contract', () => {
    it('with an installment 15 days overdue the quote is the consolidated debt — the installment, its fine and mora, and the payoff of the rest — and it settles', async () => {
      const a = await activeContract('corban', '2000.00', 6);
      const s = servicing();
      const t = plusDays(a.rows[0]['dueDate'], 15);
      await s.setBusinessDate(t);
      const late = lateCharges(a.rows[0]['installment'], 15);
      const rest = sum([a.rows[0]['balance'], interest15(a.rows[0]['balance'], a.contract['monthlyRate'])]);
      const quote = (await s.payoff(a.contractId, t)).body;
      expect(quote).toEqual(expect.objectContaining({
        kind: 'CONSOLIDATED_DEBT', payoff: rest, overdueAmount: a.rows[0]['installment'], fine: late.fine, mora: late.mora,
        total: sum([late.total, rest]), amount: sum([late.total, rest]),
      }));
      expect(quote['overdue']).toEqual([expect.objectContaining({ number: 1, daysLate: 15, fine: late.fine, mora: late.mora, total: late.total })]);

      const paid = await s.settle({ customerId: a.customerId, contractId: a.contractId, amount: quote['amount'], paymentDate: t });
      expect(paid.status).toBe(201);
      expect(paid.body['settlement']).toEqual(expect.objectContaining({ kind: 'CONSOLIDATED_DEBT', settledInstallments: [1, 2, 3, 4, 5, 6] }));
      const settled = await contractWhen(a.contractId, (c) => c['status'] === 'SETTLED', 'late contract SETTLED');
      expect(settled['settlement']).toEqual(expect.objectContaining({ reason: 'EARLY_SETTLEMENT', amount: quote['amount'] }));
    }, 200_000);
  });
}
