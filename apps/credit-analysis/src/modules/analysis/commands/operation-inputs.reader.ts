import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProposalCreatedPayload } from '@consignado/contracts';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../contract-projection/database/contract-position.repository';
import type { PortabilityBalance } from '../domain/analysis.props';
import type { OperationInputs } from '../domain/evaluation/operation-inputs';
import { portabilityFacts } from '../domain/portability-balance';

/**
 * Reads what a decision needs beyond the proposal, in the consumer's transaction: the refinanced
 * contract and, for a servant, the customer's contracts, from the projection of loan's
 * ContractPositionChanged; a portability's balance from the analysis itself.
 */
@Injectable()
export class OperationInputsReader {
  constructor(@Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions) {}

  async read(manager: EntityManager, application: ProposalCreatedPayload, balance?: PortabilityBalance): Promise<OperationInputs> {
    const { operationType, refinancedContractId, product, customerId } = application;
    const refinanced = operationType === 'REFINANCING' && refinancedContractId ? await this.positions.find(manager, refinancedContractId) : undefined;
    const customerContracts = product === 'SERVIDOR_CONSIGNADO' ? await this.positions.ofCustomer(manager, customerId) : [];
    return { refinanced, customerContracts, portability: balance && portabilityFacts(balance) };
  }
}
