import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { Customer } from '../domain/customer';
import { toDomain, toRow } from './customer.mapper';
import { CustomerPartnerRow, CustomerRow } from './customer.orm-entity';

export const CUSTOMER_REPOSITORY = Symbol('CUSTOMER_REPOSITORY');

/** Port: where customers live. Writes take the caller's transaction. */
export interface CustomerRepository {
  /** False when the CPF is already registered (nothing written); the CPF is compared by its lookup hash. */
  insert(manager: EntityManager, customer: Customer): Promise<boolean>;
  /** Undefined for an unknown or anonymized customer. */
  findById(id: string, manager?: EntityManager): Promise<Customer | undefined>;
  findIdByCpf(cpf: string): Promise<string | undefined>;
  /** The customer, row-locked until the transaction ends (concurrent changes of one customer queue). */
  lockById(manager: EntityManager, id: string): Promise<Customer | undefined>;
  /** Writes the customer's payout account (sealed) and when it changed. */
  savePayoutAccount(manager: EntityManager, customer: Customer): Promise<void>;
  /** Lets a corban partner read the customer from now on. */
  grantPartner(manager: EntityManager, customerId: string, partnerId: string): Promise<void>;
  partnersOf(customerId: string): Promise<string[]>;
}

@Injectable()
export class TypeOrmCustomerRepository implements CustomerRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async insert(manager: EntityManager, customer: Customer): Promise<boolean> {
    const result = await manager.createQueryBuilder().insert().into(CustomerRow).values(toRow(customer, this.cipher)).orIgnore().returning('id').execute();
    return (result.raw as unknown[]).length > 0;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Customer | undefined> {
    const row = await manager.getRepository(CustomerRow).findOneBy({ id });
    // An anonymized customer (R-SEC-3) names nobody any more: no flow finds it.
    return row && row.status !== 'ANONYMIZED' ? toDomain(row, this.cipher) : undefined;
  }

  async lockById(manager: EntityManager, id: string): Promise<Customer | undefined> {
    const row = await manager.getRepository(CustomerRow).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return row && row.status !== 'ANONYMIZED' ? toDomain(row, this.cipher) : undefined;
  }

  async savePayoutAccount(manager: EntityManager, customer: Customer): Promise<void> {
    const { payoutAccount, payoutAccountChangedAt } = toRow(customer, this.cipher);
    await manager.getRepository(CustomerRow).update({ id: customer.id }, { payoutAccount, payoutAccountChangedAt });
  }

  async findIdByCpf(cpf: string): Promise<string | undefined> {
    const row = await this.dataSource.getRepository(CustomerRow).findOne({ where: { cpfHash: this.cipher.lookup(cpf) }, select: { id: true } });
    return row?.id;
  }

  async grantPartner(manager: EntityManager, customerId: string, partnerId: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(CustomerPartnerRow).values({ customerId, partnerId }).orIgnore().execute();
  }

  async partnersOf(customerId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(CustomerPartnerRow).findBy({ customerId });
    return rows.map((r) => r.partnerId);
  }
}
