import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, payoffQuote, priceSchedule, unwrap } from '@consignado/finance';
import type { NotificationRecord, ServicingClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { servicing } from '../support/contracts';
import { client, finalState, inssCustomer, propose } from '../support/journey';

/** The mock Dataprev's synthetic benefit 7500000011 is worth R$ 7,981.07 (see SYNTHETIC_MIN_VALUE). */
const COMFORTABLE_BENEFIT = '7500000011';

type Json = Record<string, any>;

/** Independent of libs/finance: R(x) half-up to cents with big.js, as FINANCE.md states the late charges. */
const cents = (x: Big): string => x.round(2, Big.roundHalfUp).toFixed(2);
const lateByHand = (installment: string, daysLate: number) => {
  const fine = cents(new Big(installment).times('0.02'));
  const mora = cents(new Big(installment).times('0.00033').times(daysLate));
  return { fine, mora, total: new Big(installment).plus(fine).plus(mora).toFixed(2) };
};
const plusDays = (date: string, days: number): string => IsoDate.of(date).plusDays(days).toString();

/**
 * Issue 5: an active consignado contract collected to the end on the real stack — reminders from
 * the daily job, payroll remittances, manual payments with late charges, settlement, and the
 * customer told at each step (stored notification and a real e-mail through the mail sink).
 */
export function servicingSuite(): void {
  describe('servicing: a contract collected to SETTLED', () => {
    let s: ServicingClient;
    let customerId: string;
    let contractId: string;
    let benefitNumber: string;
    let email: string;
    let rows: Json[];
    let contract: Json;

    const row = (n: number): Json => rows[n - 1];
    const templates = async (): Promise<NotificationRecord[]> => s.notifications(customerId);
    const notified = (what: string, match: (n: NotificationRecord) => boolean) =>
      waitFor(async () => (await templates()).find(match), { description: what, timeoutMs: 60_000 });
    const loanInstallment = (n: number, ready: (i: Json) => boolean) =>
      waitFor(async () => {
        const res = await s.contract(contractId);
        const i = (res.body['installments'] as Json[] | undefined)?.[n - 1];
        return i && ready(i) ? i : undefined;
      }, { description: `loan installment ${n}` });

    beforeAll(async () => {
      s = servicing();
      email = `cliente.${randomUUID().slice(0, 8)}@example.com`;
      const c = client('digital');
      // A benefit whose value at the mock Dataprev (R$ 7,981.07, derived from the number) leaves
      // margin for this contract whatever else ran: a random one is too small about once in 70.
      const customer = await inssCustomer(c, { email, phone: '+5561999990000', benefitNumber: COMFORTABLE_BENEFIT });
      customerId = customer.id;
      benefitNumber = customer.benefitNumber;
      const id = await propose(c, { customerId, product: 'INSS_CONSIGNADO', requestedAmount: '3000.00', termMonths: 6 });
      const proposal = await finalState(c, id);
      expect(proposal['state']).toBe('CONTRACTED');
      contractId = String(proposal['contractId']);
      contract = (await s.contract(contractId)).body;
      rows = contract['installments'];
      // payment has the schedule and the payroll deduction before any money moves
      await waitFor(async () => {
        const b = await s.billing(contractId);
        return b.status === 200 && b.body['payrollDeduction'] ? b.body : undefined;
      }, { description: 'billing with payroll deduction' });
    }, 200_000);

    it('installment coming due → one UPCOMING reminder, however often the job runs, and an e-mail', async () => {
      const date = plusDays(row(1)['dueDate'], -3);
      await s.setBusinessDate(date);
      await s.runInstallmentDueJob(date);
      await s.runInstallmentDueJob(date);
      const reminder = await notified('INSTALLMENT_UPCOMING', (n) => n.template === 'INSTALLMENT_UPCOMING');
      expect(reminder.body).toContain(row(1)['installment'].replace('.', ','));
      const mail = await waitFor(async () => (await s.mailbox(email)).find((m) => m.subject === reminder.subject), { description: 'reminder e-mail' });
      expect(mail.to).toContain(email);
      expect((await templates()).filter((n) => n.template === 'INSTALLMENT_UPCOMING')).toHaveLength(1);
    });

    it('on-time manual payment: no charges, installment PAID in loan, receipt notification', async () => {
      const due = row(1)['dueDate'];
      await s.setBusinessDate(due);
      const paid = await s.pay({ customerId, contractId, amount: row(1)['installment'], installments: [1], paymentDate: due });
      expect(paid.status).toBe(201);
      expect(paid.body['allocations']).toEqual([expect.objectContaining({ installmentNumber: 1, fine: '0.00', mora: '0.00', total: row(1)['installment'] })]);
      expect(paid.body['message']).toBe('Pagamento da parcela registrado com sucesso.');
      const applied = await loanInstallment(1, (i) => i['status'] === 'PAID');
      expect(applied).toEqual(expect.objectContaining({ paidDate: due, fine: '0.00', mora: '0.00' }));
      await notified('PAYMENT_RECEIVED', (n) => n.template === 'PAYMENT_RECEIVED');
    });

    it('payroll remittance: the matching line pays, each mismatched line is reported, and the same batch twice has no second effect', async () => {
      const due = row(2)['dueDate'];
      await s.setBusinessDate(due);
      const batch = {
        remittanceId: `FOLHA-E2E-${randomUUID().slice(0, 8)}`,
        referenceMonth: due.slice(0, 7),
        paymentDate: due,
        lines: [
          { benefitNumber, contractId, installmentNumber: 2, amount: row(2)['installment'] },
          { benefitNumber, contractId, installmentNumber: 3, amount: new Big(row(3)['installment']).minus('0.01').toFixed(2) },
          { benefitNumber: '7000000000', contractId, installmentNumber: 4, amount: row(4)['installment'] },
          { benefitNumber, contractId: randomUUID(), installmentNumber: 1, amount: '100.00' },
        ],
      };
      const first = await s.remit(batch);
      expect(first.status).toBe(201);
      expect(first.body['totals']).toEqual(expect.objectContaining({ lines: 4, matched: 1, mismatched: 3, matchedAmount: row(2)['installment'] }));
      expect(first.body['lines'].map((l: Json) => l['status'])).toEqual(['MATCHED', 'AMOUNT_MISMATCH', 'BENEFIT_MISMATCH', 'UNKNOWN_CONTRACT']);
      await loanInstallment(2, (i) => i['status'] === 'PAID');

      const again = await s.remit(batch);
      expect(again.status).toBe(200);
      expect(again.body['replayed']).toBe(true);
      expect(again.body['lines']).toEqual(first.body['lines']);
      const changed = await s.remit({ ...batch, lines: batch.lines.slice(0, 1) });
      expect(changed.status).toBe(409);

      const loan = (await s.contract(contractId)).body;
      expect(loan['paidInstallments']).toBe(2);
      expect(loan['installments'][2]['status']).toBe('PENDING');
      expect((await templates()).filter((n) => n.template === 'PAYMENT_RECEIVED')).toHaveLength(2);
    });

    it('late installment: OVERDUE reminder with fine and mora, an insufficient payment refused with nothing changed, then paid with exact charges', async () => {
      const due = row(3)['dueDate'];
      const date = plusDays(due, 10);
      const charges = lateByHand(row(3)['installment'], 10);
      await s.setBusinessDate(date);
      await s.runInstallmentDueJob(date);
      const overdue = await notified('INSTALLMENT_OVERDUE', (n) => n.template === 'INSTALLMENT_OVERDUE');
      expect(overdue.body).toContain(charges.total.replace('.', ','));

      const before = { loan: (await s.contract(contractId)).body, billing: (await s.billing(contractId)).body };
      const short = await s.pay({ customerId, contractId, amount: row(3)['installment'], installments: [3], paymentDate: date });
      expect(short.status).toBe(422);
      expect(short.body['detail'] ?? short.body['message']).toBe('Valor insuficiente para a parcela atrasada');
      expect((await s.billing(contractId)).body).toEqual(before.billing);
      expect((await s.contract(contractId)).body).toEqual(before.loan);

      const paid = await s.pay({ customerId, contractId, amount: charges.total, installments: [3], paymentDate: date });
      expect(paid.status).toBe(201);
      expect(paid.body['allocations'][0]).toEqual(expect.objectContaining({ daysLate: 10, fine: charges.fine, mora: charges.mora, total: charges.total }));
      const applied = await loanInstallment(3, (i) => i['status'] === 'PAID');
      expect(applied).toEqual(expect.objectContaining({ paidDate: date, fine: charges.fine, mora: charges.mora }));
    });

    it("payoff quote on a date equals the finance library's payoff, and is the contract's updated balance", async () => {
      const date = plusDays(row(3)['dueDate'], 12);
      const schedule = priceSchedule({
        principal: Money.of(contract['financedAmount']),
        rate: MonthlyRate.of(contract['monthlyRate']),
        term: LoanTerm.of(contract['termMonths']),
        dates: unwrap(LoanDates.create(IsoDate.of(contract['contractDate']), IsoDate.of(contract['firstDueDate']))),
      });
      const expected = unwrap(payoffQuote({ schedule, rate: MonthlyRate.of(contract['monthlyRate']), dates: unwrap(LoanDates.create(IsoDate.of(contract['contractDate']), IsoDate.of(contract['firstDueDate']))), paidInstallments: 3, date: IsoDate.of(date) }));
      const quote = await s.payoff(contractId, date);
      expect(quote.status).toBe(200);
      expect(quote.body).toEqual(expect.objectContaining({ paidInstallments: 3, balance: expected.balance.toString(), interest: expected.interest.toString(), payoff: expected.payoff.toString() }));
      const seedView = await s.customerContract(customerId, contractId, date);
      expect(seedView.status).toBe(200);
      expect(seedView.body).toEqual(expect.objectContaining({ paidInstallments: 3, remainingInstallments: 3, updatedBalance: expected.payoff.toString(), message: 'Consulta realizada com sucesso.' }));
    });

    it("queries of an unknown customer or contract answer with the seed's messages", async () => {
      const unknownCustomer = await s.customerContract(randomUUID(), contractId);
      expect(unknownCustomer.status).toBe(404);
      expect(unknownCustomer.body['detail']).toBe('Cliente não encontrado');
      const unknownContract = await s.customerContract(customerId, randomUUID());
      expect(unknownContract.status).toBe(404);
      expect(unknownContract.body['detail']).toBe('Empréstimo não encontrado ou inválido');
      const payUnknown = await s.pay({ customerId: randomUUID(), contractId, amount: '10.00', installments: [4], paymentDate: row(3)['dueDate'] });
      expect(payUnknown.status).toBe(404);
      expect(payUnknown.body['detail']).toBe('Cliente não encontrado');
      const paidAgain = await s.pay({ customerId, contractId, amount: row(1)['installment'], installments: [1], paymentDate: row(3)['dueDate'] });
      expect(paidAgain.status).toBe(422);
      expect(paidAgain.body['detail']).toBe('Parcela inválida ou já quitada');
    });

    it('last payment → SETTLED, ContractSettled, settlement notice; afterwards "Empréstimo já liquidado"', async () => {
      const due = row(4)['dueDate'];
      await s.setBusinessDate(due);
      const amount = Money.sum([4, 5, 6].map((n) => Money.of(row(n)['installment']))).toString();
      const paid = await s.pay({ customerId, contractId, amount, installments: [4, 5, 6], paymentDate: due });
      expect(paid.status).toBe(201);
      const settled = await waitFor(async () => {
        const c = (await s.contract(contractId)).body;
        return c['status'] === 'SETTLED' ? c : undefined;
      }, { description: 'contract SETTLED' });
      expect(settled['paidInstallments']).toBe(6);
      expect(settled['remainingInstallments']).toBe(0);
      await notified('CONTRACT_SETTLED', (n) => n.template === 'CONTRACT_SETTLED');
      await waitFor(async () => ((await s.billing(contractId)).body['status'] === 'SETTLED' ? true : undefined), { description: 'billing SETTLED' });
      const after = await s.pay({ customerId, contractId, amount: '10.00', installments: [6], paymentDate: due });
      expect(after.status).toBe(422);
      expect(after.body['detail']).toBe('Empréstimo já liquidado');
      const payoff = await s.payoff(contractId, due);
      expect(payoff.status).toBe(422);
      expect(payoff.body['detail']).toBe('Empréstimo já liquidado');
    });
  });
}
