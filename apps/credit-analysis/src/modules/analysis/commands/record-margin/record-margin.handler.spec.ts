import { createEnvelope, examplePayload, validateEnvelope } from '@consignado/contracts';
import { IsoDate } from '@consignado/finance';
import { PERMANENT_ANALYSIS_CODES } from '../../domain/analysis.errors';
import { fakeContext } from '../../testing/fake-context';
import { handlersUnderTest, marginChecked, proposalCancelled, received } from '../../testing/handlers.fixtures';
import { inssPayload } from '../../testing/proposal.fixtures';

describe('RecordMargin (MarginChecked, MarginCheckFailed)', () => {
  it('approves with the terms, CPF and benefit number, caused by the margin answer', async () => {
    const s = handlersUnderTest();
    const created = await received(s);
    const answer = marginChecked(created.aggregateId);
    const ctx = fakeContext(answer);
    await s.margin.checked(answer, ctx);
    const [approved] = ctx.emitted;
    expect(validateEnvelope(JSON.parse(JSON.stringify(approved)), 'CreditApproved').ok).toBe(true);
    expect(approved).toMatchObject({
      eventType: 'CreditApproved',
      payload: { cpf: '52998224725', benefitNumber: '1234567890', installmentAmount: '231.24', termMonths: 96, monthlyRate: '0.0185', parameterVersion: 'INSS_CONSIGNADO@2025-04-01' },
      metadata: { causationId: answer.eventId },
    });
    expect(approved.payload).toHaveProperty('reasons', expect.arrayContaining([expect.objectContaining({ rule: 'INSS.MARGIN', passed: true })]));
    expect((await s.repository.findById(created.aggregateId))?.snapshot().margin?.loan.available).toBe('500.00');
  });

  it('rejects by margin and by the 90-day rule on Dataprev start date', async () => {
    const s = handlersUnderTest();
    const byMargin = await received(s);
    const ctx1 = fakeContext(byMargin);
    await s.margin.checked(marginChecked(byMargin.aggregateId, '231.23'), ctx1);
    expect(ctx1.emitted[0].payload).toMatchObject({ reasons: [{ rule: 'INSS.MARGIN', code: 'CREDIT.MARGIN_EXCEEDED' }] });
    const byNewBenefit = await received(s, inssPayload({ proposalId: '1b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' }));
    const ctx2 = fakeContext(byNewBenefit);
    await s.margin.checked(marginChecked(byNewBenefit.aggregateId, '500.00', IsoDate.of('2026-03-10').plusDays(-89).toString()), ctx2);
    expect(ctx2.emitted[0].payload).toMatchObject({ reasons: [{ rule: 'INSS.NEW_BENEFIT_90_DAYS', code: 'CREDIT.NEW_BENEFIT_NOT_PAYING_BANK' }] });
  });

  it('an answer before its proposal is a retryable error (not permanent)', async () => {
    const s = handlersUnderTest();
    const answer = marginChecked('2b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11');
    await expect(s.margin.checked(answer, fakeContext(answer))).rejects.toMatchObject({ code: 'ANALYSIS.PROPOSAL_NOT_YET_RECEIVED' });
    expect(PERMANENT_ANALYSIS_CODES).not.toContain('ANALYSIS.PROPOSAL_NOT_YET_RECEIVED');
  });

  it.each(['CANCELLED', 'APPROVED'])('an answer for a %s analysis decides nothing', async (state) => {
    const s = handlersUnderTest();
    const created = await received(s);
    if (state === 'CANCELLED') await s.cancel.execute(proposalCancelled(created.aggregateId), fakeContext(created));
    if (state === 'APPROVED') await s.margin.checked(marginChecked(created.aggregateId), fakeContext(created));
    const late = marginChecked(created.aggregateId, '0.00');
    const ctx = fakeContext(late);
    await s.margin.checked(late, ctx);
    expect(ctx.emitted).toEqual([]);
    expect(s.repository.stateOf(created.aggregateId)).toBe(state);
  });

  it('an answer for another benefit is a permanent error', async () => {
    const s = handlersUnderTest();
    const created = await received(s);
    const answer = createEnvelope('MarginChecked', { payload: { ...marginChecked(created.aggregateId).payload, benefitNumber: '9999999999' } });
    await expect(s.margin.checked(answer, fakeContext(answer))).rejects.toMatchObject({ code: 'ANALYSIS.BENEFIT_MISMATCH' });
    expect(PERMANENT_ANALYSIS_CODES).toContain('ANALYSIS.BENEFIT_MISMATCH');
    expect(s.repository.stateOf(created.aggregateId)).toBe('WAITING_MARGIN');
  });

  it.each([
    ['DATAPREV.BENEFIT_NOT_FOUND', 'CREDIT.BENEFIT_NOT_FOUND', 'Benefício não encontrado na Dataprev.'],
    ['DATAPREV.UNAVAILABLE', 'CREDIT.DATAPREV_UNAVAILABLE', 'Não foi possível consultar a margem na Dataprev. Tente uma nova proposta mais tarde.'],
  ])('MarginCheckFailed %s rejects with %s', async (connectorCode, code, message) => {
    const s = handlersUnderTest();
    const created = await received(s);
    const failed = createEnvelope('MarginCheckFailed', { payload: { ...examplePayload('MarginCheckFailed'), proposalId: created.aggregateId, code: connectorCode } });
    const ctx = fakeContext(failed);
    await s.margin.failed(failed, ctx);
    expect(s.repository.stateOf(created.aggregateId)).toBe('REJECTED');
    expect(ctx.emitted[0].payload).toMatchObject({ reasons: [{ rule: 'INSS.MARGIN_CHECK', code, message, passed: false }] });
  });
});
