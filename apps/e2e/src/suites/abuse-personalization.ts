import { type Endpoint, unknownId } from './abuse-endpoint';

/** A feedback of every kind, in the seed's words. */
const FEEDBACK = { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'], produto_preferido: 'credito_consiginado' };

/**
 * Credit analysis's personalization routes (seed 004, R-CA-3), as corban-alpha: it may only ask
 * about customers it brought, so the unknown customer, profile and round of the base requests
 * are refused (404) after validation and nothing is written; servicing-ops lacks the origination
 * scope (403). The victim's customer id with another customer's token is as unknown.
 */
export const PERSONALIZATION_ENDPOINTS = (): Endpoint[] => [
  {
    service: 'credit-analysis', method: 'POST', route: '/v1/customers/:customerId/financial-profiles', as: 'corban', wrongKind: 'ops', params: { customerId: unknownId() },
    headers: { 'idempotency-key': unknownId() },
    body: {
      grossMonthlyIncome: '5000.00', monthlyExpenses: '1500.00', cardLimitTotal: '10000.00', cardBalance: '1000.00', estimatedCardLimit: '12000.00', formalIncome: true, employmentMonths: 36,
      externalLoans: [{ institution: 'Banco Exemplo', installment: '300.00', balance: '6000.00', monthlyRate: '0.0450' }], externalPaymentRecords: [0, 3], creditInquiries6m: 1, defaults5y: 0,
    },
    foreign: (v) => ({ params: { customerId: v.customerId }, body: { cardLimitTotal: '10000.00', cardBalance: '1000.00' } }),
  },
  {
    service: 'credit-analysis', method: 'POST', route: '/v1/financial-profiles/:profileId/recommendations', as: 'corban', wrongKind: 'ops', params: { profileId: unknownId() },
    headers: { 'idempotency-key': unknownId() },
    body: FEEDBACK,
  },
  {
    service: 'credit-analysis', method: 'POST', route: '/v1/recommendations/:recommendationId/feedback', as: 'corban', wrongKind: 'ops', params: { recommendationId: unknownId() },
    headers: { 'idempotency-key': unknownId() },
    body: FEEDBACK,
  },
  { service: 'credit-analysis', method: 'GET', route: '/v1/financial-profiles/:profileId', as: 'corban', wrongKind: 'ops', params: { profileId: unknownId() } },
  { service: 'credit-analysis', method: 'GET', route: '/v1/recommendations/:recommendationId', as: 'corban', wrongKind: 'ops', params: { recommendationId: unknownId() } },
  {
    service: 'credit-analysis', method: 'GET', route: '/v1/customers/:customerId/recommendations', as: 'corban', wrongKind: 'ops', params: { customerId: unknownId() },
    foreign: (v) => ({ params: { customerId: v.customerId } }),
  },
];
