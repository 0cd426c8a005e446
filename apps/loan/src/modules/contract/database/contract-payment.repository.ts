import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContractPaymentRow } from './contract-payment.orm-entity';

export const CONTRACT_PAYMENT_REPOSITORY = Symbol('CONTRACT_PAYMENT_REPOSITORY');

export type ContractPaymentRecord = ContractPaymentRow;

/** Port: payments received for contracts, applied or kept for the servicing issue. */
export interface ContractPaymentRepository {
  add(manager: EntityManager, record: ContractPaymentRecord): Promise<void>;
  exists(manager: EntityManager, paymentId: string): Promise<boolean>;
}

@Injectable()
export class TypeOrmContractPaymentRepository implements ContractPaymentRepository {
  async add(manager: EntityManager, record: ContractPaymentRecord): Promise<void> {
    await manager.getRepository(ContractPaymentRow).insert(record);
  }

  exists(manager: EntityManager, paymentId: string): Promise<boolean> {
    return manager.getRepository(ContractPaymentRow).exists({ where: { paymentId } });
  }
}
