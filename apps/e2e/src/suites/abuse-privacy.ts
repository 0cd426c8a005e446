import { SERVICES } from '@consignado/contracts';
import { type Endpoint, unknownId } from './abuse-endpoint';

/**
 * The data-subject routes (LGPD, R-SEC-3), as the privacy office: every service's section of an
 * export, proposal's whole export and erasure requests, and the retention job. Their base requests
 * name a customer nobody registered (an export answers it empty or 404, an erasure 404), and the
 * job's base asks for zero customers (400), so the job never runs. Every attempt past the token
 * check is audited.
 */
export const PRIVACY_ENDPOINTS = (): Endpoint[] => [
  ...SERVICES.map((service): Endpoint => ({
    service, method: 'GET', route: '/v1/personal-data/:customerId', as: 'privacy', wrongKind: 'ops', audited: true, params: { customerId: unknownId() },
    foreign: (v) => ({ params: { customerId: v.customerId } }),
  })),
  {
    service: 'proposal', method: 'GET', route: '/v1/customers/:customerId/personal-data', as: 'privacy', wrongKind: 'ops', audited: true, params: { customerId: unknownId() },
    foreign: (v) => ({ params: { customerId: v.customerId } }),
  },
  {
    service: 'proposal', method: 'POST', route: '/v1/customers/:customerId/personal-data/erasure-requests', as: 'privacy', wrongKind: 'ops', audited: true,
    params: { customerId: unknownId() }, foreign: (v) => ({ params: { customerId: v.customerId } }),
  },
  {
    service: 'proposal', method: 'GET', route: '/v1/customers/:customerId/personal-data/erasure-requests/:requestId', as: 'privacy', wrongKind: 'ops',
    params: { customerId: unknownId(), requestId: unknownId() }, foreign: (v) => ({ params: { customerId: v.customerId, requestId: unknownId() } }),
  },
  { service: 'proposal', method: 'POST', route: '/v1/admin/jobs/personal-data-retention/run', as: 'privacy', wrongKind: 'ops', audited: true, body: { limit: 0 } },
];
