import { CounterpartsClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { installment15, interest15, reduceTermRows, sum } from '../support/by-hand';
import { activeContract, contractWhen, daysBetween, payOnDueDates, plusDays, servicing, type ActiveContract, type Json } from '../support/contracts';
import { e2eStack } from '../support/stack';

/**
 * R-LN-5 through the stack, both modes on one contract, each figure worked out by hand: payment
 * re-plans under the billing lock, loan verifies and raises ContractAmended, the connector alters
 * the deduction at Dataprev, the customer is told. The amortization date is 15 days after a paid
 * due date whose next due date is 30 days on, so every pro-rata growth is √(1+i).
 */
export function amortizationSuite(): void {
  describe('extraordinary amortization', () => {
    let a: ActiveContract;
    let k: number;
    let t: string;
    let rate: string;
    const s = () => servicing();
    const amortize = (amount: string, amortizationMode: 'REDUCE_TERM' | 'REDUCE_INSTALLMENT') =>
      s().amortize({ customerId: a.customerId, contractId: a.contractId, amount, paymentDate: t, amortizationMode });
    const registration = (ready: (r: Json) => boolean) =>
      waitFor(async () => (await new CounterpartsClient(e2eStack().urls).registrations(a.benefitNumber, a.cpf)).find((r) => r['contratoId'] === a.contractId && ready(r)), { description: 'Dataprev registration', timeoutMs: 60_000 });

    beforeAll(async () => {
      a = await activeContract('internal', '3000.00', 12);
      rate = a.contract['monthlyRate'];
      k = a.rows.findIndex((r, j) => j > 0 && daysBetween(a.rows[j - 1]['dueDate'], r['dueDate']) === 30);
      await payOnDueDates(a, k);
      t = plusDays(a.rows[k - 1]['dueDate'], 15);
      await s().setBusinessDate(t);
    }, 300_000);

    it('an amount that does not cover the interest, or that would settle the contract, is refused with the figure — nothing written', async () => {
      const balance = a.rows[k - 1]['balance'];
      const interest = interest15(balance, rate);
      const before = { billing: (await s().billing(a.contractId)).body, loan: (await s().contract(a.contractId, t)).body };

      const small = await amortize(interest, 'REDUCE_TERM');
      expect(small.status).toBe(422);
      expect(small.body).toEqual(expect.objectContaining({ code: 'PAYMENT.EXTRA_AMOUNT_TOO_SMALL', details: expect.objectContaining({ interest }) }));
      const whole = await amortize(sum([balance, interest]), 'REDUCE_INSTALLMENT');
      expect(whole.status).toBe(422);
      expect(whole.body).toEqual(expect.objectContaining({ code: 'PAYMENT.EXTRA_AMOUNT_SETTLES_CONTRACT', details: expect.objectContaining({ settlementAmount: sum([balance, interest]) }) }));
      expect(whole.body['detail']).toMatch(/quita/i);

      expect((await s().billing(a.contractId)).body).toEqual(before.billing);
      expect((await s().contract(a.contractId, t)).body).toEqual(before.loan);
    });

    it('REDUCE_TERM: the same installment, fewer of them — payment, loan and Dataprev agree with the figures by hand', async () => {
      const installment = a.contract['installmentAmount'];
      const interest = interest15(a.rows[k - 1]['balance'], rate);
      const balance = sum([a.rows[k - 1]['balance'], interest, '-1000.00']);
      const rows = reduceTermRows(balance, rate, installment, 12 - k);

      const paid = await amortize('1000.00', 'REDUCE_TERM');
      expect(paid.status).toBe(201);
      expect(paid.body['message']).toBe('Amortização extraordinária registrada com sucesso.');
      expect(paid.body['amortization']).toEqual(expect.objectContaining({
        mode: 'REDUCE_TERM', interestSettled: interest, balance, previousInstallmentAmount: installment, installmentAmount: installment, remainingInstallments: rows.length,
      }));
      expect(paid.body['amortization']['installments']).toEqual(rows.map((amount, j) => ({ number: k + 1 + j, dueDate: a.rows[k + j]['dueDate'], amount })));
      expect(rows.length).toBeLessThan(12 - k);

      const amended = await contractWhen(a.contractId, (c) => c['plan']['startDate'] === t, 'contract amended', t);
      expect(amended['plan']).toEqual({ startDate: t, startBalance: balance, afterInstallment: k, installmentAmount: installment, termMonths: k + rows.length });
      expect(amended['installments'].slice(k).map((r: Json) => [r['status'], r['installment']])).toEqual(rows.map((amount) => ['PENDING', amount]));
      expect(amended['installments']).toHaveLength(k + rows.length);

      const altered = await registration((r) => r['quantidadeParcelas'] === rows.length);
      expect(altered['valorParcela']).toBe(installment);
      await waitFor(async () => (await s().notifications(a.customerId)).find((n) => n.template === 'CONTRACT_AMENDED'), { description: 'new plan notice' });
    });

    it('REDUCE_INSTALLMENT on the amended plan: as many installments, each smaller — and the new installment is billed', async () => {
      const before = (await s().contract(a.contractId, t)).body;
      const remaining = before['remainingInstallments'] as number;
      const balance = sum([before['plan']['startBalance'], '-500.00']); // same date: no interest since the last amortization
      const installment = installment15(balance, rate, remaining);

      const paid = await amortize('500.00', 'REDUCE_INSTALLMENT');
      expect(paid.status).toBe(201);
      expect(paid.body['amortization']).toEqual(expect.objectContaining({
        mode: 'REDUCE_INSTALLMENT', interestSettled: '0.00', balance, previousInstallmentAmount: before['plan']['installmentAmount'], installmentAmount: installment, remainingInstallments: remaining,
      }));

      const amended = await contractWhen(a.contractId, (c) => c['plan']['installmentAmount'] === installment, 'second amendment', t);
      expect(amended['plan']).toEqual(expect.objectContaining({ startBalance: balance, termMonths: k + remaining }));
      const altered = await registration((r) => r['valorParcela'] === installment);
      expect(altered['quantidadeParcelas']).toBe(remaining);
      const billing = await waitFor(async () => {
        const b = (await s().billing(a.contractId)).body;
        return b['installments']?.find((r: Json) => r['number'] === k + 1 && r['amount'] === installment) ? b : undefined;
      }, { description: 'billing re-planned' });
      expect(billing['installments'].filter((r: Json) => r['status'] === 'PENDING')).toHaveLength(remaining);
    });
  });
}
