import { createEnvelope, examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { renderContractSettled } from './life-cycle-templates';
import { renderPaymentReceived } from './servicing-templates';
import { renderContractActivated } from './templates';

const event = <T extends EventType>(type: T, changes: Partial<PayloadOf<T>> = {}) =>
  createEnvelope(type, { payload: { ...examplePayload(type), ...changes }, metadata: { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' } });

const OLD = examplePayload('ContractActivated').contractId;
const NEW = '5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b';
const PAYMENT = '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a';
const terms = (discount: string): NonNullable<PayloadOf<'ContractActivated'>['renegotiation']>['terms'] => ({
  renegotiationId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', option: discount === '0.00' ? 'LONGER_TERM' : 'LATE_CHARGES_DISCOUNT', capacity: '200.00',
  lateChargesDiscount: discount === '0.00' ? '0' : '0.5', graceDays: 0, maxTermMonths: 96, consolidatedDebt: '8320.55', discount, termMonths: 72,
  installmentAmount: '180.40', firstDueDate: '2026-05-10', parameterVersion: 'WORKOUT-50-90', channel: 'DIGITAL', acceptedAt: '2026-04-10T13:00:00.000Z',
});
const renegotiated = (discount: string, changes: Partial<PayloadOf<'ContractActivated'>> = {}) =>
  event('ContractActivated', {
    contractId: NEW, operationType: 'RENEGOTIATION', channel: 'DIGITAL', releasedAmount: '8200.55', financedAmount: '8200.55', iof: '0.00', termMonths: 72, installmentAmount: '180.40',
    contractDate: '2026-04-10', firstDueDate: '2026-05-10', renegotiation: { renegotiatedContractId: OLD, paymentId: PAYMENT, effectiveDate: '2026-04-10', terms: terms(discount) }, ...changes,
  });

const PLAN =
  'Seu contrato em atraso foi renegociado em 10/04/2026: o saldo devedor de R$ 8.200,55 passou para um novo contrato, sem IOF e sem liberação de novo crédito. ' +
  'Você pagará 72 parcelas de R$ 180,40, a primeira em 10/05/2026.';

describe('renegotiation of a late contract: one notice (pt-BR, R-LN-8, R-NT-1)', () => {
  it.each([
    ['with late charges forgiven, on a payroll deduction', '120.00', {}, `${PLAN} Você recebeu um desconto de R$ 120,00 sobre a multa e os juros de mora do atraso. O desconto em folha passa a ser o da nova parcela.`],
    ['without a discount (longer term)', '0.00', {}, `${PLAN} O desconto em folha passa a ser o da nova parcela.`],
    ['of a personal loan (no payroll deduction)', '45.10', { product: 'PERSONAL' as const, averbationProtocol: undefined }, `${PLAN} Você recebeu um desconto de R$ 45,10 sobre a multa e os juros de mora do atraso.`],
  ])('CONTRACT_RENEGOTIATED %s, instead of the welcome notice', (_case, discount, changes, body) => {
    expect(renderContractActivated(renegotiated(discount, changes))).toEqual({ template: 'CONTRACT_RENEGOTIATED', subject: 'Seu contrato foi renegociado', body });
  });

  it('a RENEGOTIATION activation without its workout cannot render: NOTIFICATION.INVALID_EVENT (dead-lettered)', () => {
    expect(() => renderContractActivated(renegotiated('0.00', { renegotiation: undefined }))).toThrow(expect.objectContaining({ code: 'NOTIFICATION.INVALID_EVENT' }));
  });

  it('no settlement notice for the old contract (RENEGOTIATED) and no receipt for its settling payment (RENEGOTIATION: no money moved)', () => {
    expect(renderContractSettled(event('ContractSettled', { contractId: OLD, reason: 'RENEGOTIATED', replacedByContractId: NEW, settlementAmount: '8200.55', paymentId: PAYMENT, lastPaymentDate: '2026-04-10' }))).toBeUndefined();
    const settling = event('PaymentReceived', {
      paymentId: PAYMENT, contractId: OLD, source: 'RENEGOTIATION', purpose: 'EARLY_SETTLEMENT', amount: '8200.55', allocations: [], unallocated: '8200.55', paymentDate: '2026-04-10',
      settlement: { reason: 'RENEGOTIATED', replacedByContractId: NEW, renegotiation: terms('120.00') },
    });
    expect(renderPaymentReceived(settling)).toBeUndefined();
  });
});
