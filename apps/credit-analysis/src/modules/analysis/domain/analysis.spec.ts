import { Analysis } from './analysis';
import { ANALYSIS_STATES, ANALYSIS_TRANSITIONS, type AnalysisState, canTransition } from './analysis-state';
import { defaultAnalysisParameters } from './parameters/analysis-parameters';
import { evaluateInss } from './evaluation/evaluate-inss';
import { inssFacts, inssPayload, marginFacts } from '../testing/proposal.fixtures';

const params = defaultAnalysisParameters();
const t0 = new Date('2026-03-10T12:00:00Z');
const t1 = new Date('2026-03-10T12:00:05Z');
const approve = () => evaluateInss(inssFacts(), params, marginFacts('500.00'));
const reject = () => evaluateInss(inssFacts(), params, marginFacts('100.00'));
const preliminary = () => evaluateInss(inssFacts(), params);
const received = () => Analysis.receive(inssPayload(), 'c0ffee00-0000-4000-8000-000000000001', t0);
const waiting = () => {
  const a = received();
  a.awaitMargin(preliminary(), t0);
  return a;
};

describe('Analysis state machine', () => {
  it.each(ANALYSIS_STATES.flatMap((from) => ANALYSIS_STATES.map((to) => [from, to] as [AnalysisState, AnalysisState])))(
    '%s → %s follows the table',
    (from, to) => {
      expect(canTransition(from, to)).toBe(ANALYSIS_TRANSITIONS[from].includes(to));
    },
  );

  it('decisions and cancellations are final', () => {
    for (const state of ['APPROVED', 'REJECTED', 'CANCELLED'] as const) expect(ANALYSIS_TRANSITIONS[state]).toEqual([]);
  });

  it('waits for the margin, then approves with the terms, every reason and the versions', () => {
    const analysis = waiting();
    expect(analysis.state).toBe('WAITING_MARGIN');
    expect(analysis.snapshot().reasons.length).toBeGreaterThan(0);
    analysis.decide(approve(), t1);
    const s = analysis.snapshot();
    expect(s).toMatchObject({ state: 'APPROVED', parameterVersion: 'INSS_CONSIGNADO@2025-04-01', decidedAt: t1, updatedAt: t1, createdAt: t0 });
    expect(s.terms?.installmentAmount).toBe('231.24');
    expect(s.reasons.every((r) => r.passed)).toBe(true);
  });

  it('rejects keeping every reason; failedReasons lists the failed ones', () => {
    const analysis = waiting();
    analysis.decide(reject(), t1);
    expect(analysis.state).toBe('REJECTED');
    expect(analysis.snapshot().terms).toBeDefined();
    expect(analysis.failedReasons.map((r) => r.code)).toEqual(['CREDIT.MARGIN_EXCEEDED']);
    expect(analysis.snapshot().reasons.length).toBe(10);
  });

  it('refuses to wait for the margin when a proposal rule failed', () => {
    const failing = evaluateInss(inssFacts({ termMonths: 97 }), params);
    expect(() => received().awaitMargin(failing, t0)).toThrow(expect.objectContaining({ code: 'ANALYSIS.ILLEGAL_TRANSITION' }));
  });

  it('refuses to decide an incomplete evaluation (nothing failed, nothing priced)', () => {
    expect(() => waiting().decide(preliminary(), t1)).toThrow(expect.objectContaining({ code: 'ANALYSIS.ILLEGAL_TRANSITION' }));
  });

  it('refuses a second decision', () => {
    const analysis = waiting();
    analysis.decide(approve(), t1);
    expect(() => analysis.decide(reject(), t1)).toThrow(expect.objectContaining({ code: 'ANALYSIS.ILLEGAL_TRANSITION' }));
    expect(analysis.state).toBe('APPROVED');
  });

  it.each([
    ['WAITING_MARGIN', true, 'CANCELLED'],
    ['APPROVED', false, 'APPROVED'],
    ['REJECTED', false, 'REJECTED'],
  ] as const)('cancel from %s → changed %s, state %s', (from, changed, state) => {
    const analysis = waiting();
    if (from === 'APPROVED') analysis.decide(approve(), t1);
    if (from === 'REJECTED') analysis.decide(reject(), t1);
    expect(analysis.cancel(t1)).toBe(changed);
    expect(analysis.state).toBe(state);
  });

  it('remembers a cancellation that arrived before the proposal', () => {
    const analysis = Analysis.cancelledBeforeReceipt('0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11', '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f', t0);
    expect(analysis.state).toBe('CANCELLED');
    expect(analysis.application).toBeUndefined();
    expect(analysis.cancel(t1)).toBe(false);
  });
});

describe('events the analysis raises (R-CA-1, R-CA-4)', () => {
  it('waiting for the margin raises MarginCheckRequested with the CPF, the benefit and the customer only', () => {
    const analysis = waiting();
    const p = inssPayload();
    expect(analysis.pullEvents()).toEqual([{ type: 'MarginCheckRequested', payload: { proposalId: p.proposalId, customerId: p.customerId, cpf: p.cpf, benefitNumber: p.benefit?.number } }]);
    expect(analysis.pullEvents()).toEqual([]);
  });

  it('approval raises CreditApproved with the priced terms and every reason', () => {
    const analysis = waiting();
    analysis.pullEvents();
    analysis.decide(approve(), t1);
    const s = analysis.snapshot();
    const [event, ...rest] = analysis.pullEvents();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ type: 'CreditApproved', payload: { proposalId: s.proposalId, cpf: inssPayload().cpf, benefitNumber: inssPayload().benefit?.number, ...s.terms, reasons: s.reasons, parameterVersion: 'INSS_CONSIGNADO@2025-04-01' } });
  });

  it('rejection raises CreditRejected with the failed reasons only; a restored analysis raises nothing', () => {
    const analysis = waiting();
    analysis.pullEvents();
    analysis.decide(reject(), t1);
    const [event] = analysis.pullEvents();
    expect(event).toEqual({ type: 'CreditRejected', payload: expect.objectContaining({ reasons: analysis.failedReasons, parameterVersion: 'INSS_CONSIGNADO@2025-04-01' }) });
    expect(analysis.failedReasons.length).toBeGreaterThan(0);
    expect(Object.keys(event.payload).sort()).toEqual(['channel', 'customerId', 'operationType', 'parameterVersion', 'product', 'proposalId', 'reasons']);
    expect(Analysis.restore(analysis.snapshot()).pullEvents()).toEqual([]);
  });
});
