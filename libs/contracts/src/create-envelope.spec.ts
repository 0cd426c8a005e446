import { createEnvelope, examplePayload, InvalidEventError, type EventEnvelope } from './index';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function proposalCreated(metadata: Parameters<typeof createEnvelope>[1]['metadata'] = {}) {
  return createEnvelope('ProposalCreated', { payload: examplePayload('ProposalCreated'), metadata });
}

describe('createEnvelope (R-EV-1)', () => {
  it('fills eventId, occurredAt, version, aggregateType and aggregateId from the catalogue', () => {
    const before = Date.now();
    const e = proposalCreated();
    expect(e.eventId).toMatch(UUID);
    expect(e.eventType).toBe('ProposalCreated');
    expect(e.version).toBe(1);
    expect(e.aggregateType).toBe('Proposal');
    expect(e.aggregateId).toBe(e.payload.proposalId);
    expect(e.occurredAt).toMatch(/Z$/);
    expect(Date.parse(e.occurredAt)).toBeGreaterThanOrEqual(before - 1);
  });

  it('starts a new correlation without a cause: new correlationId, no causation, nulls', () => {
    const a = proposalCreated();
    const b = proposalCreated();
    expect(a.metadata).toEqual({ correlationId: expect.stringMatching(UUID), causationId: null, userId: null, channel: null });
    expect(a.metadata.correlationId).not.toBe(b.metadata.correlationId);
    expect(a.eventId).not.toBe(b.eventId);
  });

  it('keeps the given correlationId, userId and channel without a cause', () => {
    const correlationId = '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b';
    const e = proposalCreated({ correlationId, userId: 'corban-user-42', channel: 'CORBAN' });
    expect(e.metadata).toEqual({ correlationId, causationId: null, userId: 'corban-user-42', channel: 'CORBAN' });
  });

  it('propagates correlationId, userId and channel from the cause; causationId = cause.eventId', () => {
    const created = proposalCreated({ userId: 'corban-user-42', channel: 'CORBAN' });
    const approved = createEnvelope('CreditApproved', { payload: examplePayload('CreditApproved') }, created);
    const requested = createEnvelope(
      'AverbationRequested',
      { payload: examplePayload('AverbationRequested'), metadata: { userId: null, channel: 'SYSTEM' } },
      approved,
    );
    expect(approved.metadata).toEqual({
      correlationId: created.metadata.correlationId,
      causationId: created.eventId,
      userId: 'corban-user-42',
      channel: 'CORBAN',
    });
    expect(requested.metadata).toEqual({
      correlationId: created.metadata.correlationId,
      causationId: approved.eventId,
      userId: null,
      channel: 'SYSTEM',
    });
    expect(requested.aggregateId).toBe(requested.payload.contractId);
  });

  it.each([
    ['a different correlationId', { correlationId: '00000000-0000-4000-8000-000000000000' }, "metadata.correlationId must be the cause's correlationId"],
    ['a different causationId', { causationId: '00000000-0000-4000-8000-000000000000' }, "metadata.causationId must be the cause's eventId"],
  ])('refuses %s than the cause implies', (_name, metadata, message) => {
    const cause: EventEnvelope = proposalCreated();
    expect(() => createEnvelope('CreditApproved', { payload: examplePayload('CreditApproved'), metadata }, cause)).toThrow(
      expect.objectContaining({ code: 'CONTRACTS.INVALID_EVENT', errors: [message] }),
    );
  });

  it('uses the given eventId and occurredAt, writing a Date in UTC', () => {
    const e = createEnvelope('ContractSettled', {
      payload: examplePayload('ContractSettled'),
      eventId: '6c0d3b7e-2a1f-4e5d-9c8b-7a6f5e4d3c2b',
      occurredAt: new Date(Date.UTC(2029, 1, 10, 6)),
    });
    expect(e.eventId).toBe('6c0d3b7e-2a1f-4e5d-9c8b-7a6f5e4d3c2b');
    expect(e.occurredAt).toBe('2029-02-10T06:00:00.000Z');
  });

  it.each<[string, () => unknown, string]>([
    [
      'money as a number',
      () => createEnvelope('ProposalCreated', {
        payload: { ...examplePayload('ProposalCreated'), requestedAmount: 10000 as unknown as string },
      }),
      '/payload/requestedAmount must be Money',
    ],
    [
      'a local occurredAt',
      () => createEnvelope('ProposalCreated', { payload: examplePayload('ProposalCreated'), occurredAt: '2025-02-10T10:00:00-03:00' }),
      '/occurredAt must be UtcTimestamp',
    ],
    [
      'an aggregateId other than the key',
      () => createEnvelope('ProposalCreated', {
        payload: examplePayload('ProposalCreated'),
        aggregateId: examplePayload('ProposalCreated').customerId,
      }),
      '/aggregateId must equal payload.proposalId',
    ],
  ])('validates before returning: throws InvalidEventError on %s', (_name, build, message) => {
    let thrown: unknown;
    try {
      build();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidEventError);
    expect((thrown as InvalidEventError).code).toBe('CONTRACTS.INVALID_EVENT');
    expect((thrown as InvalidEventError).errors[0]).toMatch(new RegExp(`^${message.replace(/[/.]/g, '\\$&')}`));
  });
});
