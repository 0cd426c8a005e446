import Big from 'big.js';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, priceSchedule, unwrap } from '@consignado/finance';
import { CounterpartsClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { cents, sum } from '../support/by-hand';
import { activeContract, contractWhen, servicing, type ActiveContract, type Json } from '../support/contracts';
import { client, failedRules, finalState, scriptDataprev } from '../support/journey';
import { e2eStack } from '../support/stack';

/** The date credit analysis and loan book on: Brasília's calendar day of the machine's clock. */
const brasiliaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date());

/**
 * R-LN-6 and R-PR-5 through the CORBAN channel: too early refused; then, with 2 of 6 installments
 * paid, a refinancing with R$ 1.000,00 of new money — the old contract's payoff settles it, one
 * Dataprev registration swaps the deduction, the corban earns its commission on the whole credit.
 */
export function refinancingSuite(): void {
  describe('refinancing with troco via CORBAN', () => {
    let a: ActiveContract;
    const corban = () => client('corban');
    const refinance = (troco: string) => corban().proposeRefinancing({ customerId: a.customerId, refinancedContractId: a.contractId, troco, termMonths: 12 });

    beforeAll(async () => {
      a = await activeContract('corban', '3000.00', 6);
      await servicing().setBusinessDate(null);
    }, 200_000);

    it('before 20% of the installments are paid: REJECTED with the rule and its pt-BR reason, the old contract untouched', async () => {
      const before = (await servicing().contract(a.contractId)).body;
      const created = await refinance('1000.00');
      expect(created.status).toBe(201);
      const proposal = await finalState(corban(), String(created.body['id']));
      expect(proposal['state']).toBe('REJECTED');
      expect(failedRules(proposal)).toContain('CREDIT.REFINANCE_TOO_EARLY');
      expect(JSON.stringify(proposal['decision'])).toContain('O refinanciamento exige ao menos 20% das parcelas pagas: 0 de 6, mínimo 2.');
      const after = (await servicing().contract(a.contractId)).body;
      expect(after).toEqual(expect.objectContaining({ status: 'ACTIVE', revision: before['revision'], replacedByContractId: null }));
    });

    it('with 2 of 6 paid: CONTRACTED for payoff + troco, the old contract REFINANCED by exactly its payoff, one registration, the commission on the whole credit — and the old contract held meanwhile', async () => {
      const s = servicing();
      const today = brasiliaToday();
      const ahead = sum([a.rows[0]['installment'], a.rows[1]['installment']]);
      const paid = await s.pay({ customerId: a.customerId, contractId: a.contractId, amount: ahead, installments: [1, 2], paymentDate: today });
      expect(paid.status).toBe(201);
      await contractWhen(a.contractId, (c) => c['paidInstallments'] === 2, 'two installments paid ahead');
      const quote = (await s.payoff(a.contractId, today)).body;
      expect(new Big(quote['prepaidDiscount']).gt(0)).toBe(true);

      // The averbação hangs once (the connector's 3 s timeout), so the hold is observable.
      await scriptDataprev(a.benefitNumber, 'REGISTER', 1, 'timeout');
      const created = await refinance('1000.00');
      expect(created.status).toBe(201);
      await waitFor(async () => ((await s.billing(a.contractId)).body['refinancingHold'] ? true : undefined), { description: 'refinancing hold on the old billing' });
      const held = await s.settle({ customerId: a.customerId, contractId: a.contractId, amount: quote['amount'], paymentDate: today });
      expect(held.status).toBe(409);
      expect(held.body['code']).toBe('PAYMENT.REFINANCING_IN_PROGRESS');

      const proposal = await finalState(corban(), String(created.body['id']));
      expect(proposal['state']).toBe('CONTRACTED');
      const released = sum([quote['amount'], '1000.00']);
      const fresh: Json = (await s.contract(String(proposal['contractId']))).body;
      expect(fresh).toEqual(expect.objectContaining({ operationType: 'REFINANCING', refinancedContractId: a.contractId, releasedAmount: released, contractDate: today }));
      expect(fresh['financedAmount']).toBe(sum([released, fresh['iof']]));
      // IOF on the troco only: between 0.38% of it and the decree's ceiling on a year (about 3.4%).
      expect(new Big(fresh['iof']).gt('3.80') && new Big(fresh['iof']).lt('35.00')).toBe(true);
      const schedule = priceSchedule({
        principal: Money.of(fresh['financedAmount']), rate: MonthlyRate.of(fresh['monthlyRate']), term: LoanTerm.of(12),
        dates: unwrap(LoanDates.create(IsoDate.of(fresh['contractDate']), IsoDate.of(fresh['firstDueDate']))),
      });
      expect(fresh['installmentAmount']).toBe(schedule.installment.toString());

      const old = await contractWhen(a.contractId, (c) => c['status'] === 'SETTLED', 'old contract SETTLED');
      expect(old['settlement']).toEqual(expect.objectContaining({ reason: 'REFINANCED', replacedByContractId: fresh['id'], amount: quote['amount'] }));
      await waitFor(async () => ((await s.billing(a.contractId)).body['status'] === 'SETTLED' ? true : undefined), { description: 'old billing SETTLED' });

      const active = await waitFor(async () => {
        const list = await new CounterpartsClient(e2eStack().urls).registrations(a.benefitNumber, a.cpf);
        return list.length === 1 && list[0]['contratoId'] === fresh['id'] ? list : undefined;
      }, { description: 'one registration, the new contract' });
      expect(active[0]).toEqual(expect.objectContaining({ tipoOperacao: 'REFINANCIAMENTO', contratoRefinanciadoId: a.contractId, valorParcela: fresh['installmentAmount'] }));

      const commission = (await waitFor(async () => ((await corban().proposal(String(created.body['id']))).body['commission'] as Json | undefined), { description: 'commission' }));
      expect(commission).toEqual(expect.objectContaining({ operationType: 'REFINANCING', base: released }));
      expect(commission['amount']).toBe(cents(new Big(released).times(commission['percent']).div(100)));
    }, 200_000);
  });
}
