import { examplePayload } from '@consignado/contracts';
import { Analysis } from './analysis';
import { evaluateInss } from './evaluation/evaluate-inss';
import { defaultAnalysisParameters } from './parameters/analysis-parameters';
import { portabilityBalance, portabilityFacts } from './portability-balance';
import { proposalFacts } from './proposal-facts';
import { inssPayload, inssPortability, marginFacts } from '../testing/proposal.fixtures';

const params = defaultAnalysisParameters();
const t0 = new Date('2026-03-10T12:00:00Z');
const application = inssPortability();
const balance = portabilityBalance(application.proposalId, application.portability, { ...examplePayload('PortabilityBalanceReceived'), proposalId: application.proposalId });
const inputs = () => ({ customerContracts: [], portability: portabilityFacts(balance) });
const preliminary = (withBalance = false) => evaluateInss(proposalFacts(application), params, undefined, withBalance ? inputs() : undefined);
const waitingBalance = () => {
  const a = Analysis.receive(application, 'c0ffee00-0000-4000-8000-000000000001', t0);
  a.awaitPortabilityBalance(preliminary(), t0);
  return a;
};

describe('Analysis of a portability in: the balance, then the margin (R-LN-7)', () => {
  it('waits for the balance raising PortabilityBalanceRequested with the origin, never the balance', () => {
    const analysis = waitingBalance();
    expect(analysis.state).toBe('WAITING_PORTABILITY_BALANCE');
    expect(analysis.pullEvents()).toEqual([{
      type: 'PortabilityBalanceRequested',
      payload: { proposalId: application.proposalId, customerId: application.customerId, cpf: application.cpf, product: 'INSS_CONSIGNADO', benefitNumber: '1234567890', origin: application.portability },
    }]);
  });

  it('balance → WAITING_MARGIN (MarginCheckRequested) → APPROVED with the portability terms', () => {
    const analysis = waitingBalance();
    analysis.pullEvents();
    analysis.recordPortabilityBalance(balance);
    analysis.awaitMargin(preliminary(true), t0);
    expect(analysis.pullEvents().map((e) => e.type)).toEqual(['MarginCheckRequested']);
    analysis.decide(evaluateInss(proposalFacts(application), params, marginFacts('0.00'), inputs()), t0);
    const [approved] = analysis.pullEvents();
    expect(approved).toMatchObject({ type: 'CreditApproved', payload: { operationType: 'PORTABILITY', financedAmount: '7200.00', releasedAmount: '7200.00', iof: '0.00', portability: balance.terms } });
    expect(approved.payload).not.toHaveProperty('refinancing');
  });

  it.each<[string, (a: Analysis) => void]>([
    ['a balance twice', (a) => { a.recordPortabilityBalance(balance); a.awaitMargin(preliminary(true), t0); a.recordPortabilityBalance(balance); }],
    ['a balance after the decision', (a) => { a.recordPortabilityBalance(balance); a.decide(evaluateInss(proposalFacts(application), params, marginFacts('0.00'), inputs()), t0); a.recordPortabilityBalance(balance); }],
    ['waiting for the balance of a NEW proposal', () => Analysis.receive(inssPayload(), 'c0ffee00-0000-4000-8000-000000000001', t0).awaitPortabilityBalance(preliminary(), t0)],
    ['waiting for the balance again once waiting for the margin', (a) => { a.recordPortabilityBalance(balance); a.awaitMargin(preliminary(true), t0); a.awaitPortabilityBalance(preliminary(), t0); }],
  ])('refuses %s (ANALYSIS.ILLEGAL_TRANSITION)', (_name, move) => {
    expect(() => move(waitingBalance())).toThrow(expect.objectContaining({ code: 'ANALYSIS.ILLEGAL_TRANSITION' }));
  });

  it('a cancellation while waiting for the balance is final', () => {
    const analysis = waitingBalance();
    expect(analysis.cancel(t0)).toBe(true);
    expect(() => analysis.recordPortabilityBalance(balance)).toThrow(expect.objectContaining({ code: 'ANALYSIS.ILLEGAL_TRANSITION' }));
  });

  it('a balance for another origin contract is a permanent mismatch', () => {
    const other = { ...examplePayload('PortabilityBalanceReceived'), terms: { ...balance.terms, originContractNumber: 'CCB-OTHER' } };
    expect(() => portabilityBalance(application.proposalId, application.portability, other)).toThrow(expect.objectContaining({ code: 'ANALYSIS.PORTABILITY_MISMATCH' }));
  });
});
