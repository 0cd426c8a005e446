import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IsoDate, Money } from '@consignado/finance';
import { RegretReturn } from '../domain/regret-return';

export const REGRET_RETURN_REPOSITORY = Symbol('REGRET_RETURN_REPOSITORY');

/** Port: the regret return of a contract, with its receipts. */
export interface RegretReturnRepository {
  /** Keeps the return unless the contract has one already; true when it was added. */
  addIfAbsent(manager: EntityManager, regretReturn: RegretReturn): Promise<boolean>;
  /** The return, its row locked for the caller's transaction when `lock`. */
  find(manager: EntityManager, contractId: string, lock?: boolean): Promise<RegretReturn | undefined>;
  /** The totals and status, and receipts not stored yet. */
  save(manager: EntityManager, regretReturn: RegretReturn): Promise<void>;
}

type Row = { contract_id: string; customer_id: string; amount_due: string; status: 'DUE' | 'RECEIVED'; due_since: Date; received_at: Date | null };
type ReceiptRow = { receipt_id: string; amount: string; received_on: string; recorded_at: Date; recorded_by: string };

@Injectable()
export class SqlRegretReturnRepository implements RegretReturnRepository {
  async addIfAbsent(manager: EntityManager, regretReturn: RegretReturn): Promise<boolean> {
    const { contractId, customerId, amountDue, dueSince } = regretReturn.snapshot;
    const rows = await manager.query(
      `INSERT INTO regret_return (contract_id, customer_id, amount_due, status, due_since) VALUES ($1, $2, $3, 'DUE', $4) ON CONFLICT (contract_id) DO NOTHING RETURNING contract_id`,
      [contractId, customerId, amountDue.toString(), dueSince],
    );
    return (rows as unknown[]).length > 0;
  }

  async find(manager: EntityManager, contractId: string, lock = false): Promise<RegretReturn | undefined> {
    const [row] = (await manager.query(`SELECT * FROM regret_return WHERE contract_id = $1${lock ? ' FOR UPDATE' : ''}`, [contractId])) as Row[];
    if (!row) return undefined;
    const receipts = (await manager.query(
      `SELECT receipt_id, amount, received_on::text AS received_on, recorded_at, recorded_by FROM regret_return_receipt WHERE contract_id = $1 ORDER BY recorded_at, receipt_id`,
      [contractId],
    )) as ReceiptRow[];
    return new RegretReturn({
      contractId, customerId: row.customer_id, amountDue: Money.of(row.amount_due), dueSince: row.due_since, status: row.status,
      ...(row.received_at ? { receivedAt: row.received_at } : {}),
      receipts: receipts.map((r) => ({ receiptId: r.receipt_id, amount: Money.of(r.amount), receivedOn: IsoDate.of(r.received_on), recordedAt: r.recorded_at, recordedBy: r.recorded_by })),
    });
  }

  async save(manager: EntityManager, regretReturn: RegretReturn): Promise<void> {
    const { contractId, status, receivedAt, receipts } = regretReturn.snapshot;
    await manager.query(`UPDATE regret_return SET amount_received = $2, status = $3, received_at = $4 WHERE contract_id = $1`, [contractId, regretReturn.received.toString(), status, receivedAt ?? null]);
    for (const r of receipts) {
      await manager.query(
        `INSERT INTO regret_return_receipt (receipt_id, contract_id, amount, received_on, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (receipt_id) DO NOTHING`,
        [r.receiptId, contractId, r.amount.toString(), r.receivedOn.toString(), r.recordedAt, r.recordedBy],
      );
    }
  }
}
