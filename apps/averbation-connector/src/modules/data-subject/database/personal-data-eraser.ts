import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { type FoundRow, planTable, type TableErasure } from '../domain/erasure-plan';
import { ERASURE_TARGETS } from './erasure-targets';

/** Whose data: the customer, their request's proposals, their contracts. */
export interface ErasureSubject {
  customerId: string;
  proposalIds: readonly string[];
  contractIds: readonly string[];
}

export interface FoundData {
  plans: TableErasure[];
  /** The benefit numbers of the rows to erase, opened: their cached margins go too. */
  benefitNumbers: string[];
}

type Found = FoundRow & { benefit: string | null };

/** The connector's rows of a data subject, locked in the caller's transaction, then anonymized. */
@Injectable()
export class PersonalDataEraser {
  constructor(private readonly cipher: FieldCipher) {}

  async find(manager: EntityManager, subject: ErasureSubject): Promise<FoundData> {
    const params = [subject.customerId, subject.proposalIds, subject.contractIds];
    const plans: TableErasure[] = [];
    const benefits = new Set<string>();
    for (const target of ERASURE_TARGETS) {
      const benefit = target.benefit?.column ?? 'NULL::text';
      const rows = (await manager.query(`SELECT id, status, ${benefit} AS benefit FROM ${target.table} WHERE ${target.match} ORDER BY id FOR UPDATE`, params)) as Found[];
      const plan = planTable(target.table, rows, target.pending);
      for (const row of rows) if (row.benefit && target.benefit && plan.erase.includes(row.id)) benefits.add(this.cipher.open(row.benefit, target.benefit.field));
      plans.push(plan);
    }
    return { plans, benefitNumbers: [...benefits] };
  }

  async anonymize(manager: EntityManager, plans: readonly TableErasure[]): Promise<void> {
    for (const plan of plans) {
      const target = ERASURE_TARGETS.find((t) => t.table === plan.table);
      if (!target || plan.erase.length === 0) continue;
      await manager.query(`UPDATE ${plan.table} SET ${target.erase}, updated_at = now() WHERE id = ANY($1::uuid[])`, [plan.erase]);
    }
  }
}
