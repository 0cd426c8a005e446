/** The six services of the platform (REQUIREMENTS §1), named as their apps/ folders. */
export const SERVICES = [
  'proposal',
  'credit-analysis',
  'loan',
  'averbation-connector',
  'payment',
  'notification',
] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * Kafka consumer group of each service: the service name, one group per service, so every
 * instance of a service shares the work and each service sees every event it subscribes to.
 * Every service consumes something (see EVENTS), so every service has a group and a DLQ.
 */
export const CONSUMER_GROUPS: Readonly<Record<ServiceName, string>> = {
  proposal: 'proposal',
  'credit-analysis': 'credit-analysis',
  loan: 'loan',
  'averbation-connector': 'averbation-connector',
  payment: 'payment',
  notification: 'notification',
};
