import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DestinationBehaviour, SimulatedContract, SimulatedDestination } from '../domain/simulated-bank';
import { contractOf, contractRow } from './simulated-contract.mapper';
import { SimulatedContractRow, SimulatedDestinationRow } from './simulation.orm-entities';

export const SIMULATED_BANKS = Symbol('SIMULATED_BANKS');

/** Port: the simulated banks' contracts and requests, as the admin scripted them. */
export interface SimulatedBankRepository {
  /** Creates or replaces the contract; true when it is new. */
  saveContract(contract: SimulatedContract, at: Date): Promise<boolean>;
  findContract(manager: EntityManager, ispb: string, contractNumber: string): Promise<SimulatedContract | undefined>;
  saveDestination(manager: EntityManager, destination: SimulatedDestination): Promise<void>;
  findDestination(manager: EntityManager, nu: string): Promise<SimulatedDestination | undefined>;
}

@Injectable()
export class TypeOrmSimulatedBankRepository implements SimulatedBankRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async saveContract(contract: SimulatedContract, at: Date): Promise<boolean> {
    const [{ inserted }] = (await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SimulatedContractRow)
      .values(contractRow(contract, at))
      .orUpdate(['cpf', 'balance', 'remaining_installments', 'installment', 'monthly_rate', 'behaviour', 'refusal_reason', 'retention_offer', 'answer_delay_ms', 'settlement_delay_ms', 'updated_at'], ['ispb', 'contract_number'])
      .returning('(xmax = 0) AS inserted')
      .execute()
      .then((r) => r.raw)) as Array<{ inserted: boolean }>;
    return inserted;
  }

  async findContract(manager: EntityManager, ispb: string, contractNumber: string): Promise<SimulatedContract | undefined> {
    const row = await manager.getRepository(SimulatedContractRow).findOneBy({ ispb, contractNumber });
    return row ? contractOf(row) : undefined;
  }

  async saveDestination(manager: EntityManager, d: SimulatedDestination): Promise<void> {
    await manager.getRepository(SimulatedDestinationRow).insert({ nu: d.nu, ispb: d.ispb, behaviour: d.behaviour, delayMs: d.delayMs });
  }

  async findDestination(manager: EntityManager, nu: string): Promise<SimulatedDestination | undefined> {
    const row = await manager.getRepository(SimulatedDestinationRow).findOneBy({ nu });
    return row ? { nu: row.nu, ispb: row.ispb, behaviour: row.behaviour as DestinationBehaviour, delayMs: row.delayMs } : undefined;
  }
}
