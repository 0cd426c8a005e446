import type { ContractProps } from '../contract-props';
import type { ContractEvent } from '../contract-events';
import { proposed } from './origination-events';

/**
 * The CCB is issued and waits for the customer (R-LN-9): proposal shows it and takes the
 * acceptance, which must name this hash; notification tells the customer.
 */
export function contractIssued(c: ContractProps): ContractEvent {
  if (!c.formalization) throw new Error(`contract ${c.id} has no CCB`);
  const { documentHash, issuedAt } = c.formalization;
  return {
    type: 'ContractIssued',
    payload: {
      contractId: c.id, proposalId: c.proposalId, customerId: c.customerId, product: c.product, operationType: proposed(c),
      channel: c.channel, documentHash, issuedAt: issuedAt.toISOString(),
    },
  };
}
