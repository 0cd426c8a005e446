import { createEnvelope, examplePayload, validateEnvelope } from '@consignado/contracts';
import { PERMANENT_ANALYSIS_CODES } from '../../domain/analysis.errors';
import { fakeContext } from '../../testing/fake-context';
import { handlersUnderTest, marginChecked, proposalCancelled, received } from '../../testing/handlers.fixtures';
import { inssPayload, inssPortability, servantPayload } from '../../testing/proposal.fixtures';

const balanceReceived = (proposalId: string, terms = {}) =>
  createEnvelope('PortabilityBalanceReceived', { payload: { ...examplePayload('PortabilityBalanceReceived'), proposalId, terms: { ...examplePayload('PortabilityBalanceReceived').terms, ...terms } } });
const requestFailed = (proposalId: string) => createEnvelope('PortabilityRequestFailed', { payload: { ...examplePayload('PortabilityRequestFailed'), proposalId } });
const servantPortability = servantPayload({ operationType: 'PORTABILITY', requestedAmount: '0.00', termMonths: 30, portability: { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' } });

describe('RecordPortability (PortabilityBalanceReceived, PortabilityRequestFailed)', () => {
  it('INSS: the balance → MarginCheckRequested; MarginChecked → CreditApproved with the origin terms', async () => {
    const s = handlersUnderTest();
    const created = await received(s, inssPortability());
    const balance = balanceReceived(created.aggregateId);
    const ctx = fakeContext(balance);
    await s.portability.received(balance, ctx);
    expect([s.repository.stateOf(created.aggregateId), ctx.emitted.map((e) => e.eventType)]).toEqual(['WAITING_MARGIN', ['MarginCheckRequested']]);
    const answer = marginChecked(created.aggregateId, '0.00');
    const decided = fakeContext(answer);
    await s.margin.checked(answer, decided);
    const [approved] = decided.emitted;
    expect(validateEnvelope(JSON.parse(JSON.stringify(approved)), 'CreditApproved').ok).toBe(true);
    expect(approved.payload).toMatchObject({ operationType: 'PORTABILITY', financedAmount: '7200.00', installmentAmount: '315.08', portability: balance.payload.terms });
  });

  it('servant: decided as soon as the balance arrives', async () => {
    const s = handlersUnderTest();
    const created = await received(s, servantPortability);
    const ctx = fakeContext(created);
    await s.portability.received(balanceReceived(created.aggregateId), ctx);
    expect(ctx.emitted[0]).toMatchObject({ eventType: 'CreditApproved', payload: { installmentAmount: '314.20', portability: { portabilityNumber: '202502110000000012345' } } });
  });

  it('INSS without a saving is rejected with the balance alone, before asking Dataprev', async () => {
    const s = handlersUnderTest();
    const created = await received(s, inssPortability());
    const ctx = fakeContext(created);
    await s.portability.received(balanceReceived(created.aggregateId, { originInstallment: '300.00' }), ctx);
    expect(ctx.emitted[0]).toMatchObject({ eventType: 'CreditRejected', payload: { reasons: [{ rule: 'PORTABILITY.SAVING', code: 'CREDIT.PORTABILITY_NO_SAVING', measured: '315.08', limit: 'abaixo de 300.00' }] } });
  });

  it("PortabilityRequestFailed rejects with the exchange's code and pt-BR message", async () => {
    const s = handlersUnderTest();
    const created = await received(s, inssPortability());
    const failed = requestFailed(created.aggregateId);
    const ctx = fakeContext(failed);
    await s.portability.failed(failed, ctx);
    expect(s.repository.stateOf(created.aggregateId)).toBe('REJECTED');
    expect(ctx.emitted[0].payload).toMatchObject({
      reasons: [{ rule: 'PORTABILITY.BALANCE_REQUEST', passed: false, code: 'PORTABILITY.RETENCAO_DO_CLIENTE', message: 'O cliente aceitou a contraproposta da instituição de origem.', measured: 'CUSTOMER_RETAINED (NU 202502110000000012345)' }],
    });
  });

  it('PortabilityRequestFailed while an INSS portability waits for its margin rejects it; the margin answer then decides nothing', async () => {
    const s = handlersUnderTest();
    const created = await received(s, inssPortability());
    await s.portability.received(balanceReceived(created.aggregateId), fakeContext(created));
    const failed = requestFailed(created.aggregateId);
    await s.portability.failed(failed, fakeContext(failed));
    expect(s.repository.stateOf(created.aggregateId)).toBe('REJECTED');
    const late = marginChecked(created.aggregateId, '0.00');
    const ctx = fakeContext(late);
    await s.margin.checked(late, ctx);
    expect([s.repository.stateOf(created.aggregateId), ctx.emitted]).toEqual(['REJECTED', []]);
  });

  it('a MarginChecked before the balance is retried (not permanent), the analysis untouched', async () => {
    const s = handlersUnderTest();
    const created = await received(s, inssPortability());
    const early = marginChecked(created.aggregateId);
    await expect(s.margin.checked(early, fakeContext(early))).rejects.toMatchObject({ code: 'ANALYSIS.MARGIN_BEFORE_PORTABILITY_BALANCE' });
    expect(PERMANENT_ANALYSIS_CODES).not.toContain('ANALYSIS.MARGIN_BEFORE_PORTABILITY_BALANCE');
    expect(s.repository.stateOf(created.aggregateId)).toBe('WAITING_PORTABILITY_BALANCE');
  });

  it('an answer before its proposal is retried; for a NEW proposal it is permanent', async () => {
    const s = handlersUnderTest();
    const early = balanceReceived('2b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11');
    await expect(s.portability.received(early, fakeContext(early))).rejects.toMatchObject({ code: 'ANALYSIS.PROPOSAL_NOT_YET_RECEIVED' });
    const created = await received(s, inssPayload());
    const stray = requestFailed(created.aggregateId);
    await expect(s.portability.failed(stray, fakeContext(stray))).rejects.toMatchObject({ code: 'ANALYSIS.PORTABILITY_MISMATCH' });
  });

  it('a cancelled portability ignores a late balance; a second balance changes nothing', async () => {
    const s = handlersUnderTest();
    const cancelled = await received(s, inssPortability());
    await s.cancel.execute(proposalCancelled(cancelled.aggregateId), fakeContext(cancelled));
    const late = fakeContext(cancelled);
    await s.portability.received(balanceReceived(cancelled.aggregateId), late);
    expect([s.repository.stateOf(cancelled.aggregateId), late.emitted]).toEqual(['CANCELLED', []]);
    const waiting = await received(s, inssPortability({ proposalId: '4b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' }));
    await s.portability.received(balanceReceived(waiting.aggregateId), fakeContext(waiting));
    const again = fakeContext(waiting);
    await s.portability.received(balanceReceived(waiting.aggregateId), again);
    expect([s.repository.stateOf(waiting.aggregateId), again.emitted]).toEqual(['WAITING_MARGIN', []]);
  });
});
