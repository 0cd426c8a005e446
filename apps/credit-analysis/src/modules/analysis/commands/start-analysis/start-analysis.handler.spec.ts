import { validateEnvelope } from '@consignado/contracts';
import { PERMANENT_ANALYSIS_CODES } from '../../domain/analysis.errors';
import { fakeContext } from '../../testing/fake-context';
import { handlersUnderTest, proposalCreated, received } from '../../testing/handlers.fixtures';
import { inssPayload, personalPayload, servantPayload } from '../../testing/proposal.fixtures';

describe('StartAnalysis (ProposalCreated)', () => {
  it('INSS: waits for the margin and asks for it, caused by the proposal', async () => {
    const s = handlersUnderTest();
    const event = proposalCreated();
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(s.repository.stateOf(event.aggregateId)).toBe('WAITING_MARGIN');
    expect(ctx.emitted).toHaveLength(1);
    expect(ctx.emitted[0]).toMatchObject({
      eventType: 'MarginCheckRequested',
      payload: { proposalId: event.aggregateId, customerId: event.payload.customerId, cpf: '52998224725', benefitNumber: '1234567890' },
      metadata: { correlationId: event.metadata.correlationId, causationId: event.eventId, channel: 'CORBAN' },
    });
  });

  it('records the applicant\'s seed 004 profile and risk beside the reasons: a second proposal is a second inquiry; the score moves the risk', async () => {
    const s = handlersUnderTest();
    const first = proposalCreated(inssPayload({ cpf: '50000075060', monthlyIncome: '4000.00', monthlyExpenses: '1000.00' }));
    await s.start.execute(first, fakeContext(first));
    const second = proposalCreated(inssPayload({ proposalId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a12', cpf: '50000075060', monthlyIncome: '4000.00', monthlyExpenses: '1000.00' }));
    await s.start.execute(second, fakeContext(second));
    // No contracts: DTI 0, no payment records (historico regular, P-3), cards unknown; regular → moderado, score 750 lowers it to baixo.
    expect(s.repository.rows.get(second.aggregateId)?.applicantProfile).toMatchObject({
      rulesVersion: 'SEED004-PROFILE-2026.12',
      profile: { historico_credito_classificacao: 'regular', risco_credito: 'baixo', dados_suficientes: false, metrics: { DTI: 0, consultas_ultimos_6m: 2 } },
    });
  });

  it.each([
    [{ termMonths: 97 }, 'INSS.TERM', 'CREDIT.TERM_OUT_OF_RANGE'],
    [{ birthDate: '1954-03-10' }, 'INSS.AGE', 'CREDIT.AGE_LIMIT_EXCEEDED'],
    [{ monthlyRate: '0.0186' }, 'INSS.RATE_CAP', 'CREDIT.RATE_ABOVE_CAP'],
  ])('INSS: %j rejects at once with only the failed rule, no margin query', async (overrides, rule, code) => {
    const s = handlersUnderTest();
    const event = proposalCreated(inssPayload(overrides));
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(s.repository.stateOf(event.aggregateId)).toBe('REJECTED');
    expect(ctx.emitted.map((e) => e.eventType)).toEqual(['CreditRejected']);
    expect(ctx.emitted[0].payload).toMatchObject({ reasons: [{ rule, code, passed: false }], parameterVersion: 'INSS_CONSIGNADO@2025-04-01' });
  });

  it('PERSONAL: score 150 (fixture CPF) is rejected with SCORE_TOO_LOW', async () => {
    const s = handlersUnderTest();
    const event = proposalCreated(personalPayload({ cpf: '10000015040' }));
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(ctx.emitted[0]).toMatchObject({ eventType: 'CreditRejected', payload: { product: 'PERSONAL', reasons: [{ code: 'CREDIT.SCORE_TOO_LOW', measured: '150' }] } });
  });

  it.each([
    ['PERSONAL', personalPayload()],
    ['SERVIDOR_CONSIGNADO', servantPayload()],
  ])('%s: approved at once with schema-valid terms', async (product, payload) => {
    const s = handlersUnderTest();
    const event = proposalCreated(payload);
    const ctx = fakeContext(event);
    await s.start.execute(event, ctx);
    expect(s.repository.stateOf(event.aggregateId)).toBe('APPROVED');
    const [approved] = ctx.emitted;
    expect(validateEnvelope(JSON.parse(JSON.stringify(approved)), 'CreditApproved').ok).toBe(true);
    expect(approved.payload).toMatchObject({ product, cpf: payload.cpf, releasedAmount: payload.requestedAmount });
    expect(approved.payload).not.toHaveProperty('benefitNumber');
  });

  it('ignores a second ProposalCreated for the same proposal', async () => {
    const s = handlersUnderTest();
    const first = await received(s);
    const again = proposalCreated(inssPayload({ proposalId: first.aggregateId, termMonths: 97 }));
    const ctx = fakeContext(again);
    await s.start.execute(again, ctx);
    expect(ctx.emitted).toEqual([]);
    expect(s.repository.stateOf(first.aggregateId)).toBe('WAITING_MARGIN');
  });

  it('an inconsistent proposal is a permanent error and writes nothing', async () => {
    const s = handlersUnderTest();
    const event = proposalCreated(inssPayload({ cpf: '52998224724' }));
    const failure = s.start.execute(event, fakeContext(event));
    await expect(failure).rejects.toMatchObject({ code: 'ANALYSIS.INCONSISTENT_EVENT' });
    expect(PERMANENT_ANALYSIS_CODES).toContain('ANALYSIS.INCONSISTENT_EVENT');
    expect(s.repository.rows.size).toBe(0);
  });
});
