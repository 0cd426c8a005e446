import { createEnvelope, eventsConsumedBy, examplePayload } from '@consignado/contracts';
import { CONSUMED_EVENT_TYPES, followsNoProposal } from './consumed-event';

describe('events the proposal follows', () => {
  it('are exactly those the catalogue routes to proposal, but the erasure decision (the data-subject module applies it) and the recommendations (their offers are kept, no proposal follows them)', () => {
    const appliedElsewhere = new Set(['DataSubjectErasureDecided', 'RecommendationMade']);
    expect([...CONSUMED_EVENT_TYPES].sort()).toEqual([...eventsConsumedBy('proposal')].filter((t) => !appliedElsewhere.has(t)).sort());
  });
});

describe('followsNoProposal', () => {
  const activated = (operationType: 'NEW' | 'REFINANCING' | 'PORTABILITY' | 'RENEGOTIATION') => createEnvelope('ContractActivated', { payload: { ...examplePayload('ContractActivated'), operationType } });
  it.each([
    ['NEW', false],
    ['REFINANCING', false],
    ['PORTABILITY', false],
    ['RENEGOTIATION', true], // R-LN-8: the workout's contract, proposed by no one
  ] as const)('ContractActivated %s → %s', (operationType, expected) => {
    expect(followsNoProposal(activated(operationType))).toBe(expected);
  });

  it('never skips another event type', () => {
    expect(followsNoProposal(createEnvelope('ContractCancelled', { payload: examplePayload('ContractCancelled') }))).toBe(false);
  });
});
