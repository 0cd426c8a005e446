import type { PortabilityTerms } from '@consignado/contracts';
import { type LoanTerm, Money } from '@consignado/finance';
import type { ProjectedContract } from '../../../contract-projection/domain/projected-contract';
import type { ProposalFacts } from '../proposal-facts';

/** The origin's stated balance (PortabilityBalanceReceived) as value objects. */
export interface PortabilityBalanceFacts {
  readonly balance: Money;
  /** m: installments left at the origin. */
  readonly remaining: LoanTerm;
  readonly originInstallment: Money;
  readonly terms: PortabilityTerms;
}

/**
 * What a decision reads beyond the proposal: the customer's contracts as projected from loan's
 * ContractPositionChanged (never loan's tables) and, for a portability, the origin's balance.
 */
export interface OperationInputs {
  /** REFINANCING: the contract the proposal names; absent when the projection does not know it. */
  readonly refinanced?: ProjectedContract;
  /** The customer's contracts (the servant margin subtracts the active deductions). */
  readonly customerContracts: readonly ProjectedContract[];
  /** PORTABILITY: the origin's balance, once received. */
  readonly portability?: PortabilityBalanceFacts;
}

export const NO_OPERATION_INPUTS: OperationInputs = { customerContracts: [] };

/**
 * The installments a public servant's payroll already deducts: the customer's other ACTIVE
 * SERVIDOR_CONSIGNADO contracts — not the one being refinanced (its installment is freed), nor
 * INSS ones (deducted from the benefit: Dataprev's margin counts them).
 */
export function servantDeductions(facts: ProposalFacts, inputs: OperationInputs): Money {
  const others = inputs.customerContracts.filter(
    (c) => c.customerId === facts.customerId && c.status === 'ACTIVE' && c.product === 'SERVIDOR_CONSIGNADO' && c.contractId !== facts.refinancedContractId,
  );
  return Money.sum(others.map((c) => c.installment));
}
