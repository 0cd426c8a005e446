import { type Endpoint, unknownId } from './abuse-endpoint';

/** The services whose audit trail came with their data-subject routes (proposal's and payment's are listed with them). */
const AUDITED_READERS = ['credit-analysis', 'loan', 'averbation-connector', 'notification'] as const;

/**
 * The read-only services: credit-analysis, loan, averbation-connector, notification. Their base
 * requests name unknown contracts, proposals or customers; the connector's two status routes
 * are public and take no input at all.
 */
export const READER_ENDPOINTS = (): Endpoint[] => [
  {
    service: 'credit-analysis', method: 'GET', route: '/v1/contract-positions/:contractId', as: 'ops', wrongKind: 'corban', params: { contractId: unknownId() },
    foreign: (v) => ({ params: { contractId: v.contractId } }),
  },
  { service: 'credit-analysis', method: 'GET', route: '/v1/analyses/:proposalId', as: 'ops', wrongKind: 'intruder', params: { proposalId: unknownId() } },
  {
    service: 'loan', method: 'GET', route: '/v1/contracts/:id/payoff', as: 'ops', wrongKind: 'corban', params: { id: unknownId() }, query: { date: '2030-01-15' },
    foreign: (v) => ({ params: { id: v.contractId }, query: {} }),
  },
  {
    service: 'loan', method: 'GET', route: '/v1/contracts/:id/workout-offers', as: 'ops', wrongKind: 'corban', params: { id: unknownId() }, query: { capacity: '300.00', date: '2030-01-15' },
    foreign: (v) => ({ params: { id: v.contractId }, query: { capacity: '300.00' } }),
  },
  {
    service: 'loan', method: 'GET', route: '/v1/customers/:customerId/contracts', as: 'ops', wrongKind: 'corban', params: { customerId: unknownId() },
    foreign: (v) => ({ params: { customerId: v.customerId } }),
  },
  {
    service: 'loan', method: 'GET', route: '/v1/customers/:customerId/contracts/:contractId', as: 'ops', wrongKind: 'corban',
    params: { customerId: unknownId(), contractId: unknownId() }, query: { date: '2030-01-15' },
    foreign: (v) => ({ params: { customerId: v.customerId, contractId: v.contractId }, query: {} }),
  },
  {
    service: 'loan', method: 'GET', route: '/v1/contracts', as: 'ops', wrongKind: 'corban', query: { proposalId: unknownId(), customerId: unknownId() },
    foreign: (v) => ({ query: { customerId: v.customerId, proposalId: v.proposalId }, list: true }),
  },
  {
    service: 'loan', method: 'GET', route: '/v1/contracts/:id', as: 'ops', wrongKind: 'corban', params: { id: unknownId() }, query: { date: '2030-01-15' },
    foreign: (v) => ({ params: { id: v.contractId }, query: {} }),
  },
  {
    // R-LN-9: the CCB's PDF, for contract readers and the channel collecting the acceptance (a corban only its own: 404 else); payroll has neither scope.
    service: 'loan', method: 'GET', route: '/v1/contracts/:id/ccb', as: 'ops', wrongKind: 'payroll', params: { id: unknownId() },
    foreign: (v) => ({ params: { id: v.contractId } }),
  },
  { service: 'averbation-connector', method: 'GET', route: '/v1/portabilities/:portabilityNumber', as: 'ops', wrongKind: 'intruder', params: { portabilityNumber: '202502280000000000424' } },
  { service: 'averbation-connector', method: 'GET', route: '/v1/portabilities', as: 'ops', wrongKind: 'intruder', query: { contractId: unknownId() } },
  {
    service: 'averbation-connector', method: 'GET', route: '/v1/averbations/:contractId', as: 'ops', wrongKind: 'corban', params: { contractId: unknownId() },
    foreign: (v) => ({ params: { contractId: v.contractId } }),
  },
  { service: 'averbation-connector', method: 'GET', route: '/health/ctc', as: 'public' },
  { service: 'averbation-connector', method: 'GET', route: '/health/dataprev', as: 'public' },
  {
    service: 'notification', method: 'GET', route: '/v1/notifications', as: 'ops', wrongKind: 'corban', query: { customerId: unknownId(), limit: '10' },
    foreign: (v) => ({ query: { customerId: v.customerId }, list: true }),
  },
  ...AUDITED_READERS.map((service): Endpoint => ({
    service, method: 'GET', route: '/v1/admin/audit', as: 'auditor', wrongKind: 'internal', query: { actor: 'privacy-office', action: 'personal-data.export', limit: '10' },
  })),
];
