import { daysAgo, type Channel } from '@consignado/stack-runner';
import { servicing } from '../support/contracts';
import { envelopesOnKafka } from '../support/kafka';
import { client, failedRules, finalState, inssCustomer, plainCustomer, propose, timeline } from '../support/journey';
import { e2eStack } from '../support/stack';

export function originationSuite(): void {
  /**
   * Issue 4: a proposal entered through each channel is analysed, registered with the (mock)
   * Dataprev and becomes an active contract, every step a domain event on the real Kafka.
   */
  describe('origination: every channel reaches CONTRACTED', () => {
    it.each<[Channel]>([['digital'], ['corban'], ['internal']])('%s: INSS proposal → CONTRACTED, contract active in loan, notification stored', async (channel) => {
      const c = client(channel);
      const customer = await inssCustomer(c);
      const id = await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '8000.00', termMonths: 84 });

      const proposal = await finalState(c, id);
      expect(proposal['state']).toBe('CONTRACTED');
      expect(proposal['decision'].outcome).toBe('APPROVED');
      expect(proposal['contractId']).toEqual(expect.any(String));

      const states = (await timeline(c, id)).map((e) => e['stateAfter']);
      expect(states).toEqual(expect.arrayContaining(['PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'APPROVED', 'PENDING_AVERBATION', 'CONTRACTED']));
      expect(states.at(-1)).toBe('CONTRACTED');

      const contract = (await servicing().contract(String(proposal['contractId']))).body;
      expect(contract['status']).toBe('ACTIVE');
      expect(contract['installments']).toHaveLength(84);
      expect(contract['installments'].at(-1).balance).toBe('0.00');
      expect(contract['installmentAmount']).toBe(proposal['terms'].installmentAmount);

      const notifications = await servicing().notifications(customer.id);
      expect(notifications.map((n) => n.template)).toContain('CONTRACT_ACTIVATED');
    });

    it('puts every step on Kafka with the R-EV-1 envelope, one correlationId, causation chained', async () => {
      const c = client('corban');
      const customer = await inssCustomer(c);
      const id = await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '6000.00', termMonths: 72 });
      const proposal = await finalState(c, id);
      expect(proposal['state']).toBe('CONTRACTED');

      // R-LN-9: the contract issued (ContractIssued) and accepted (ProposalAccepted) before loan books it.
      const chain = ['ProposalCreated', 'MarginCheckRequested', 'MarginChecked', 'CreditApproved', 'ContractIssued', 'ProposalAccepted', 'AverbationRequested', 'AverbationCompleted', 'ContractActivated'] as const;
      const seen = await envelopesOnKafka(e2eStack().namespace, [...chain], (e) => e.metadata?.correlationId === proposal['correlationId']);
      const byType = Object.fromEntries(chain.map((t) => [t, (seen.get(t) ?? [])[0]]));
      for (const type of chain) {
        const e = byType[type];
        expect(Object.keys(e).filter((k) => k !== 'key').sort()).toEqual(['aggregateId', 'aggregateType', 'eventId', 'eventType', 'metadata', 'occurredAt', 'payload', 'version']);
        expect(Object.keys(e.metadata).sort()).toEqual(['causationId', 'channel', 'correlationId', 'userId']);
        expect(e.occurredAt).toMatch(/Z$/);
        expect(e.key).toBe(e.aggregateId);
      }
      expect(byType.ProposalCreated.aggregateId).toBe(id);
      expect(byType.ProposalCreated.metadata.channel).toBe('CORBAN');
      expect(byType.ProposalCreated.metadata.causationId).toBeNull();
      for (let i = 1; i < chain.length; i += 1) {
        // The acceptance is the customer's command, not a consumer's reaction: caused by the contract issued, or by nothing.
        if (chain[i] === 'ProposalAccepted') expect([null, byType.ContractIssued.eventId]).toContain(byType.ProposalAccepted.metadata.causationId);
        else expect(byType[chain[i]].metadata.causationId).toBe(byType[chain[i - 1]].eventId);
      }
      expect(byType.ProposalAccepted.metadata.channel).toBe('CORBAN');
      expect(byType.ProposalAccepted.payload.documentHash).toBe(byType.ContractIssued.payload.documentHash);
      expect(byType.ContractActivated.aggregateId).toBe(proposal['contractId']);
    });
  });

  describe('origination: rejections carry their reason', () => {
    it('by margin (fixture pensioner with R$ 31,30 available)', async () => {
      const c = client('internal');
      const customer = await inssCustomer(c, { cpf: '71460238001', benefitNumber: '4000000001', benefitValue: '1518.00', benefitStart: '2012-09-10', linkType: 'PENSIONISTA' });
      const proposal = await finalState(c, await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '5000.00', termMonths: 48 }));
      expect(proposal['state']).toBe('REJECTED');
      expect(failedRules(proposal)).toContain('CREDIT.MARGIN_EXCEEDED');
    });

    it('by age at the end of the contract (D-9)', async () => {
      const c = client('internal');
      const customer = await inssCustomer(c, { birthDate: '1946-01-01' });
      const proposal = await finalState(c, await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '5000.00', termMonths: 84 }));
      expect(proposal['state']).toBe('REJECTED');
      expect(failedRules(proposal)).toContain('CREDIT.AGE_LIMIT_EXCEEDED');
    });

    it('by term above the maximum in force (96 months, D-1)', async () => {
      const c = client('internal');
      const customer = await inssCustomer(c);
      const proposal = await finalState(c, await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '5000.00', termMonths: 108 }));
      expect(proposal['state']).toBe('REJECTED');
      expect(failedRules(proposal)).toContain('CREDIT.TERM_OUT_OF_RANGE');
    });

    it('by the INSS 90-day rule (benefit granted 30 days ago, another paying bank)', async () => {
      const c = client('corban');
      const customer = await inssCustomer(c, { benefitStart: daysAgo(30) });
      const proposal = await finalState(c, await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '3000.00', termMonths: 48, benefitPaidByOwnBank: false }));
      expect(proposal['state']).toBe('REJECTED');
      expect(failedRules(proposal)).toContain('CREDIT.NEW_BENEFIT_NOT_PAYING_BANK');
    });

    it('by score (personal loan, score 150)', async () => {
      const c = client('digital', { cpf: '10000015040' });
      const customerId = await plainCustomer(c, { linkType: 'EMPREGADO', monthlyIncome: '5000.00' });
      const proposal = await finalState(c, await propose(c, { customerId, product: 'PERSONAL', requestedAmount: '3000.00', termMonths: 12 }));
      expect(proposal['state']).toBe('REJECTED');
      expect(failedRules(proposal)).toContain('CREDIT.SCORE_TOO_LOW');
      const notifications = await servicing().notifications(customerId);
      expect(notifications[0]?.template).toBe('CREDIT_REJECTED');
    });
  });
}
