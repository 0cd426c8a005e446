import { eventsConsumedBy } from '@consignado/contracts';
import { CONSUMED_EVENT_TYPES } from './consumed-event';

describe('events the proposal follows', () => {
  it('are exactly those the catalogue routes to proposal, but the erasure decision (the data-subject module applies it)', () => {
    expect([...CONSUMED_EVENT_TYPES].sort()).toEqual([...eventsConsumedBy('proposal')].filter((t) => t !== 'DataSubjectErasureDecided').sort());
  });
});
