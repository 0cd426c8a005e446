import { canTransition, PROPOSAL_STATES } from './proposal-state';
import { effectIn, EVENT_RULES, type EventRule } from './event-rules';

const RULES = Object.entries(EVENT_RULES) as Array<[string, EventRule]>;

describe('consumed event rules (R-PR-2, out-of-order arrival)', () => {
  it.each(RULES)('%s sorts every state into exactly one of apply / ahead / stale', (_name, rule) => {
    const listed = [...rule.apply, ...rule.ahead, ...rule.stale];
    expect([...listed].sort()).toEqual([...PROPOSAL_STATES].sort());
  });

  it.each(RULES)('%s only applies through legal transitions', (_name, rule) => {
    for (const from of rule.apply) {
      if (rule.target) expect(canTransition(from, rule.target)).toBe(true);
    }
  });

  it.each(RULES)('%s is stale in the final states (a final proposal never moves)', (_name, rule) => {
    expect(effectIn(rule, 'REJECTED')).toBe('STALE');
    expect(effectIn(rule, 'CANCELLED')).toBe('STALE');
  });

  it.each([
    ['CreditApproved', 'PENDING_MARGIN_CHECK', 'AHEAD'],
    ['CreditRejected', 'PENDING_MARGIN_CHECK', 'APPLY'],
    ['MarginChecked', 'APPROVED', 'STALE'],
    ['ContractActivatedAfterAverbation', 'APPROVED', 'AHEAD'],
    ['ContractActivatedWithoutAverbation', 'APPROVED', 'APPLY'],
    ['AverbationRequested', 'AVERBATION_FAILED', 'APPLY'],
    ['AverbationRequested', 'PENDING_AVERBATION', 'STALE'],
    ['ContractCancelled', 'CONTRACTED', 'APPLY'],
    ['ContractCancelled', 'PENDING_CREDIT_ANALYSIS', 'AHEAD'],
  ] as const)('%s in %s: %s', (name, state, effect) => {
    expect(effectIn(EVENT_RULES[name], state)).toBe(effect);
  });
});
