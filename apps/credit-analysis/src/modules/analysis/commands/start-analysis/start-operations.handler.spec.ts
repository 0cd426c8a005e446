import { randomUUID } from 'node:crypto';
import { validateEnvelope } from '@consignado/contracts';
import { EntityManager } from 'typeorm';
import { projectContract } from '../../../contract-projection/domain/project-contract';
import { oldContract, OLD_CONTRACT_ID } from '../../../contract-projection/testing/position.fixtures';
import { fakeContext } from '../../testing/fake-context';
import { handlersUnderTest, proposalCreated } from '../../testing/handlers.fixtures';
import { inssPortability, personalPayload, servantPayload, without } from '../../testing/proposal.fixtures';

const servantRefinancing = servantPayload({ operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT_ID, requestedAmount: '500.00', termMonths: 24, contractDate: '2026-01-20', firstDueDate: '2026-02-19' });

describe('StartAnalysis: refinancing and portability', () => {
  it('PORTABILITY: waits for the balance and asks the origin for it', async () => {
    const s = handlersUnderTest();
    const event = proposalCreated(inssPortability());
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(s.repository.stateOf(event.aggregateId)).toBe('WAITING_PORTABILITY_BALANCE');
    expect(ctx.emitted.map((e) => e.eventType)).toEqual(['PortabilityBalanceRequested']);
    expect(validateEnvelope(JSON.parse(JSON.stringify(ctx.emitted[0])), 'PortabilityBalanceRequested').ok).toBe(true);
    expect(ctx.emitted[0].payload).toMatchObject({ origin: { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' }, benefitNumber: '1234567890' });
  });

  it('PORTABILITY failing a proposal rule is rejected at once: no request to the exchange', async () => {
    const s = handlersUnderTest();
    const event = proposalCreated(inssPortability({ termMonths: 97 }));
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(ctx.emitted.map((e) => e.eventType)).toEqual(['CreditRejected']);
  });

  it('PORTABILITY without its origin is rejected at once (CREDIT.PORTABILITY_ORIGIN_REQUIRED)', async () => {
    const s = handlersUnderTest();
    const event = proposalCreated(without(inssPortability(), 'portability'));
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(ctx.emitted[0]).toMatchObject({ eventType: 'CreditRejected', payload: { reasons: [{ rule: 'PORTABILITY.ORIGIN', code: 'CREDIT.PORTABILITY_ORIGIN_REQUIRED' }] } });
  });

  it.each(['PORTABILITY', 'REFINANCING'] as const)('PERSONAL %s is rejected with CREDIT.OPERATION_NOT_OFFERED', async (operationType) => {
    const s = handlersUnderTest();
    const event = proposalCreated(personalPayload({ operationType, requestedAmount: '0.00', ...(operationType === 'REFINANCING' ? { refinancedContractId: OLD_CONTRACT_ID } : {}) }));
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(ctx.emitted[0]).toMatchObject({ eventType: 'CreditRejected', payload: { reasons: [{ rule: 'PERSONAL.OPERATION_TYPE', code: 'CREDIT.OPERATION_NOT_OFFERED', measured: operationType, limit: 'NEW' }] } });
  });

  it('servant REFINANCING: approved at once from the projection, with the refinancing terms loan needs', async () => {
    const s = handlersUnderTest();
    await s.positions.keepIfNewer({} as EntityManager, projectContract(oldContract({ product: 'SERVIDOR_CONSIGNADO' })));
    const event = proposalCreated(servantRefinancing);
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    const [approved] = ctx.emitted;
    expect(validateEnvelope(JSON.parse(JSON.stringify(approved)), 'CreditApproved').ok).toBe(true);
    // loan's check: releasedAmount = payoff + troco (614.69 + 500.00).
    expect(approved.payload).toMatchObject({
      operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT_ID, releasedAmount: '1114.69', financedAmount: '1128.97', installmentAmount: '58.35',
      refinancing: { contractId: OLD_CONTRACT_ID, payoffDate: '2026-01-20', payoff: '614.69', troco: '500.00' },
    });
  });

  it('REFINANCING of a contract the projection does not know: rejected, nothing priced', async () => {
    const s = handlersUnderTest();
    const event = proposalCreated(servantRefinancing);
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(ctx.emitted[0]).toMatchObject({ eventType: 'CreditRejected', payload: { reasons: [{ rule: 'REFINANCING.CONTRACT_FOUND', code: 'CREDIT.REFINANCED_CONTRACT_NOT_FOUND' }] } });
    expect((await s.repository.findById(event.aggregateId))?.snapshot().terms).toBeUndefined();
  });

  it('REFINANCING of a contract projected blocked (R-LN-8): rejected at once; once a later position comes without the block, approved', async () => {
    const s = handlersUnderTest();
    const servant = (revision: number, block?: { reason: 'JUDICIAL_ORDER'; since: string }) => projectContract(oldContract({ product: 'SERVIDOR_CONSIGNADO', revision, block }));
    await s.positions.keepIfNewer({} as EntityManager, servant(4, { reason: 'JUDICIAL_ORDER', since: '2026-01-12T10:00:00.000Z' }));
    const first = proposalCreated(servantRefinancing);
    const rejected = fakeContext(first);
    await s.start.execute(first, rejected);
    expect(rejected.emitted.map((e) => e.eventType)).toEqual(['CreditRejected']);
    expect(rejected.emitted[0].payload).toMatchObject({
      reasons: [{ rule: 'REFINANCING.CONTRACT_NOT_BLOCKED', code: 'CREDIT.REFINANCED_CONTRACT_BLOCKED', message: 'Contrato bloqueado: refinanciamento suspenso até o desbloqueio.' }],
    });
    await s.positions.keepIfNewer({} as EntityManager, servant(5));
    const second = proposalCreated({ ...servantRefinancing, proposalId: randomUUID() });
    const approved = fakeContext(second);
    await s.start.execute(second, approved);
    expect(approved.emitted[0]).toMatchObject({ eventType: 'CreditApproved', payload: { refinancing: { contractId: OLD_CONTRACT_ID, payoff: '614.69' } } });
  });
});
