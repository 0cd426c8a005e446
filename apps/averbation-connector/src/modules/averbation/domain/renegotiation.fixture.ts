import { createEnvelope, type EventEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';

/** Test data only: the late contract (the example's) and the RENEGOTIATION contract that replaces it. */
export const OLD_CONTRACT_ID = examplePayload('ContractActivated').contractId;
export const NEW_CONTRACT_ID = '5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b';
export const PROTOCOL = 'DTP-2025-000123456';
export const SETTLING_PAYMENT_ID = '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a';

/** The workout accepted: 72 × 180.40 from 2026-05-10, R$ 120.00 of late charges forgiven. */
export const TERMS: NonNullable<PayloadOf<'ContractActivated'>['renegotiation']>['terms'] = {
  renegotiationId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  option: 'LATE_CHARGES_DISCOUNT',
  capacity: '200.00',
  lateChargesDiscount: '0.5',
  graceDays: 0,
  maxTermMonths: 96,
  consolidatedDebt: '8320.55',
  discount: '120.00',
  termMonths: 72,
  installmentAmount: '180.40',
  firstDueDate: '2026-05-10',
  parameterVersion: 'WORKOUT-50-90',
  channel: 'DIGITAL',
  acceptedAt: '2026-04-10T13:00:00.000Z',
};

/** ContractActivated of the RENEGOTIATION contract (loan's shape, docs/life-cycle.md "Workout"); `changes` override the payload. */
export function renegotiationActivated(changes: Partial<PayloadOf<'ContractActivated'>> = {}): EventEnvelope<'ContractActivated'> {
  const base = examplePayload('ContractActivated');
  const payload: PayloadOf<'ContractActivated'> = {
    ...base,
    contractId: NEW_CONTRACT_ID,
    operationType: 'RENEGOTIATION',
    channel: 'DIGITAL',
    releasedAmount: '8200.55',
    financedAmount: '8200.55',
    iof: '0.00',
    termMonths: TERMS.termMonths,
    installmentAmount: TERMS.installmentAmount,
    contractDate: '2026-04-10',
    firstDueDate: TERMS.firstDueDate,
    averbationProtocol: PROTOCOL,
    renegotiation: { renegotiatedContractId: OLD_CONTRACT_ID, paymentId: SETTLING_PAYMENT_ID, effectiveDate: '2026-04-10', terms: TERMS },
    activatedAt: '2026-04-10T13:00:02.000Z',
    ...changes,
  };
  return createEnvelope('ContractActivated', { payload, metadata: { correlationId: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910' } });
}
