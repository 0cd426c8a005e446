import { randomUUID } from 'node:crypto';
import { activeContract, contractWhen, servicing, type Json } from '../support/contracts';
import { envelopesOnKafka } from '../support/kafka';
import { e2eStack } from '../support/stack';

/**
 * The billing lock as the arbiter (docs/life-cycle.md, principle 1) seen from outside: an
 * installment and an early settlement of one contract sent at the same instant. Exactly one of
 * them is applied — whichever payment serialized first — and loan and Kafka agree with it.
 */
export function balanceRaceSuite(): void {
  describe('an installment and an early settlement at the same instant', () => {
    it('one legal outcome: settled (the installment refused) or the installment paid (the stale quote refused); never both, never neither', async () => {
      const a = await activeContract('digital', '2500.00', 6);
      const s = servicing();
      const t = a.rows[0]['dueDate'];
      await s.setBusinessDate(t);
      const quote = (await s.payoff(a.contractId, t)).body;

      const [installment, settlement] = await Promise.all([
        s.pay({ customerId: a.customerId, contractId: a.contractId, amount: a.rows[0]['installment'], installments: [1], paymentDate: t }, randomUUID()),
        s.settle({ customerId: a.customerId, contractId: a.contractId, amount: quote['amount'], paymentDate: t }, randomUUID()),
      ]);
      const statuses = [installment.status, settlement.status];
      expect(statuses.sort()).toEqual([201, 422]);

      const winner = installment.status === 201 ? installment : settlement;
      const loan: Json = installment.status === 201
        ? await contractWhen(a.contractId, (c) => c['paidInstallments'] === 1, 'installment 1 PAID')
        : await contractWhen(a.contractId, (c) => c['status'] === 'SETTLED', 'contract SETTLED');
      if (installment.status === 201) {
        expect(settlement.body['code']).toBe('PAYMENT.SETTLEMENT_AMOUNT_MISMATCH');
        expect(loan['status']).toBe('ACTIVE');
        expect((await s.billing(a.contractId)).body['status']).not.toBe('SETTLED');
      } else {
        expect(installment.body['detail']).toBe('Empréstimo já liquidado');
        expect(loan['installments'][0]['status']).toBe('SETTLED');
      }

      const onKafka = await envelopesOnKafka(e2eStack().namespace, ['PaymentReceived'], (e) => e.payload['contractId'] === a.contractId);
      const received = onKafka.get('PaymentReceived') ?? [];
      expect(new Set(received.map((e) => e.payload['paymentId']))).toEqual(new Set([winner.body['paymentId']]));
    }, 200_000);
  });
}
