import { ALL_TOPICS, dlqTopicFor, EVENT_TYPES, EVENTS, kebabCase, SERVICES, topicFor } from './index';

describe('topics (R-EV-4, R-EV-5)', () => {
  it.each([
    ['ProposalCreated', 'consignado.proposal-created.v1'],
    ['CreditApproved', 'consignado.credit-approved.v1'],
    ['AverbationRequested', 'consignado.averbation-requested.v1'],
    ['MarginCheckRequested', 'consignado.margin-check-requested.v1'],
    ['InstallmentDue', 'consignado.installment-due.v1'],
    ['ContractSettled', 'consignado.contract-settled.v1'],
  ] as const)('topicFor(%s) = %s', (eventType, topic) => {
    expect(topicFor(eventType)).toBe(topic);
  });

  it.each([
    ['ProposalCreated', 'proposal-created'],
    ['MarginCheckRequested', 'margin-check-requested'],
    ['Version2Event', 'version2-event'],
  ])('kebabCase(%s) = %s', (pascal, kebab) => {
    expect(kebabCase(pascal)).toBe(kebab);
  });

  it('names every event topic consignado.<kebab-event>.v<version>, uniquely', () => {
    for (const eventType of EVENT_TYPES) {
      expect(topicFor(eventType)).toMatch(/^consignado\.[a-z]+(-[a-z]+)+\.v[1-9][0-9]*$/);
      expect(topicFor(eventType)).toBe(`consignado.${kebabCase(eventType)}.v${EVENTS[eventType].version}`);
    }
    const names = ALL_TOPICS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists every event topic and one DLQ per consumer group, 3 partitions each, valid Kafka names', () => {
    expect(ALL_TOPICS.filter((t) => t.kind === 'event').map((t) => t.eventType)).toEqual(EVENT_TYPES);
    expect(ALL_TOPICS.filter((t) => t.kind === 'dlq').map((t) => t.name)).toEqual([
      'consignado.dlq.proposal',
      'consignado.dlq.credit-analysis',
      'consignado.dlq.loan',
      'consignado.dlq.averbation-connector',
      'consignado.dlq.payment',
      'consignado.dlq.notification',
    ]);
    expect(SERVICES.map(dlqTopicFor)).toEqual(ALL_TOPICS.filter((t) => t.kind === 'dlq').map((t) => t.name));
    for (const topic of ALL_TOPICS) {
      expect(topic.partitions).toBe(3);
      expect(topic.name).toMatch(/^[a-z0-9.-]{1,249}$/);
    }
  });
});
