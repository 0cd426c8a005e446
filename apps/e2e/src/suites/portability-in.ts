import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, priceSchedule, unwrap } from '@consignado/finance';
import { CounterpartsClient, randomCpf, type OriginContract } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { cents } from '../support/by-hand';
import { contractWhen, servicing, type Json } from '../support/contracts';
import { acceptWhenIssued, client, finalState, inssCustomer } from '../support/journey';
import { e2eStack } from '../support/stack';

const ORIGIN_BANK = '60746948';

/**
 * R-LN-7 through the CORBAN channel and the mock exchange: the origin bank answers and we pay it
 * (CONTRACTED for its balance, no IOF), it refuses, it keeps the customer with a counter-offer, it
 * returns our funds, or it never answers and
 * the deadline passes — each ending in the proposal with the exchange's reason in pt-BR.
 */
export function portabilityInSuite(): void {
  describe('portability in', () => {
    const counterparts = () => new CounterpartsClient(e2eStack().urls);
    const corban = () => client('corban');

    async function portIn(behaviour: OriginContract['behaviour'], extra: Partial<OriginContract> = {}) {
      const cpf = randomCpf();
      const customer = await inssCustomer(corban(), { cpf });
      const origin: OriginContract = {
        ispb: ORIGIN_BANK, contractNumber: `CTR-${randomUUID().slice(0, 12)}`, cpf, balance: '5000.00', remainingInstallments: 24,
        installment: '320.00', monthlyRate: '0.0300', behaviour, answerDelayMs: 100, settlementDelayMs: 100, ...extra,
      };
      await counterparts().originContract(origin);
      const created = await corban().proposePortability({ customerId: customer.id, originInstitutionIspb: ORIGIN_BANK, originContractNumber: origin.contractNumber, termMonths: 24 });
      expect(created.status).toBe(201);
      expect(created.body['state']).toBe('PENDING_PORTABILITY_BALANCE');
      return { cpf, customer, origin, id: String(created.body['id']) };
    }

    beforeAll(() => servicing().setBusinessDate(null));

    it('the origin answers: CONTRACTED for exactly its balance, a smaller installment, no IOF; the origin paid and confirmed; PORTABILIDADE registered; commission on the balance', async () => {
      const { id, origin, customer, cpf } = await portIn('ANSWER');
      const proposal = await finalState(corban(), id);
      expect(proposal['state']).toBe('CONTRACTED');
      const contract: Json = (await servicing().contract(String(proposal['contractId']))).body;
      expect(contract).toEqual(expect.objectContaining({ operationType: 'PORTABILITY', releasedAmount: '5000.00', financedAmount: '5000.00', iof: '0.00', termMonths: 24, status: 'ACTIVE' }));
      const nu = contract['portability']['portabilityNumber'] as string;
      expect(nu).toMatch(/^\d{21}$/);
      expect(contract['portability']).toEqual(expect.objectContaining({ originInstitutionIspb: ORIGIN_BANK, originContractNumber: origin.contractNumber, balance: '5000.00' }));
      const schedule = priceSchedule({
        principal: Money.of('5000.00'), rate: MonthlyRate.of(contract['monthlyRate']), term: LoanTerm.of(24),
        dates: unwrap(LoanDates.create(IsoDate.of(contract['contractDate']), IsoDate.of(contract['firstDueDate']))),
      });
      expect(contract['installmentAmount']).toBe(schedule.installment.toString());
      expect(new Big(contract['installmentAmount']).lt(origin.installment)).toBe(true);

      const [atExchange] = await counterparts().portabilities(origin.contractNumber);
      expect(atExchange).toEqual(expect.objectContaining({ portabilityNumber: nu, status: 'PORTABILITY_COMPLETED' }));
      expect(atExchange['transfer']['amount']).toBe('5000.00');
      const [registration] = await counterparts().registrations(customer.benefitNumber, cpf);
      expect(registration).toEqual(expect.objectContaining({ contratoId: contract['id'], tipoOperacao: 'PORTABILIDADE', instituicaoOrigemIspb: ORIGIN_BANK, contratoOrigem: origin.contractNumber }));
      const commission = await waitFor(async () => ((await corban().proposal(id)).body['commission'] as Json | undefined), { description: 'commission' });
      expect(commission).toEqual(expect.objectContaining({ operationType: 'PORTABILITY', base: '5000.00', amount: cents(new Big('5000.00').times(commission['percent']).div(100)) }));
    }, 200_000);

    it('the origin refuses: REJECTED with its reason in pt-BR, no contract', async () => {
      const { id } = await portIn('REFUSE', { refusalReason: 'CLIENTE_COM_ACAO_JUDICIAL' });
      const proposal = await finalState(corban(), id);
      expect(proposal['state']).toBe('REJECTED');
      expect(proposal['contractId']).toBeUndefined();
      expect(proposal['portability']['failure']).toEqual(expect.objectContaining({ stage: 'BALANCE_REQUEST', reason: 'ORIGIN_REFUSED' }));
      expect(proposal['portability']['failure']['message']).toContain('O contrato tem ação judicial na instituição de origem.');
    }, 200_000);

    it('the origin retains the customer with a counter-offer: REJECTED for CUSTOMER_RETAINED, no contract, nothing transferred', async () => {
      const { id, origin } = await portIn('RETAIN', { answerDelayMs: 300 });
      const proposal = await finalState(corban(), id);
      expect([proposal['state'], proposal['contractId']]).toEqual(['REJECTED', undefined]);
      expect(proposal['portability']['failure']).toEqual(expect.objectContaining({
        stage: 'BALANCE_REQUEST', reason: 'CUSTOMER_RETAINED', code: 'PORTABILITY.RETENCAO_DO_CLIENTE',
        message: 'O cliente aceitou a contraproposta de retenção da instituição de origem.',
      }));
      const [atExchange] = await counterparts().portabilities(origin.contractNumber);
      // The mock's default counter-offer: 80% of the rate (0.03 → 0.024), 90% of the installment (320.00 → 288.00).
      expect(atExchange).toEqual(expect.objectContaining({ status: 'REJECTED', answer: expect.objectContaining({ retentionOffer: { monthlyRate: '0.024', installment: '288.00', termMonths: 24 } }) }));
      expect(atExchange['closure']).toEqual(expect.objectContaining({ reason: 'RETENCAO_DO_CLIENTE', by: 'ORIGIN' }));
      expect(atExchange['transfer']).toBeNull();
    }, 200_000);

    it('the origin returns our funds: the contract is CANCELLED (PORTABILITY_FAILED) and never activated', async () => {
      const { id } = await portIn('RETURN_FUNDS');
      await acceptWhenIssued(corban(), id); // the transfer starts once the customer accepted the contract
      const proposal = await waitFor(async () => {
        const p = (await corban().proposal(id)).body;
        return p['portability']?.['failure'] ? p : undefined;
      }, { description: 'transfer failure', timeoutMs: 90_000 });
      expect(proposal['portability']['failure']).toEqual(expect.objectContaining({ stage: 'TRANSFER', reason: 'FUNDS_RETURNED' }));
      const contract = await contractWhen(String(proposal['contractId']), (c) => c['status'] === 'CANCELLED', 'contract CANCELLED');
      expect(contract).toEqual(expect.objectContaining({ cancellationReason: 'PORTABILITY_FAILED', activatedAt: null }));
      expect(contract['cancellationMessage']).toContain('devolveu os recursos transferidos');
    }, 200_000);

    it('the origin never answers: once the exchange day passes the deadline and the sweeper runs, REJECTED for DEADLINE_EXPIRED', async () => {
      const { id, origin } = await portIn('SILENT');
      const open = await waitFor(async () => (await counterparts().portabilities(origin.contractNumber)).find((p) => p['status'] === 'PENDING'), { description: 'portability PENDING at the exchange' });
      try {
        await counterparts().exchangeDate(IsoDate.of(open['answerDeadline']).plusDays(1).toString());
        expect((await counterparts().sweep()).map((e) => e['portabilityNumber'])).toContain(open['portabilityNumber']);
      } finally {
        await counterparts().exchangeDate(null);
      }
      const proposal = await finalState(corban(), id);
      expect(proposal['state']).toBe('REJECTED');
      expect(proposal['portability']['failure']).toEqual(expect.objectContaining({ reason: 'DEADLINE_EXPIRED', message: expect.stringContaining('não informou o saldo devedor dentro do prazo') }));
    }, 200_000);
  });
}
