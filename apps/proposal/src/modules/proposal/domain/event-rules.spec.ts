import { examplePayload, type PayloadOf } from '@consignado/contracts';
import type { ConsumedEvent, ConsumedEventType } from './consumed-event';
import { canTransition, PROPOSAL_STATES } from './proposal-state';
import { effectIn, EVENT_RULES, type EventRule, ruleNameFor } from './event-rules';

const RULES = Object.entries(EVENT_RULES) as Array<[string, EventRule]>;
const event = <T extends ConsumedEventType>(type: T, changes: Partial<PayloadOf<T>> = {}) => ({ type, payload: { ...examplePayload(type), ...changes }, occurredAt: '' }) as ConsumedEvent;

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

  it.each(RULES)('%s never moves a final proposal (stale, or recorded without a target)', (_name, rule) => {
    for (const state of ['REJECTED', 'CANCELLED'] as const) {
      const effect = effectIn(rule, state);
      expect(effect === 'STALE' || (effect === 'APPLY' && rule.target === undefined)).toBe(true);
    }
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
    // Portability in (R-LN-7): the balance first, the margin after it.
    ['PortabilityBalanceReceivedForMarginCheck', 'PENDING_PORTABILITY_BALANCE', 'APPLY'],
    ['PortabilityBalanceReceived', 'PENDING_PORTABILITY_BALANCE', 'APPLY'],
    ['PortabilityBalanceReceived', 'PENDING_CREDIT_ANALYSIS', 'STALE'],
    ['MarginChecked', 'PENDING_PORTABILITY_BALANCE', 'AHEAD'],
    ['CreditApproved', 'PENDING_PORTABILITY_BALANCE', 'AHEAD'],
    ['CreditRejected', 'PENDING_PORTABILITY_BALANCE', 'APPLY'],
    ['PortabilityRequestFailed', 'PENDING_PORTABILITY_BALANCE', 'APPLY'],
    ['PortabilityRequestFailed', 'REJECTED', 'APPLY'],
    ['PortabilityRequestFailed', 'APPROVED', 'STALE'],
    ['PortabilityTransferRequested', 'APPROVED', 'APPLY'],
    ['PortabilityTransferRequested', 'PENDING_CREDIT_ANALYSIS', 'AHEAD'],
    ['PortabilityTransferRequested', 'PENDING_PORTABILITY_SETTLEMENT', 'STALE'],
    ['PortabilityTransferCompleted', 'APPROVED', 'AHEAD'],
    ['PortabilityTransferCompleted', 'PENDING_PORTABILITY_SETTLEMENT', 'APPLY'],
    ['PortabilityTransferCompleted', 'PENDING_AVERBATION', 'APPLY'],
    ['PortabilityTransferCompleted', 'CONTRACTED', 'APPLY'],
    ['PortabilityTransferFailed', 'APPROVED', 'AHEAD'],
    ['PortabilityTransferFailed', 'PENDING_PORTABILITY_SETTLEMENT', 'APPLY'],
    ['PortabilityTransferFailed', 'CANCELLED', 'APPLY'],
    ['AverbationRequestedAfterPortability', 'APPROVED', 'AHEAD'],
    ['AverbationRequestedAfterPortability', 'PENDING_PORTABILITY_SETTLEMENT', 'APPLY'],
    ['ContractActivatedAfterAverbation', 'PENDING_PORTABILITY_SETTLEMENT', 'AHEAD'],
    ['ContractActivatedAfterPortability', 'APPROVED', 'AHEAD'],
    ['ContractActivatedAfterPortability', 'PENDING_PORTABILITY_SETTLEMENT', 'APPLY'],
    ['ContractCancelled', 'PENDING_PORTABILITY_SETTLEMENT', 'APPLY'],
    ['ContractCancelled', 'PENDING_PORTABILITY_BALANCE', 'AHEAD'],
    // Formalization (R-LN-9): the CCB is issued after the approval, before any booking.
    ['ContractIssued', 'APPROVED', 'APPLY'],
    ['ContractIssued', 'PENDING_CREDIT_ANALYSIS', 'AHEAD'],
    ['ContractIssued', 'PENDING_MARGIN_CHECK', 'AHEAD'],
    ['ContractIssued', 'PENDING_AVERBATION', 'STALE'],
    ['ContractIssued', 'CONTRACTED', 'STALE'],
    ['ContractIssued', 'CANCELLED', 'STALE'],
  ] as const)('%s in %s: %s', (name, state, effect) => {
    expect(effectIn(EVENT_RULES[name], state)).toBe(effect);
  });

  it.each([
    [event('PortabilityBalanceReceived'), 'INSS_CONSIGNADO', 'PORTABILITY', 'PortabilityBalanceReceivedForMarginCheck'],
    [event('PortabilityBalanceReceived'), 'SERVIDOR_CONSIGNADO', 'PORTABILITY', 'PortabilityBalanceReceived'],
    [event('AverbationRequested'), 'INSS_CONSIGNADO', 'PORTABILITY', 'AverbationRequestedAfterPortability'],
    [event('AverbationRequested'), 'INSS_CONSIGNADO', 'REFINANCING', 'AverbationRequested'],
    [event('AverbationFailed', { retryable: true }), 'INSS_CONSIGNADO', 'PORTABILITY', 'AverbationFailedRetryable'],
    [event('ContractActivated'), 'INSS_CONSIGNADO', 'PORTABILITY', 'ContractActivatedAfterAverbation'],
    [event('ContractActivated'), 'SERVIDOR_CONSIGNADO', 'PORTABILITY', 'ContractActivatedAfterPortability'],
    [event('ContractActivated'), 'SERVIDOR_CONSIGNADO', 'REFINANCING', 'ContractActivatedWithoutAverbation'],
    [event('ContractActivated'), 'PERSONAL', 'NEW', 'ContractActivatedWithoutAverbation'],
    [event('PortabilityTransferFailed'), 'INSS_CONSIGNADO', 'PORTABILITY', 'PortabilityTransferFailed'],
  ] as const)('%#: %j on %s %s follows %s', (e, product, operationType, rule) => {
    expect(ruleNameFor(e, { product, operationType })).toBe(rule);
  });
});
