import type { EventType } from './catalog';
import type { PayloadOf } from './envelope';

/*
 * One valid payload per event type: the AsyncAPI document shows them as examples and tests of
 * every service can start from them. Amounts are illustrative (an INSS loan of R$ 10,000.00 over
 * 48 months at 1.66% a.m. with financed IOF), not a finance test vector.
 */
const ids = {
  proposal: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11',
  customer: '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f',
  contract: '9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
  averbation: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
  payment: '2f3e4d5c-6b7a-4891-a2b3-c4d5e6f7a8b9',
  partner: 'e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9',
};

const reason = {
  rule: 'INSS.MARGIN',
  passed: true,
  measured: '311.36',
  limit: '700.00',
  message: 'Parcela dentro da margem consignável disponível.',
  parameterVersion: 'inss-2025-04-01',
};

const terms = {
  releasedAmount: '10000.00',
  financedAmount: '10246.13',
  monthlyRate: '0.0166',
  termMonths: 48,
  installmentAmount: '311.36',
  iof: '246.13',
  insurance: '0.00',
  totalPayable: '14945.28',
  cetMonthlyPercent: '1.78',
  cetAnnualPercent: '23.57',
  contractDate: '2025-02-10',
  firstDueDate: '2025-03-10',
};

/** 48 monthly rows from 2025-03-10 (day 10, so no month-end clamping is needed). */
const schedule = Array.from({ length: 48 }, (_, i) => {
  const month = 2 + i; // zero-based month index from January 2025
  const date = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-10`;
  return { number: i + 1, dueDate: date, amount: '311.36' };
});

const portabilityOrigin = { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' };
const portabilityTerms = {
  ...portabilityOrigin, portabilityNumber: '202502110000000012345', balance: '7200.00', balanceDate: '2025-02-11',
  remainingInstallments: 30, originInstallment: '330.00', originMonthlyRate: '0.0199',
};

const EXAMPLE_PAYLOADS: { [K in EventType]: PayloadOf<K> } = {
  ProposalCreated: {
    proposalId: ids.proposal, customerId: ids.customer, cpf: '52998224725',
    product: 'INSS_CONSIGNADO', operationType: 'NEW', channel: 'CORBAN', partnerId: ids.partner,
    requestedAmount: '10000.00', termMonths: 48, monthlyRate: '0.0166', withInsurance: false,
    contractDate: '2025-02-10', firstDueDate: '2025-03-10', birthDate: '1958-06-21',
    monthlyIncome: '2000.00', linkType: 'APOSENTADO',
    benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-01-15' },
    benefitPaidByOwnBank: false,
  },
  CustomerContactChanged: { customerId: ids.customer, email: 'cliente@example.com', phone: '+5561999990000', changedAt: '2025-02-10T12:55:00.000Z' },
  ProposalCancelled: {
    proposalId: ids.proposal, customerId: ids.customer, reason: 'CUSTOMER_REQUEST',
    requestedAt: '2025-02-10T13:05:00.000Z',
  },
  MarginCheckRequested: { proposalId: ids.proposal, customerId: ids.customer, cpf: '52998224725', benefitNumber: '1234567890' },
  MarginChecked: {
    proposalId: ids.proposal, benefitNumber: '1234567890',
    benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-01-15' },
    margins: {
      loan: { limit: '700.00', used: '200.00', available: '500.00' },
      card: { limit: '100.00', used: '0.00', available: '100.00' },
    },
    restrictions: [], checkedAt: '2025-02-10T13:00:04.120Z', fromCache: false,
  },
  MarginCheckFailed: {
    proposalId: ids.proposal, benefitNumber: '1234567890', code: 'DATAPREV.UNAVAILABLE',
    message: 'Não foi possível consultar a margem na Dataprev.', retryable: true, attempts: 5,
  },
  CreditApproved: {
    proposalId: ids.proposal, customerId: ids.customer, cpf: '52998224725', benefitNumber: '1234567890',
    product: 'INSS_CONSIGNADO', operationType: 'NEW', channel: 'CORBAN', ...terms,
    reasons: [reason], parameterVersion: 'inss-2025-04-01',
  },
  CreditRejected: {
    proposalId: ids.proposal, customerId: ids.customer, product: 'INSS_CONSIGNADO', operationType: 'NEW',
    channel: 'CORBAN', parameterVersion: 'inss-2025-04-01',
    reasons: [{
      ...reason, code: 'CREDIT.MARGIN_EXCEEDED', passed: false, measured: '612.40', limit: '500.00',
      message: 'Parcela excede a margem consignável disponível.',
    }],
  },
  ContractIssued: {
    contractId: ids.contract, proposalId: ids.proposal, customerId: ids.customer, product: 'INSS_CONSIGNADO', operationType: 'NEW', channel: 'CORBAN',
    documentHash: '3b0c2f6d1e9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c', issuedAt: '2025-02-10T13:20:01.000Z',
  },
  ProposalAccepted: {
    proposalId: ids.proposal, contractId: ids.contract, customerId: ids.customer,
    documentHash: '3b0c2f6d1e9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c', acceptedAt: '2025-02-10T13:25:40.000Z',
    channel: 'CORBAN', acceptedBy: 'corban-user:7f3e2d1c',
  },
  AverbationRequested: {
    contractId: ids.contract, proposalId: ids.proposal, customerId: ids.customer, cpf: '52998224725',
    benefitNumber: '1234567890', product: 'INSS_CONSIGNADO', operationType: 'NEW',
    financedAmount: '10246.13', monthlyRate: '0.0166', installmentAmount: '311.36', termMonths: 48,
    contractDate: '2025-02-10', firstDueDate: '2025-03-10',
  },
  AverbationCompleted: {
    contractId: ids.contract, proposalId: ids.proposal, customerId: ids.customer,
    averbationId: ids.averbation, protocol: 'DTP-2025-000123456', benefitNumber: '1234567890',
    installmentAmount: '311.36', termMonths: 48, firstDueDate: '2025-03-10',
    registeredAt: '2025-02-10T13:20:07.000Z',
  },
  AverbationFailed: {
    contractId: ids.contract, proposalId: ids.proposal, code: 'AVERBATION.MARGIN_INSUFFICIENT',
    message: 'Margem consignável insuficiente para a averbação.', retryable: false, attempts: 1,
    lastAttemptAt: '2025-02-10T13:20:07.000Z',
  },
  ContractActivated: {
    contractId: ids.contract, proposalId: ids.proposal, customerId: ids.customer,
    product: 'INSS_CONSIGNADO', operationType: 'NEW', channel: 'CORBAN', ...terms,
    averbationProtocol: 'DTP-2025-000123456', activatedAt: '2025-02-10T13:20:09.000Z', schedule,
  },
  ContractCancelled: {
    contractId: ids.contract, proposalId: ids.proposal, customerId: ids.customer, reason: 'RIGHT_OF_REGRET',
    averbationRegistered: true, amountToReturn: '10000.00', cancelledAt: '2025-02-14T09:00:00.000Z',
  },
  InstallmentDue: {
    contractId: ids.contract, customerId: ids.customer, installmentNumber: 3, dueDate: '2025-05-10',
    amount: '311.36', kind: 'OVERDUE', daysLate: 10, fine: '6.23', mora: '1.03', totalDue: '318.62',
    referenceDate: '2025-05-20',
  },
  PaymentReceived: {
    paymentId: ids.payment, contractId: ids.contract, customerId: ids.customer, source: 'PAYROLL',
    purpose: 'INSTALLMENT', amount: '311.36',
    allocations: [{ installmentNumber: 1, amount: '311.36', fine: '0.00', mora: '0.00' }],
    unallocated: '0.00', overpayment: '0.00', paymentDate: '2025-03-10', paidAt: '2025-03-10T06:00:00.000Z',
  },
  ContractSettled: {
    contractId: ids.contract, customerId: ids.customer, reason: 'PAID_OFF', lastPaymentDate: '2029-02-10', settledAt: '2029-02-10T06:00:00.000Z',
  },
  ContractAmended: {
    contractId: ids.contract, customerId: ids.customer, paymentId: ids.payment, reason: 'EXTRA_AMORTIZATION',
    mode: 'REDUCE_INSTALLMENT', amount: '2000.00', interestSettled: '57.05', effectiveDate: '2026-03-25',
    balance: '4301.96', previousInstallmentAmount: '311.36', installmentAmount: '203.14', remainingInstallments: 25,
    termMonths: 48, schedule: [{ number: 24, dueDate: '2027-02-10', amount: '203.14', interest: '39.97', amortization: '163.17', balance: '4138.79' }],
    amendedAt: '2026-03-25T14:00:00.000Z',
  },
  ContractPositionChanged: {
    contractId: ids.contract, customerId: ids.customer, revision: 2, status: 'ACTIVE', product: 'INSS_CONSIGNADO',
    operationType: 'NEW', benefitNumber: '1234567890', monthlyRate: '0.0166', financedAmount: '10246.13',
    contractDate: '2025-02-10', firstDueDate: '2025-03-10', termMonths: 48, installmentAmount: '311.36',
    activatedAt: '2025-02-10T13:20:09.000Z', planStart: { date: '2025-02-10', balance: '10246.13', afterInstallment: 0 },
    installments: [{ number: 1, dueDate: '2025-03-10', amount: '311.36', interest: '170.09', amortization: '141.27', balance: '10104.86', status: 'PAID', paidOn: '2025-03-10' }],
    changedAt: '2025-03-10T06:00:01.000Z',
  },
  ContractBlocked: {
    contractId: ids.contract, customerId: ids.customer, revision: 3, reason: 'JUDICIAL_ORDER', operatorId: 'ana.operadora', blockedAt: '2025-04-02T14:00:00.000Z',
  },
  ContractUnblocked: {
    contractId: ids.contract, customerId: ids.customer, revision: 4, reason: 'JUDICIAL_ORDER', operatorId: 'ana.operadora', unblockedAt: '2025-05-02T14:00:00.000Z',
  },
  PortabilityBalanceRequested: {
    proposalId: ids.proposal, customerId: ids.customer, cpf: '52998224725', product: 'INSS_CONSIGNADO',
    benefitNumber: '1234567890', origin: portabilityOrigin,
  },
  PortabilityBalanceReceived: {
    proposalId: ids.proposal, terms: portabilityTerms, dueBalanceLimitDate: '2025-02-13',
    retentionOffer: { monthlyRate: '0.0170', installmentAmount: '291.02', termMonths: 30 }, receivedAt: '2025-02-11T15:00:00.000Z',
  },
  PortabilityRequestFailed: {
    proposalId: ids.proposal, portabilityNumber: portabilityTerms.portabilityNumber, reason: 'CUSTOMER_RETAINED',
    code: 'PORTABILITY.RETENCAO_DO_CLIENTE', message: 'O cliente aceitou a contraproposta da instituição de origem.',
    failedAt: '2025-02-12T10:00:00.000Z',
  },
  PortabilityTransferRequested: {
    contractId: ids.contract, proposalId: ids.proposal, customerId: ids.customer, portabilityNumber: portabilityTerms.portabilityNumber,
    originInstitutionIspb: portabilityOrigin.originInstitutionIspb, amount: portabilityTerms.balance, requestedAt: '2025-02-12T10:00:00.000Z',
  },
  PortabilityTransferCompleted: {
    contractId: ids.contract, proposalId: ids.proposal, portabilityNumber: portabilityTerms.portabilityNumber,
    amount: portabilityTerms.balance, settlementReceipt: 'QUIT-2025-000981', completedAt: '2025-02-13T11:00:00.000Z',
  },
  PortabilityTransferFailed: {
    contractId: ids.contract, proposalId: ids.proposal, portabilityNumber: portabilityTerms.portabilityNumber,
    reason: 'FUNDS_RETURNED', code: 'PORTABILITY.STR0048', message: 'A instituição de origem devolveu a transferência.',
    failedAt: '2025-02-13T11:00:00.000Z',
  },
  PortabilityOutRequested: {
    contractId: ids.contract, portabilityNumber: portabilityTerms.portabilityNumber, destinationInstitutionIspb: '60701190',
    balanceDate: '2026-03-25', answerDeadline: '2026-04-01', requestedAt: '2026-03-25T12:00:00.000Z',
  },
  PortabilityOutAnswered: {
    contractId: ids.contract, portabilityNumber: portabilityTerms.portabilityNumber, outcome: 'BALANCE', balance: '6245.07',
    balanceDate: '2026-03-25', remainingInstallments: 23, installmentAmount: '311.36', monthlyRate: '0.0166',
    answeredAt: '2026-03-25T12:00:03.000Z',
  },
  PortabilityOutFundsReceived: {
    contractId: ids.contract, portabilityNumber: portabilityTerms.portabilityNumber, destinationInstitutionIspb: '60701190',
    amount: '6245.07', balanceDate: '2026-03-25', receivedAt: '2026-03-25T16:00:00.000Z',
  },
  InsuranceClaimRequested: {
    contractId: ids.contract, customerId: ids.customer, claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', policyNumber: 'PRST-2026-000123',
    insurer: 'Seguradora Modelo S.A.', cause: 'DEATH', coverageDate: '2026-05-04', coverageAmount: '8214.33', requestedAt: '2026-05-04T14:00:00.000Z',
  },
  InsuranceClaimPaid: {
    contractId: ids.contract, claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', policyNumber: 'PRST-2026-000123', insurerClaimNumber: 'SIN-2026-000042',
    amount: '8214.33', coverageDate: '2026-05-04', paidAt: '2026-05-06T10:00:00.000Z',
  },
  InsuranceClaimDenied: {
    contractId: ids.contract, claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', policyNumber: 'PRST-2026-000123', insurerClaimNumber: 'SIN-2026-000042',
    reason: 'EXCLUDED_CAUSE', message: 'O sinistro decorre de causa excluída pela apólice.', deniedAt: '2026-05-06T10:00:00.000Z',
  },
  CustomerPayoutAccountChanged: { customerId: ids.customer, account: { kind: 'PIX_KEY', pixKey: 'cliente@example.com' }, holderCpf: '52998224725', changedAt: '2025-02-10T12:55:00.000Z' },
  FundsReleaseRequested: {
    disbursementId: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', contractId: ids.contract, customerId: ids.customer, purpose: 'LOAN_RELEASE', amount: '10000.00',
    account: { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' }, holderCpf: '52998224725', requestedAt: '2025-02-10T13:20:10.000Z',
  },
  FundsReleased: {
    disbursementId: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', contractId: ids.contract, customerId: ids.customer, purpose: 'LOAN_RELEASE', amount: '10000.00',
    endToEndId: 'E1234567820250210132011ABCDEF12345', releasedAt: '2025-02-10T13:20:14.000Z',
  },
  FundsReleaseFailed: {
    disbursementId: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', contractId: ids.contract, customerId: ids.customer, purpose: 'LOAN_RELEASE', amount: '10000.00',
    code: 'RAIL.HOLDER_MISMATCH', message: 'A conta informada não é de titularidade do cliente.', attempts: 1, failedAt: '2025-02-10T13:20:14.000Z',
  },
  RecommendationMade: {
    recommendationId: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8', profileId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', customerId: ids.customer,
    round: 1, rulesVersion: 'SEED004-PROFILE-2026.12', risk: 'baixo', financialProfile: 'conservador', creditHistory: 'excelente',
    recommendedProduct: 'credito_consiginado', approved: true, alternatives: ['emprestimo_pessoal'],
    offers: [{
      offerId: '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e', seedProduct: 'credito_consiginado', product: 'INSS_CONSIGNADO', operationType: 'NEW',
      requestedAmount: '10000.00', releasedAmount: '10000.00', financedAmount: '10000.00', monthlyRate: '0.0166', termMonths: 24,
      installmentAmount: '527.30', iof: '0.00', insurance: '0.00', totalPayable: '12655.20', cetMonthlyPercent: '1.66', cetAnnualPercent: '21.82',
      contractDate: '2025-02-10', firstDueDate: '2025-03-10',
    }],
    validUntil: '2025-02-10', madeAt: '2025-02-10T12:00:00.000Z',
  },
  DataSubjectErasureRequested: {
    requestId: '4e3d2c1b-0a9f-4e8d-9c7b-6a5f4e3d2c1b', customerId: ids.customer, origin: 'DATA_SUBJECT',
    proposalIds: [ids.proposal], requestedAt: '2032-03-01T10:00:00.000Z',
  },
  DataSubjectErasureDecided: {
    requestId: '4e3d2c1b-0a9f-4e8d-9c7b-6a5f4e3d2c1b', customerId: ids.customer, origin: 'DATA_SUBJECT', decision: 'RETAIN',
    proposalIds: [ids.proposal], contractIds: [ids.contract], reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: '2039-02-10',
    decidedAt: '2032-03-01T10:00:01.000Z',
  },
};

/** A fresh copy of the example payload of `eventType` (safe to mutate in tests). */
export function examplePayload<T extends EventType>(eventType: T): PayloadOf<T> {
  return structuredClone(EXAMPLE_PAYLOADS[eventType]);
}
