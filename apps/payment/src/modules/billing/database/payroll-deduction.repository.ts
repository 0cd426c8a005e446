import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { PayrollDeduction } from '../domain/payroll-deduction';
import { toDeduction, toDeductionRow } from './payroll-deduction.mapper';
import { PayrollDeductionRow } from './payroll-deduction.orm-entity';

export const PAYROLL_DEDUCTION_REPOSITORY = Symbol('PAYROLL_DEDUCTION_REPOSITORY');

/** Port: deductions registered at Dataprev, one per contract; the benefit number sealed at rest. */
export interface PayrollDeductionRepository {
  /** Keeps the first registration of a contract; false when one was already there. */
  addIfAbsent(manager: EntityManager, deduction: PayrollDeduction): Promise<boolean>;
  find(contractId: string): Promise<PayrollDeduction | undefined>;
  /** The registrations of the contracts given, by contract id. */
  findMany(manager: EntityManager, contractIds: readonly string[]): Promise<Map<string, PayrollDeduction>>;
}

@Injectable()
export class TypeOrmPayrollDeductionRepository implements PayrollDeductionRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async addIfAbsent(manager: EntityManager, deduction: PayrollDeduction): Promise<boolean> {
    // One statement: the row comes back only when this insert created it (the key is contract_id).
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(PayrollDeductionRow)
      .values(toDeductionRow(this.cipher, deduction))
      .orIgnore()
      .returning('contract_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async find(contractId: string): Promise<PayrollDeduction | undefined> {
    const row = await this.dataSource.getRepository(PayrollDeductionRow).findOne({ where: { contractId } });
    return row ? toDeduction(this.cipher, row) : undefined;
  }

  async findMany(manager: EntityManager, contractIds: readonly string[]): Promise<Map<string, PayrollDeduction>> {
    const found = new Map<string, PayrollDeduction>();
    const ids = [...new Set(contractIds)];
    for (let k = 0; k < ids.length; k += 1000) {
      const rows = await manager.getRepository(PayrollDeductionRow).find({ where: { contractId: In(ids.slice(k, k + 1000)) } });
      for (const row of rows) found.set(row.contractId, toDeduction(this.cipher, row));
    }
    return found;
  }
}
