import { type Endpoint, unknownId } from './abuse-endpoint';

/**
 * Payment: manual payments of unknown contracts, a payroll remittance dated in the future, an
 * impossible business date for the clock and the daily job — refused, so the clock never moves
 * and the job never runs. The audited routes (remittance, job, clock) keep an audit row of each
 * refusal that got past the token check: the corpus accounts for those rows by correlation id.
 */
export const PAYMENT_ENDPOINTS = (): Endpoint[] => [
  {
    service: 'payment', method: 'POST', route: '/v1/payments', as: 'ops', wrongKind: 'corban', headers: { 'idempotency-key': unknownId() },
    body: { customerId: unknownId(), contractId: unknownId(), purpose: 'INSTALLMENT', amount: '311.36', installments: [1, 2], paymentDate: '2026-01-10' },
    foreign: (v) => ({ body: { customerId: v.customerId, contractId: v.contractId, amount: '311.36', installments: [2], paymentDate: '2026-01-10' } }),
  },
  {
    service: 'payment', method: 'POST', route: '/v1/renegotiations', as: 'ops', wrongKind: 'corban', headers: { 'idempotency-key': unknownId() },
    body: { customerId: unknownId(), contractId: unknownId(), option: 'LONGER_TERM', capacity: '300.00', installmentAmount: '287.15', termMonths: 24 },
    foreign: (v) => ({ body: { customerId: v.customerId, contractId: v.contractId, option: 'LONGER_TERM', capacity: '300.00', installmentAmount: '287.15', termMonths: 24 } }),
  },
  {
    service: 'payment', method: 'GET', route: '/v1/payments/:paymentId', as: 'ops', wrongKind: 'corban', params: { paymentId: unknownId() },
    foreign: (v) => ({ params: { paymentId: v.paymentId } }),
  },
  {
    service: 'payment', method: 'POST', route: '/v1/admin/jobs/installment-due', as: 'ops', wrongKind: 'internal', audited: true,
    body: { date: '2026-02-30' },
  },
  {
    service: 'payment', method: 'GET', route: '/v1/contracts/:contractId/installments', as: 'ops', wrongKind: 'corban', params: { contractId: unknownId() },
    foreign: (v) => ({ params: { contractId: v.contractId } }),
  },
  {
    service: 'payment', method: 'POST', route: '/v1/payroll-remittances', as: 'payroll', wrongKind: 'internal', audited: true, limitBytes: 8 * 1024 * 1024,
    body: {
      remittanceId: `ABUSE-${Date.now()}`, referenceMonth: '2099-01', paymentDate: '2099-01-10',
      lines: [{ benefitNumber: '1234567890', contractId: unknownId(), installmentNumber: 1, amount: '311.36' }],
    },
  },
  { service: 'payment', method: 'GET', route: '/v1/payroll-remittances/:remittanceId', as: 'payroll', wrongKind: 'intruder', params: { remittanceId: `ABUSE-${Date.now()}` } },
  { service: 'payment', method: 'PUT', route: '/v1/admin/clock', as: 'ops', wrongKind: 'internal', audited: true, body: { today: '2026-02-30' } },
  { service: 'payment', method: 'GET', route: '/v1/admin/clock', as: 'ops', wrongKind: 'intruder' },
  { service: 'payment', method: 'GET', route: '/v1/admin/audit', as: 'auditor', wrongKind: 'internal', query: { actor: 'servicing-ops', action: 'clock.adjust', limit: '10' } },
];
