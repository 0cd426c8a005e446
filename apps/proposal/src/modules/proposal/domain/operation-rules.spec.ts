import { IsoDate, Money } from '@consignado/finance';
import { checkOperation } from './operation-rules';
import type { ProposalRequest } from './proposal-props';

const CONTRACT = '9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const ORIGIN = { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' };
const base: ProposalRequest = {
  product: 'INSS_CONSIGNADO',
  operationType: 'NEW',
  requestedAmount: Money.of('10000.00'),
  termMonths: 96,
  withInsurance: false,
  contractDate: IsoDate.of('2026-03-10'),
  firstDueDate: IsoDate.of('2026-04-10'),
};
const refinancing = { operationType: 'REFINANCING', refinancedContractId: CONTRACT } as const;
const portability = { operationType: 'PORTABILITY', portability: ORIGIN, requestedAmount: undefined } as const;

function outcome(changes: Partial<ProposalRequest>): string[] {
  try {
    checkOperation({ ...base, ...changes });
    return ['accepted'];
  } catch (e) {
    const error = e as { code: string; message: string; details: { fields?: Array<{ field: string }> } };
    return [error.code, error.details.fields?.[0].field ?? '-', error.message];
  }
}

describe('operation shape (R-PR-4): what each operation asks for', () => {
  it.each([
    ['NEW', {}],
    ['REFINANCING with troco', { ...refinancing, requestedAmount: Money.of('1500.00') }],
    ['REFINANCING with troco 0.00', { ...refinancing, requestedAmount: Money.of('0.00') }],
    ['INSS PORTABILITY with no amount', portability],
    ['servant PORTABILITY with no amount', { ...portability, product: 'SERVIDOR_CONSIGNADO' }],
  ] as Array<[string, Partial<ProposalRequest>]>)('accepts %s', (_name, changes) => {
    expect(outcome(changes)).toEqual(['accepted']);
  });

  it.each([
    [{ requestedAmount: Money.of('0.00') }, 'PROPOSAL.INVALID_AMOUNT', 'requestedAmount', 'Valor em requestedAmount deve ser maior que zero.'],
    [{ requestedAmount: undefined }, 'PROPOSAL.INVALID_AMOUNT', 'requestedAmount', 'requestedAmount é obrigatório: o valor pedido (no refinanciamento, o troco, que pode ser 0.00).'],
    [{ ...refinancing, requestedAmount: undefined }, 'PROPOSAL.INVALID_AMOUNT', 'requestedAmount', 'requestedAmount é obrigatório: o valor pedido (no refinanciamento, o troco, que pode ser 0.00).'],
    [{ ...refinancing, requestedAmount: Money.of('-0.01') }, 'PROPOSAL.INVALID_AMOUNT', 'requestedAmount', 'O troco (requestedAmount) não pode ser negativo.'],
    [{ operationType: 'REFINANCING' }, 'PROPOSAL.INVALID_OPERATION', 'refinancedContractId', 'refinancedContractId é obrigatório no refinanciamento e só nele.'],
    [{ refinancedContractId: CONTRACT }, 'PROPOSAL.INVALID_OPERATION', 'refinancedContractId', 'refinancedContractId é obrigatório no refinanciamento e só nele.'],
    [{ ...portability, portability: undefined }, 'PROPOSAL.INVALID_OPERATION', 'portability', 'portability é obrigatório na portabilidade e só nela.'],
    [{ portability: ORIGIN }, 'PROPOSAL.INVALID_OPERATION', 'portability', 'portability é obrigatório na portabilidade e só nela.'],
    [{ ...portability, requestedAmount: Money.of('0.00') }, 'PROPOSAL.INVALID_OPERATION', 'requestedAmount', 'Na portabilidade o valor é o saldo devedor informado pela instituição de origem: não informe requestedAmount.'],
    [{ ...portability, requestedAmount: Money.of('7200.00') }, 'PROPOSAL.INVALID_OPERATION', 'requestedAmount', 'Na portabilidade o valor é o saldo devedor informado pela instituição de origem: não informe requestedAmount.'],
    [{ ...portability, product: 'PERSONAL' }, 'PROPOSAL.OPERATION_NOT_ALLOWED', '-', 'A portabilidade está disponível apenas para o crédito consignado (INSS ou servidor).'],
    [{ product: 'PERSONAL', benefitPaidByOwnBank: true }, 'PROPOSAL.INVALID_OPERATION', 'benefitPaidByOwnBank', 'benefitPaidByOwnBank se aplica apenas ao consignado INSS.'],
  ] as Array<[Partial<ProposalRequest>, string, string, string]>)('%#: refuses %j with %s on %s', (changes, code, field, message) => {
    expect(outcome(changes)).toEqual([code, field, message]);
  });
});
