import { randomUUID } from 'node:crypto';
import { createEnvelope, examplePayload, type ContractPositionChangedPayload } from '@consignado/contracts';
import { oldContract, type OldContract } from '../src/modules/contract-projection/testing/position.fixtures';
import { inssPayload, servantPayload } from '../src/modules/analysis/testing/proposal.fixtures';
import { deliver, getJson, type Harness, projectPosition, proposalEvent, startHarness } from './harness';
import { publish } from './support';

/**
 * R-LN-6 on the real Kafka and PostgreSQL: the projection of ContractPositionChanged and
 * refinancing decided from it. Amounts: the hand-worked old contract of position.fixtures (R$
 * 1,000.00, 1.85%, 5 × 211.24), refinanced on 2026-01-20 with 2 paid: payoff 610.95 + 3.74 = 614.69.
 */
describe('credit-analysis: contract projection and refinancing on the real stack', () => {
  let h: Harness;
  beforeAll(async () => void (h = await startHarness()));
  afterAll(async () => h?.close());

  /** A contract of a fresh customer (unique ids, so tests never see each other's rows). */
  const contractOf = (overrides: OldContract = {}): ContractPositionChangedPayload => {
    const servant = oldContract({ contractId: randomUUID(), customerId: randomUUID(), product: 'SERVIDOR_CONSIGNADO', ...overrides });
    if (servant.product === 'SERVIDOR_CONSIGNADO') delete servant.benefitNumber;
    return servant;
  };
  const refinancingOf = (old: ContractPositionChangedPayload, overrides = {}) =>
    proposalEvent(servantPayload({ customerId: old.customerId, operationType: 'REFINANCING', refinancedContractId: old.contractId, requestedAmount: '500.00', termMonths: 24, contractDate: '2026-01-20', firstDueDate: '2026-02-19', ...overrides }));

  it('projection: keeps the highest revision; a stale or equal one later changes nothing; an inconsistent one is dead-lettered', async () => {
    const c = contractOf();
    await projectPosition(h, { ...c, revision: 2, installments: oldContract({ paid: 1 }).installments });
    await projectPosition(h, { ...c, revision: 3 });
    await projectPosition(h, { ...c, revision: 2, status: 'CANCELLED', installments: oldContract({ paid: 1 }).installments });
    await projectPosition(h, { ...c, revision: 3, status: 'SETTLED' });
    expect((await getJson(h, `/v1/contract-positions/${c.contractId}`)).body).toMatchObject({ revision: 3, status: 'ACTIVE', paidInstallments: 2, installmentAmount: '211.24', product: 'SERVIDOR_CONSIGNADO' });

    const broken = createEnvelope('ContractPositionChanged', { payload: { ...contractOf(), planStart: { date: '2025-11-10', balance: '1000.00', afterInstallment: 5 } } });
    await publish(h.producer, h.service, broken);
    expect(await h.output.deadLetter(broken.eventId)).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'PROJECTION.INCONSISTENT_POSITION' } });
    expect(await getJson(h, `/v1/contract-positions/${broken.payload.contractId}`)).toMatchObject({ status: 404, body: { code: 'PROJECTION.CONTRACT_NOT_FOUND' } });
  });

  it('servant refinancing approved with the exact refinancing terms; the event twice and another for the same proposal: decided once', async () => {
    const old = contractOf();
    await projectPosition(h, old);
    const created = refinancingOf(old);
    await publish(h.producer, h.service, created);
    await deliver(h, created);
    await deliver(h, createEnvelope('ProposalCreated', { payload: created.payload }));
    const approved = await h.output.next('CreditApproved', created.aggregateId);
    // IOF on the troco over 24 months at 1.8%: 14.28; F = 614.69 + 500.00 + 14.28 = 1128.97; PMT 58.35 (23 × 58.35 + 58.24).
    expect(approved.payload).toMatchObject({
      operationType: 'REFINANCING', refinancedContractId: old.contractId,
      refinancing: { contractId: old.contractId, payoffDate: '2026-01-20', payoff: '614.69', troco: '500.00' },
      releasedAmount: '1114.69', financedAmount: '1128.97', monthlyRate: '0.018', termMonths: 24, installmentAmount: '58.35', iof: '14.28', insurance: '0.00',
      totalPayable: '1400.29', cetMonthlyPercent: '1.92', cetAnnualPercent: '25.66', contractDate: '2026-01-20', firstDueDate: '2026-02-19',
    });
    expect(approved.payload.reasons.every((r) => r.passed)).toBe(true);
    expect(await h.tables.outboxTypes(created.aggregateId)).toEqual(['CreditApproved']);
    expect((await getJson(h, `/v1/analyses/${created.aggregateId}`)).body).toMatchObject({ state: 'APPROVED', refinancing: { payoff: '614.69', troco: '500.00' } });
  });

  it('INSS refinancing: the margin counts the old installment freed (Dataprev available 0.00)', async () => {
    const old = contractOf({ product: 'INSS_CONSIGNADO', benefitNumber: '1234567890' });
    await projectPosition(h, old);
    const created = proposalEvent(inssPayload({ customerId: old.customerId, operationType: 'REFINANCING', refinancedContractId: old.contractId, requestedAmount: '500.00', termMonths: 6, contractDate: '2026-01-20', firstDueDate: '2026-02-19' }));
    await publish(h.producer, h.service, created);
    const request = await h.output.next('MarginCheckRequested', created.aggregateId);
    const margins = { loan: { limit: '700.00', used: '700.00', available: '0.00' }, card: { limit: '100.00', used: '0.00', available: '100.00' } };
    await publish(h.producer, h.service, createEnvelope('MarginChecked', { payload: { ...examplePayload('MarginChecked'), proposalId: created.aggregateId, margins } }, request));
    const approved = await h.output.next('CreditApproved', created.aggregateId);
    expect(approved.payload).toMatchObject({ releasedAmount: '1114.69', financedAmount: '1121.01', iof: '6.32', installmentAmount: '199.12', refinancing: { payoff: '614.69', troco: '500.00' } });
    expect(approved.payload.reasons).toContainEqual(expect.objectContaining({ rule: 'INSS.MARGIN', passed: true, measured: '199.12', limit: '211.24' }));
  });

  it.each<[string, OldContract, object, string, string]>([
    ['too early (0 of 5 paid)', { paid: 0 }, { contractDate: '2025-12-05', firstDueDate: '2026-01-05' }, 'REFINANCING.MIN_PAID', 'CREDIT.REFINANCE_TOO_EARLY'],
    ['overdue (#2 unpaid on 2026-01-20)', { paid: 1 }, {}, 'REFINANCING.NO_OVERDUE', 'CREDIT.REFINANCED_CONTRACT_OVERDUE'],
    ["another customer's", {}, { customerId: randomUUID() }, 'REFINANCING.SAME_CUSTOMER', 'CREDIT.REFINANCED_CONTRACT_NOT_FOUND'],
    ['not found', {}, { refinancedContractId: randomUUID() }, 'REFINANCING.CONTRACT_FOUND', 'CREDIT.REFINANCED_CONTRACT_NOT_FOUND'],
  ])('rejects a refinancing %s at once, with the failed rule only', async (_name, oldOverrides, proposalOverrides, rule, code) => {
    const old = contractOf(oldOverrides);
    await projectPosition(h, old);
    const created = refinancingOf(old, proposalOverrides);
    await publish(h.producer, h.service, created);
    const rejected = await h.output.next('CreditRejected', created.aggregateId);
    expect(rejected.payload.reasons).toEqual([expect.objectContaining({ rule, code, passed: false })]);
    expect(await h.tables.outboxTypes(created.aggregateId)).toEqual(['CreditRejected']);
  });

  it('a contract projected blocked (R-LN-8) is not refinanced, with the pt-BR reason; once its position comes without the block, it is', async () => {
    const old = contractOf({ revision: 4, block: { reason: 'FRAUD_SUSPECTED', since: '2026-01-12T10:00:00.000Z' } });
    await projectPosition(h, old);
    const refused = refinancingOf(old);
    await publish(h.producer, h.service, refused);
    const rejected = await h.output.next('CreditRejected', refused.aggregateId);
    expect(rejected.payload.reasons).toEqual([
      expect.objectContaining({ rule: 'REFINANCING.CONTRACT_NOT_BLOCKED', code: 'CREDIT.REFINANCED_CONTRACT_BLOCKED', passed: false, message: 'Contrato bloqueado: refinanciamento suspenso até o desbloqueio.' }),
    ]);
    const unblocked = { ...old, revision: 5 };
    delete unblocked.block;
    await projectPosition(h, unblocked);
    const retried = refinancingOf(old);
    await publish(h.producer, h.service, retried);
    expect((await h.output.next('CreditApproved', retried.aggregateId)).payload).toMatchObject({ refinancing: { contractId: old.contractId, payoff: '614.69' } });
  });

  it("the servant margin subtracts the customer's other active servant contracts, not the refinanced one", async () => {
    const old = contractOf();
    await projectPosition(h, old);
    // 35% of 6000.00 = 2100.00 less 2041.66 = 58.34 < 58.35.
    await projectPosition(h, contractOf({ customerId: old.customerId, installmentAmount: '2041.66' }));
    const created = refinancingOf(old);
    await publish(h.producer, h.service, created);
    const rejected = await h.output.next('CreditRejected', created.aggregateId);
    expect(rejected.payload.reasons).toEqual([expect.objectContaining({ rule: 'SERVIDOR.MARGIN', code: 'CREDIT.MARGIN_EXCEEDED', measured: '58.35', limit: '58.34' })]);
  });

  it('never logs a CPF in clear (R-X-2)', () => {
    const logs = h.logs.join('');
    expect(logs).toContain('REFINANCING');
    for (const cpf of [inssPayload().cpf, servantPayload().cpf]) expect(logs).not.toContain(cpf);
  });
});
