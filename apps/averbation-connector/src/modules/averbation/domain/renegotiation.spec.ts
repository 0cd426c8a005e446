import { createEnvelope, examplePayload } from '@consignado/contracts';
import { planOf } from './alteration-plan';
import { renegotiationOf } from './renegotiation';
import { NEW_CONTRACT_ID, OLD_CONTRACT_ID, PROTOCOL, renegotiationActivated, SETTLING_PAYMENT_ID, TERMS } from './renegotiation.fixture';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('renegotiationOf: which activations move a deduction (R-LN-8)', () => {
  it('names the late contract replaced and its protocol', () => {
    expect(renegotiationOf(renegotiationActivated())).toEqual({ contractId: NEW_CONTRACT_ID, renegotiatedContractId: OLD_CONTRACT_ID, protocol: PROTOCOL });
  });

  it('leaves a servant workout without protocol to be looked up, and ignores a personal loan’s and every other activation', () => {
    expect(renegotiationOf(renegotiationActivated({ product: 'SERVIDOR_CONSIGNADO', averbationProtocol: undefined }))).toEqual({ contractId: NEW_CONTRACT_ID, renegotiatedContractId: OLD_CONTRACT_ID });
    expect(renegotiationOf(renegotiationActivated({ product: 'PERSONAL', averbationProtocol: undefined }))).toBeUndefined();
    expect(renegotiationOf(createEnvelope('ContractActivated', { payload: examplePayload('ContractActivated') }))).toBeUndefined();
  });

  it.each([
    ['RENEGOTIATION without its origin', { renegotiation: undefined }],
    ['an origin on a NEW contract', { operationType: 'NEW' as const }],
    ['the contract renegotiating itself', { contractId: OLD_CONTRACT_ID }],
    ['an installment the workout did not give', { installmentAmount: '180.41' }],
    ['a term the workout did not give', { termMonths: 71 }],
  ])('dead-letters %s (AVERBATION.RENEGOTIATION_INVALID)', (_case, changes) => {
    expect(codeOf(() => renegotiationOf(renegotiationActivated(changes)))).toBe('AVERBATION.RENEGOTIATION_INVALID');
  });

  it('makes the workout’s plan the deduction’s: installment, term, from its payment date, reason RENEGOTIATION', () => {
    expect(planOf(renegotiationActivated())).toEqual({
      installmentAmount: TERMS.installmentAmount,
      remainingInstallments: TERMS.termMonths,
      effectiveDate: '2026-04-10',
      amendedAt: '2026-04-10T13:00:02.000Z',
      paymentId: SETTLING_PAYMENT_ID,
      reason: 'RENEGOTIATION',
    });
  });
});
