import { type ContractPositionChangedPayload, createEnvelope, examplePayload } from '@consignado/contracts';

/**
 * Test data only. The hand-worked old contract: R$ 1,000.00 at 1.85% a.m. over 5 months,
 * contracted 2025-11-10, first due 2025-12-10 (30 days). PMT = R(1000 × 0.0185 / (1 − 1.0185^−5))
 * = 211.24; row j pays R(B × 0.0185) interest; the last row absorbs the residue (211.21).
 */
export const HAND_WORKED_ROWS = [
  ['2025-12-10', '211.24', '18.50', '192.74', '807.26'],
  ['2026-01-10', '211.24', '14.93', '196.31', '610.95'],
  ['2026-02-10', '211.24', '11.30', '199.94', '411.01'],
  ['2026-03-10', '211.24', '7.60', '203.64', '207.37'],
  ['2026-04-10', '211.21', '3.84', '207.37', '0.00'],
] as const;

export const OLD_CONTRACT_ID = '7c0a1f3e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
export const CUSTOMER_ID = examplePayload('ProposalCreated').customerId;

export type OldContract = Partial<ContractPositionChangedPayload> & { paid?: number };

/** The hand-worked contract's position with its first `paid` installments PAID on their due dates (INSS on benefit 1234567890 by default). */
export function oldContract({ paid = 2, ...overrides }: OldContract = {}): ContractPositionChangedPayload {
  return {
    contractId: OLD_CONTRACT_ID,
    customerId: CUSTOMER_ID,
    revision: 1 + paid,
    status: 'ACTIVE',
    product: 'INSS_CONSIGNADO',
    operationType: 'NEW',
    benefitNumber: '1234567890',
    monthlyRate: '0.0185',
    financedAmount: '1000.00',
    contractDate: '2025-11-10',
    firstDueDate: '2025-12-10',
    termMonths: 5,
    installmentAmount: '211.24',
    activatedAt: '2025-11-10T13:00:00.000Z',
    planStart: { date: '2025-11-10', balance: '1000.00', afterInstallment: 0 },
    installments: HAND_WORKED_ROWS.map(([dueDate, amount, interest, amortization, balance], index) => ({
      number: index + 1, dueDate, amount, interest, amortization, balance,
      ...(index < paid ? { status: 'PAID' as const, paidOn: dueDate } : { status: 'PENDING' as const }),
    })),
    changedAt: '2026-01-10T06:00:00.000Z',
    ...overrides,
  };
}

/** Another servant contract of the customer, whose installment is a payroll deduction. */
export function deduction(contractId: string, installmentAmount: string, overrides: OldContract = {}): ContractPositionChangedPayload {
  const servant = oldContract({ contractId, installmentAmount, product: 'SERVIDOR_CONSIGNADO', ...overrides });
  delete servant.benefitNumber;
  return servant;
}

export const positionChanged = (payload: ContractPositionChangedPayload) => createEnvelope('ContractPositionChanged', { payload });
