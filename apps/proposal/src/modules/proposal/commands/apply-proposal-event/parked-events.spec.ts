import { createEnvelope, type EventEnvelope, examplePayload } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { EntityManager } from 'typeorm';
import { CommissionPolicy } from '../../domain/commission';
import { AcceptanceWindow } from '../../domain/formalization';
import type { ConsumedEventType } from '../../domain/consumed-event';
import { Proposal } from '../../domain/proposal';
import { applicant } from '../../testing/applicant.fixture';
import type { TimelineEntry } from '../../domain/timeline';
import type { ParkedEventRepository } from '../../database/parked-event.repository';
import type { TimelineRepository } from '../../database/timeline.repository';
import { ParkedEvents, toConsumedEvent } from './parked-events';

const NOW = new Date('2026-03-10T12:00:00Z');
const manager = {} as EntityManager;
const commission = new CommissionPolicy({ NEW: '3', REFINANCING: '2', PORTABILITY: '1.5' });
const { proposalId, customerId, contractId } = examplePayload('ContractActivated');

function fakes() {
  const parked: Array<EventEnvelope<ConsumedEventType>> = [];
  const timeline: TimelineEntry[] = [];
  const parkedRepo: ParkedEventRepository = {
    park: async (_m, _id, envelope) => void parked.push(envelope),
    list: async () => [...parked],
    remove: async (_m, eventId) => void parked.splice(parked.findIndex((e) => e.eventId === eventId), 1),
  };
  const timelineRepo: TimelineRepository = { append: async (_m, entry) => void timeline.push(entry), list: async () => timeline };
  return { parked, timeline, service: new ParkedEvents(parkedRepo, timelineRepo, commission, new AcceptanceWindow()) };
}

function corbanInss(): Proposal {
  const request = { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: Money.of('10000.00'), termMonths: 48, withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') } as const;
  return Proposal.open({ id: proposalId, customerId, origin: { channel: 'CORBAN', partnerId: examplePayload('ProposalCreated').partnerId ?? '' }, request, correlationId: 'c' }, applicant(customerId), NOW);
}

const envelope = <T extends ConsumedEventType>(type: T) => createEnvelope(type, { payload: examplePayload(type) }) as unknown as EventEnvelope<ConsumedEventType>;

describe('parked events (ahead of the proposal past the retry budget)', () => {
  it('releases, in as many passes as needed, every event the new state allows', async () => {
    const { parked, timeline, service } = fakes();
    const proposal = corbanInss();
    const activated = envelope('ContractActivated');
    const requested = envelope('AverbationRequested');
    await service.park(manager, proposal, activated, NOW);
    await service.park(manager, proposal, requested, NOW);
    proposal.apply(toConsumedEvent(envelope('MarginChecked')), commission, NOW);
    await service.release(manager, proposal, NOW);
    expect(parked).toHaveLength(2);

    proposal.apply(toConsumedEvent(envelope('CreditApproved')), commission, NOW);
    await service.release(manager, proposal, NOW);
    expect(proposal.state).toBe('CONTRACTED');
    expect(proposal.props.contractId).toBe(contractId);
    expect(parked).toHaveLength(0);
    expect(timeline.map((e) => [e.eventType, e.outcome, e.stateAfter])).toEqual([
      ['AverbationRequested', 'APPLIED', 'PENDING_AVERBATION'],
      ['ContractActivated', 'APPLIED', 'CONTRACTED'],
    ]);
  });

  it('records parked events as stale once the proposal is final', async () => {
    const { parked, timeline, service } = fakes();
    const proposal = corbanInss();
    await service.park(manager, proposal, envelope('CreditApproved'), NOW);
    proposal.requestCancellation({ channel: 'CORBAN', partnerId: 'p' }, IsoDate.of('2026-03-10'), NOW);
    await service.release(manager, proposal, NOW);
    expect(parked).toHaveLength(0);
    expect(timeline.map((e) => [e.eventType, e.outcome, e.stateAfter])).toEqual([['CreditApproved', 'STALE', 'CANCELLED']]);
  });

  it('keeps an event that turned out to name another contract, for an operator', async () => {
    const { parked, service } = fakes();
    const proposal = corbanInss();
    const other = createEnvelope('ContractActivated', { payload: { ...examplePayload('ContractActivated'), contractId: '00000000-0000-4000-8000-000000000001' } }) as unknown as EventEnvelope<ConsumedEventType>;
    await service.park(manager, proposal, other, NOW);
    for (const type of ['MarginChecked', 'CreditApproved', 'AverbationRequested'] as const) proposal.apply(toConsumedEvent(envelope(type)), commission, NOW);
    await service.release(manager, proposal, NOW);
    expect(parked).toEqual([other]);
    expect(proposal.state).toBe('PENDING_AVERBATION');
  });
});
