import { Money } from '@consignado/finance';
import type { CreditApproval } from './contract-props';
import { InvalidContractTermsError } from './contract.errors';

/**
 * What each operation type must carry beyond the priced terms (docs/life-cycle.md): REFINANCING
 * its `refinancing` (the contract it replaces; released = payoff + troco), PORTABILITY its
 * `portability` (the financed amount is the origin's stated balance). Without them loan cannot
 * settle the old contract nor transfer the balance: permanent CONTRACT.INVALID_TERMS.
 */
export function operationTermsError(approval: CreditApproval): InvalidContractTermsError | undefined {
  const { refinancing, portability } = approval;
  if (approval.operationType === 'REFINANCING') {
    if (!refinancing) return new InvalidContractTermsError('refinancing', 'Refinanciamento sem os dados do contrato refinanciado (refinancing).');
    if (approval.refinancedContractId && approval.refinancedContractId !== refinancing.contractId) {
      return new InvalidContractTermsError('refinancedContractId', 'refinancedContractId difere do contrato em refinancing.contractId.');
    }
    const released = Money.of(refinancing.payoff).plus(Money.of(refinancing.troco));
    if (!released.eq(Money.of(approval.releasedAmount))) {
      return new InvalidContractTermsError('releasedAmount', `Valor liberado (${approval.releasedAmount}) difere da quitação mais o troco (${released.toString()}).`);
    }
  }
  if (approval.operationType === 'PORTABILITY') {
    if (!portability) return new InvalidContractTermsError('portability', 'Portabilidade sem os dados do contrato de origem (portability).');
    if (!Money.of(portability.balance).eq(Money.of(approval.financedAmount))) {
      return new InvalidContractTermsError('financedAmount', `Valor financiado (${approval.financedAmount}) difere do saldo informado pela origem (${portability.balance}).`);
    }
  }
  return undefined;
}
