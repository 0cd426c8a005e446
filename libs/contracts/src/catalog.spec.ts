import type { TObject } from '@sinclair/typebox';
import { CONSUMER_GROUPS, EVENT_TYPES, EVENTS, eventsConsumedBy, eventsProducedBy, SERVICES, type EventType, type ServiceName } from './index';

/** REQUIREMENTS R-EV-2, verbatim: the seed's events with their producer and consumers. */
const R_EV_2: [EventType, ServiceName, ServiceName[]][] = [
  ['ProposalCreated', 'proposal', ['credit-analysis']],
  ['CreditApproved', 'credit-analysis', ['loan']],
  ['CreditRejected', 'credit-analysis', ['notification']],
  ['AverbationRequested', 'loan', ['averbation-connector']],
  ['AverbationCompleted', 'averbation-connector', ['loan', 'payment']],
  ['AverbationFailed', 'averbation-connector', ['loan']],
  ['ContractActivated', 'loan', ['notification']],
  ['InstallmentDue', 'payment', ['notification']],
  ['PaymentReceived', 'payment', ['loan']],
  ['ContractSettled', 'loan', ['notification']],
];

/** Consumers added to R-EV-2's events, each with its reason. */
const EXTRA_CONSUMERS: [EventType, ServiceName, string][] = [
  ['CreditApproved', 'proposal', 'APPROVED (R-PR-2)'],
  ['CreditApproved', 'payment', 'a refinancing holds early settlement and amortization of the contract it replaces (R-LN-6)'],
  ['CreditRejected', 'proposal', 'REJECTED (R-PR-2)'],
  ['CreditRejected', 'averbation-connector', 'a refused portability in is withdrawn at the exchange (R-LN-11)'],
  ['AverbationRequested', 'proposal', 'PENDING_AVERBATION, learns contractId (R-PR-2)'],
  ['AverbationFailed', 'proposal', 'AVERBATION_FAILED (R-PR-2)'],
  ['AverbationFailed', 'payment', 'a refinancing whose averbação failed for good releases its hold on the replaced contract (R-LN-6)'],
  ['ContractActivated', 'proposal', 'CONTRACTED, corban commission (R-PR-2, R-PR-5)'],
  ['ContractActivated', 'payment', 'installment schedule to bill (R-PA-1)'],
  ['ContractActivated', 'averbation-connector', 'a RENEGOTIATION contract alters the deduction of the contract it replaces (R-LN-8)'],
  ['ContractSettled', 'payment', 'stops billing and reminders'],
  ['ContractSettled', 'averbation-connector', 'ends the deduction, frees the margin (R-AV-3)'],
  ['PaymentReceived', 'notification', 'payment receipt to the customer (R-NT-1)'],
];

/** Events added to R-EV-2 ("more events may be added… each is documented"). */
const ADDED_EVENTS: [EventType, ServiceName, ServiceName[]][] = [
  ['ProposalCancelled', 'proposal', ['credit-analysis', 'loan', 'notification', 'averbation-connector']],
  ['MarginCheckRequested', 'credit-analysis', ['averbation-connector']],
  ['MarginChecked', 'averbation-connector', ['credit-analysis', 'proposal']],
  ['MarginCheckFailed', 'averbation-connector', ['credit-analysis']],
  ['ContractCancelled', 'loan', ['averbation-connector', 'payment', 'notification', 'proposal']],
  ['ContractIssued', 'loan', ['proposal', 'notification']],
  ['ProposalAccepted', 'proposal', ['loan']],
  ['CustomerContactChanged', 'proposal', ['notification']],
  ['ContractAmended', 'loan', ['payment', 'notification', 'averbation-connector']],
  ['ContractPositionChanged', 'loan', ['credit-analysis']],
  ['ContractBlocked', 'loan', ['payment', 'notification']],
  ['ContractUnblocked', 'loan', ['payment', 'notification']],
  ['InsuranceClaimRequested', 'loan', ['averbation-connector']],
  ['InsuranceClaimPaid', 'averbation-connector', ['payment']],
  ['InsuranceClaimDenied', 'averbation-connector', ['loan']],
  ['CustomerPayoutAccountChanged', 'proposal', ['payment', 'notification']],
  ['FundsReleaseRequested', 'payment', ['averbation-connector']],
  ['FundsReleased', 'averbation-connector', ['payment', 'notification']],
  ['FundsReleaseFailed', 'averbation-connector', ['payment', 'notification']],
  ['RecommendationMade', 'credit-analysis', ['proposal']],
  ['PortabilityBalanceRequested', 'credit-analysis', ['averbation-connector']],
  ['PortabilityBalanceReceived', 'averbation-connector', ['credit-analysis', 'proposal']],
  ['PortabilityRequestFailed', 'averbation-connector', ['credit-analysis', 'proposal']],
  ['PortabilityTransferRequested', 'loan', ['averbation-connector', 'proposal']],
  ['PortabilityTransferCompleted', 'averbation-connector', ['loan', 'proposal']],
  ['PortabilityTransferFailed', 'averbation-connector', ['loan', 'proposal']],
  ['PortabilityOutRequested', 'averbation-connector', ['loan']],
  ['PortabilityOutAnswered', 'loan', ['averbation-connector']],
  ['PortabilityOutFundsReceived', 'averbation-connector', ['payment']],
  ['DataSubjectErasureRequested', 'proposal', ['loan']],
  ['DataSubjectErasureDecided', 'loan', ['proposal', 'credit-analysis', 'averbation-connector', 'payment', 'notification']],
];

describe('event catalogue (R-EV-2)', () => {
  it.each(R_EV_2)('%s: producer %s, consumers include R-EV-2 exactly plus the documented extras', (eventType, producer, consumers) => {
    const extras = EXTRA_CONSUMERS.filter(([t]) => t === eventType).map(([, s]) => s);
    expect(EVENTS[eventType].producer).toBe(producer);
    expect([...EVENTS[eventType].consumers].sort()).toEqual([...consumers, ...extras].sort());
  });

  it.each(ADDED_EVENTS)('added event %s: producer %s, consumers %j', (eventType, producer, consumers) => {
    expect(EVENTS[eventType].producer).toBe(producer);
    expect([...EVENTS[eventType].consumers].sort()).toEqual([...consumers].sort());
  });

  it('holds exactly the R-EV-2 events and the added ones', () => {
    expect([...EVENT_TYPES].sort()).toEqual([...R_EV_2, ...ADDED_EVENTS].map(([t]) => t).sort());
  });

  it.each(EVENT_TYPES)('%s is well-formed: key = name, version 1, key field required, no self-consumption', (eventType) => {
    const def = EVENTS[eventType];
    const payload: TObject = def.payload;
    expect(def.eventType).toBe(eventType);
    expect(eventType).toMatch(/^[A-Z][a-z]+([A-Z][a-z]+)+$/);
    expect(def.version).toBe(1);
    expect(payload.required).toContain(def.keyField);
    expect(payload.additionalProperties).toBe(false);
    expect(def.consumers).not.toContain(def.producer);
    expect(new Set(def.consumers).size).toBe(def.consumers.length);
    expect(def.description.length).toBeGreaterThan(20);
  });

  it('no payload carries a name or a JS-number amount field, and contact data only in CustomerContactChanged', () => {
    for (const eventType of EVENT_TYPES) {
      const text = JSON.stringify(EVENTS[eventType].payload);
      expect(text).not.toMatch(/"(name|fullName|firstName)"/i);
      if (eventType !== 'CustomerContactChanged') expect(text).not.toMatch(/"(email|phone)"/i);
      expect(text).not.toContain('"type":"number"');
    }
    expect(Object.keys(EVENTS.CustomerContactChanged.payload.properties).sort()).toEqual(['changedAt', 'customerId', 'email', 'phone']);
  });

  it('gives every service a consumer group, and the per-service views agree with EVENTS', () => {
    for (const service of SERVICES) {
      expect(CONSUMER_GROUPS[service]).toBe(service);
      expect(eventsConsumedBy(service).length).toBeGreaterThan(0);
    }
    expect(eventsConsumedBy('credit-analysis')).toEqual(['ProposalCreated', 'ProposalCancelled', 'MarginChecked', 'MarginCheckFailed', 'ContractPositionChanged', 'PortabilityBalanceReceived', 'PortabilityRequestFailed', 'DataSubjectErasureDecided']);
    expect(eventsProducedBy('payment')).toEqual(['InstallmentDue', 'PaymentReceived', 'FundsReleaseRequested']);
    expect(SERVICES.flatMap(eventsProducedBy).sort()).toEqual([...EVENT_TYPES].sort());
  });
});
