import type { EntityManager } from 'typeorm';
import { projectContract } from '../domain/project-contract';
import { type ProjectedContract, supersedes } from '../domain/projected-contract';
import type { ContractPositions } from '../database/contract-position.repository';

/** Test double of the projection port: keeps payloads, so a loaded contract is never shared. */
export class InMemoryContractPositions implements ContractPositions {
  readonly stored = new Map<string, ProjectedContract['payload']>();

  async keepIfNewer(_manager: EntityManager, contract: ProjectedContract): Promise<boolean> {
    const current = this.stored.get(contract.contractId);
    if (!supersedes(contract, current && projectContract(current))) return false;
    this.stored.set(contract.contractId, structuredClone(contract.payload));
    return true;
  }

  async find(_manager: EntityManager, contractId: string): Promise<ProjectedContract | undefined> {
    return this.findById(contractId);
  }

  async ofCustomer(_manager: EntityManager, customerId: string): Promise<ProjectedContract[]> {
    return [...this.stored.values()].filter((p) => p.customerId === customerId).map((p) => projectContract(structuredClone(p)));
  }

  async findById(contractId: string): Promise<ProjectedContract | undefined> {
    const payload = this.stored.get(contractId);
    return payload && projectContract(structuredClone(payload));
  }
}
