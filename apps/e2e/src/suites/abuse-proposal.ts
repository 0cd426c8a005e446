import { randomCpf } from '@consignado/stack-runner';
import { ONE_PIXEL_PNG } from '../support/journey';
import { type Endpoint, unknownId } from './abuse-endpoint';

/** Loan shape shared by the simulation routes; all of it well-formed. */
const loanShape = {
  product: 'INSS_CONSIGNADO', termMonths: 24, monthlyRate: '0.0185', withInsurance: false, birthDate: '1958-06-21',
  score: 650, contractDate: '2030-03-10', firstDueDate: '2030-04-10', iofMethod: 'DECREE',
};

/**
 * Proposal's channel API (R-PR-1): corban-alpha's routes, the app's document upload. The
 * customer's CPF has wrong check digits and the proposals name unknown customers or proposals,
 * so nothing here can be stored.
 */
export const PROPOSAL_ENDPOINTS = (): Endpoint[] => [
  {
    service: 'proposal', method: 'POST', route: '/v1/:channel/customers', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban' },
    body: {
      cpf: '12345678900', name: 'Maria da Silva', birthDate: '1958-06-21', monthlyIncome: '3000.00', monthlyExpenses: '800.00', linkType: 'APOSENTADO',
      benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '3000.00', startDate: '2015-01-10' }, email: 'maria@example.com', phone: '+5561999990000',
    },
    freeText: { field: 'name', valid: () => ({ cpf: randomCpf(), name: 'Maria da Silva', birthDate: '1958-06-21', monthlyIncome: '3000.00', linkType: 'EMPREGADO' }) },
  },
  {
    service: 'proposal', method: 'GET', route: '/v1/:channel/customers/:id', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban', id: unknownId() },
    foreign: (v) => ({ params: { channel: 'digital', id: v.customerId } }),
  },
  {
    service: 'proposal', method: 'POST', route: '/v1/:channel/proposals', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban' },
    headers: { 'idempotency-key': unknownId() },
    body: {
      customerId: unknownId(), product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '5000.00', termMonths: 24, monthlyRate: '0.0185', withInsurance: false,
      contractDate: '2030-03-10', firstDueDate: '2030-04-10', benefitPaidByOwnBank: false, refinancedContractId: unknownId(), portability: { originInstitutionIspb: '00000000', originContractNumber: 'CTR-2023-000123' },
    },
    foreign: (v) => ({ params: { channel: 'digital' }, body: { customerId: v.customerId, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '5000.00', termMonths: 24, withInsurance: false } }),
  },
  {
    // Seed 004: an offer that does not exist (RecommendationMade never named it).
    service: 'proposal', method: 'POST', route: '/v1/:channel/offers/:offerId/proposals', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban', offerId: unknownId() },
    headers: { 'idempotency-key': unknownId() },
    body: { withInsurance: false },
  },
  {
    service: 'proposal', method: 'GET', route: '/v1/:channel/proposals', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban' }, query: { customerId: unknownId(), limit: '10' },
    foreign: (v) => ({ params: { channel: 'digital' }, query: { customerId: v.customerId }, list: true }),
  },
  {
    service: 'proposal', method: 'GET', route: '/v1/:channel/proposals/:id', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban', id: unknownId() },
    foreign: (v) => ({ params: { channel: 'digital', id: v.proposalId } }),
  },
  {
    service: 'proposal', method: 'GET', route: '/v1/:channel/proposals/:id/timeline', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban', id: unknownId() },
    foreign: (v) => ({ params: { channel: 'digital', id: v.proposalId } }),
  },
  {
    service: 'proposal', method: 'POST', route: '/v1/:channel/proposals/:id/cancel', as: 'corban', wrongKind: 'intruder', audited: true, params: { channel: 'corban', id: unknownId() },
    body: { reason: 'Cliente desistiu da contratação' },
    foreign: (v) => ({ params: { channel: 'digital', id: v.proposalId } }),
  },
  {
    // R-LN-9: a well-formed hash for a proposal that does not exist.
    service: 'proposal', method: 'POST', route: '/v1/:channel/proposals/:id/acceptance', as: 'corban', wrongKind: 'intruder', audited: true, params: { channel: 'corban', id: unknownId() },
    headers: { 'idempotency-key': unknownId() },
    body: { documentHash: 'ab'.repeat(32) },
    foreign: (v) => ({ params: { channel: 'digital', id: v.proposalId } }),
  },
  {
    service: 'proposal', method: 'POST', route: '/v1/digital/proposals/:id/documents', as: 'intruder', wrongKind: 'corban', params: { id: unknownId() },
    body: { kind: 'SELFIE', mimeType: 'image/png', contentBase64: ONE_PIXEL_PNG }, limitBytes: 3 * 1024 * 1024,
    foreign: (v) => ({ params: { id: v.proposalId } }),
  },
  {
    service: 'proposal', method: 'POST', route: '/v1/:channel/simulations', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban' },
    body: { ...loanShape, amount: '10000.00' },
  },
  {
    service: 'proposal', method: 'POST', route: '/v1/:channel/simulations/capacity', as: 'corban', wrongKind: 'intruder', params: { channel: 'corban' },
    body: { ...loanShape, availableMargin: '500.00', benefitValue: '2000.00', activeInstallments: ['200.00'] },
  },
  { service: 'proposal', method: 'GET', route: '/v1/admin/audit', as: 'auditor', wrongKind: 'corban', query: { actor: 'corban-alpha', action: 'proposal.cancel', limit: '10' } },
];
