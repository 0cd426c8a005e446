import { fakeContext } from '../../testing/fake-context';
import { handlersUnderTest, proposalCancelled, proposalCreated, received } from '../../testing/handlers.fixtures';
import { inssPayload, personalPayload } from '../../testing/proposal.fixtures';

describe('CancelAnalysis (ProposalCancelled)', () => {
  it('cancels a pending analysis', async () => {
    const s = handlersUnderTest();
    const created = await received(s);
    await s.cancel.execute(proposalCancelled(created.aggregateId), fakeContext(created));
    expect(s.repository.stateOf(created.aggregateId)).toBe('CANCELLED');
  });

  it('keeps a decision already taken', async () => {
    const s = handlersUnderTest();
    const created = await received(s, personalPayload());
    await s.cancel.execute(proposalCancelled(created.aggregateId), fakeContext(created));
    expect(s.repository.stateOf(created.aggregateId)).toBe('APPROVED');
  });

  it('a cancellation before the proposal stops its later analysis', async () => {
    const s = handlersUnderTest();
    const proposalId = '3b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11';
    const cancellation = proposalCancelled(proposalId);
    await s.cancel.execute(cancellation, fakeContext(cancellation));
    expect(s.repository.stateOf(proposalId)).toBe('CANCELLED');
    const late = proposalCreated(inssPayload({ proposalId }));
    const ctx = fakeContext(late);
    await s.start.execute(late, ctx);
    expect(ctx.emitted).toEqual([]);
    expect(s.repository.stateOf(proposalId)).toBe('CANCELLED');
  });
});
