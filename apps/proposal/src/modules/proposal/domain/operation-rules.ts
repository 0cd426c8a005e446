import { DomainError } from '@consignado/core';
import { fieldError } from '../../../shared/field-errors';
import type { ProposalRequest } from './proposal-props';

/**
 * R-PR-4, the shape of each operation (credit analysis decides on the rest: the refinanced
 * contract's own rules, the origin's balance): refinancing names the contract it replaces and
 * asks for a troco ≥ 0; portability names where the contract is, asks for no amount (the origin
 * states the balance) and is for consignado only; a new loan names neither and asks for > 0.
 */
export function checkOperation(request: ProposalRequest): void {
  const { operationType, refinancedContractId, portability, requestedAmount } = request;
  if ((operationType === 'REFINANCING') !== (refinancedContractId !== undefined)) {
    throw fieldError('PROPOSAL.INVALID_OPERATION', 'refinancedContractId', 'refinancedContractId é obrigatório no refinanciamento e só nele.');
  }
  if ((operationType === 'PORTABILITY') !== (portability !== undefined)) {
    throw fieldError('PROPOSAL.INVALID_OPERATION', 'portability', 'portability é obrigatório na portabilidade e só nela.');
  }
  if (request.benefitPaidByOwnBank !== undefined && request.product !== 'INSS_CONSIGNADO') {
    throw fieldError('PROPOSAL.INVALID_OPERATION', 'benefitPaidByOwnBank', 'benefitPaidByOwnBank se aplica apenas ao consignado INSS.');
  }
  if (operationType === 'PORTABILITY') {
    if (requestedAmount !== undefined) {
      throw fieldError('PROPOSAL.INVALID_OPERATION', 'requestedAmount', 'Na portabilidade o valor é o saldo devedor informado pela instituição de origem: não informe requestedAmount.');
    }
    if (request.product === 'PERSONAL') {
      throw new DomainError('PROPOSAL.OPERATION_NOT_ALLOWED', 'A portabilidade está disponível apenas para o crédito consignado (INSS ou servidor).', { product: request.product, operationType });
    }
    return;
  }
  if (requestedAmount === undefined) {
    throw fieldError('PROPOSAL.INVALID_AMOUNT', 'requestedAmount', 'requestedAmount é obrigatório: o valor pedido (no refinanciamento, o troco, que pode ser 0.00).');
  }
  if (requestedAmount.isNegative() || (operationType === 'NEW' && requestedAmount.isZero())) {
    throw fieldError('PROPOSAL.INVALID_AMOUNT', 'requestedAmount', operationType === 'NEW' ? 'Valor em requestedAmount deve ser maior que zero.' : 'O troco (requestedAmount) não pode ser negativo.');
  }
}
