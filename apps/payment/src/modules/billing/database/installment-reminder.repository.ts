import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IsoDate, Money } from '@consignado/finance';
import type { ReminderCandidate, ReminderKind } from '../domain/installment-reminder';
import { InstallmentReminderRow } from './installment-reminder.orm-entity';

export const INSTALLMENT_REMINDER_REPOSITORY = Symbol('INSTALLMENT_REMINDER_REPOSITORY');

export interface ReminderClaim {
  contractId: string;
  installmentNumber: number;
  kind: ReminderKind;
  referenceDate: IsoDate;
  eventId: string;
}

/** Keyset position: candidates come in (contractId, installmentNumber) order. */
export interface CandidateCursor {
  contractId: string;
  installmentNumber: number;
}

/** Port: what the daily InstallmentDue job reads and the proof of what it emitted. */
export interface InstallmentReminderRepository {
  /**
   * PENDING installments of ACTIVE billings due on or before `until` that have no reminder yet
   * of the kind they get on `date`, after `cursor`, at most `limit`. Those of blocked contracts
   * come too, flagged: whether they are reminded is the domain's rule (reminderFor), and blocked
   * contracts are few.
   */
  candidates(date: IsoDate, until: IsoDate, cursor: CandidateCursor | undefined, limit: number): Promise<ReminderCandidate[]>;
  /**
   * Inserts the claims with ON CONFLICT DO NOTHING; returns those this transaction inserted. A
   * concurrent run holding the same key makes the insert wait for it, then skip the row.
   */
  claim(manager: EntityManager, claims: readonly ReminderClaim[], at: Date): Promise<ReminderClaim[]>;
}

const keyOf = (contractId: string, installmentNumber: number, kind: string): string => `${contractId}/${installmentNumber}/${kind}`;

interface CandidateRow {
  contract_id: string;
  customer_id: string;
  number: number;
  due_date: string;
  amount: string;
  blocked: boolean;
}

@Injectable()
export class TypeOrmInstallmentReminderRepository implements InstallmentReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidates(date: IsoDate, until: IsoDate, cursor: CandidateCursor | undefined, limit: number): Promise<ReminderCandidate[]> {
    const rows: CandidateRow[] = await this.dataSource.query(
      `SELECT i.contract_id, b.customer_id, i.number, i.due_date::text AS due_date, i.amount::text AS amount, b.block_reason IS NOT NULL AS blocked
         FROM billing_installment i
         JOIN billing b ON b.contract_id = i.contract_id
        WHERE b.status = 'ACTIVE' AND i.status = 'PENDING' AND i.due_date <= $2
          AND (i.contract_id, i.number) > ($3::uuid, $4::integer)
          AND NOT EXISTS (
                SELECT 1 FROM installment_reminder r
                 WHERE r.contract_id = i.contract_id AND r.installment_number = i.number
                   AND r.kind = CASE WHEN i.due_date < $1 THEN 'OVERDUE' ELSE 'UPCOMING' END)
        ORDER BY i.contract_id, i.number
        LIMIT $5`,
      [date.toString(), until.toString(), cursor?.contractId ?? '00000000-0000-0000-0000-000000000000', cursor?.installmentNumber ?? 0, limit],
    );
    return rows.map((r) => ({ contractId: r.contract_id, customerId: r.customer_id, installmentNumber: r.number, dueDate: IsoDate.of(r.due_date), amount: Money.of(r.amount), blocked: r.blocked }));
  }

  async claim(manager: EntityManager, claims: readonly ReminderClaim[], at: Date): Promise<ReminderClaim[]> {
    if (claims.length === 0) return [];
    // Same key order in every run, so two runs inserting the same rows wait, never deadlock.
    const ordered = [...claims].sort((a, b) => (keyOf(a.contractId, a.installmentNumber, a.kind) < keyOf(b.contractId, b.installmentNumber, b.kind) ? -1 : 1));
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(InstallmentReminderRow)
      .values(ordered.map((c) => ({ contractId: c.contractId, installmentNumber: c.installmentNumber, kind: c.kind, referenceDate: c.referenceDate.toString(), eventId: c.eventId, createdAt: at })))
      .orIgnore()
      .returning('contract_id, installment_number, kind')
      .execute();
    const inserted = new Set((result.raw as Array<{ contract_id: string; installment_number: number; kind: string }>).map((r) => keyOf(r.contract_id, r.installment_number, r.kind)));
    return ordered.filter((c) => inserted.has(keyOf(c.contractId, c.installmentNumber, c.kind)));
  }
}
