import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type CommissionStatement, commissionStatement, type CommissionRecord } from '../../domain/commission-statement';
import type { StatementPeriod } from '../../domain/statement-period';
import { type CommissionColumns, commissionOf } from '../../database/commission.columns';

type Row = CommissionColumns & { proposalId: string; contractId: string; operationType: string; activatedAt: Date };

/**
 * The partner's commissions activated or reversed within the period's Brazilian days: the bounds
 * are the period's first midnight and the midnight after its last day in America/Sao_Paulo, so
 * each side is a range scan of its partial index (partner, activation / reversal instant).
 */
const START = `(($2::date)::timestamp AT TIME ZONE 'America/Sao_Paulo')`;
const STOP = `(($3::date + 1)::timestamp AT TIME ZONE 'America/Sao_Paulo')`;
const SQL = `
  SELECT id AS "proposalId", contract_id AS "contractId", operation_type AS "operationType", activated_at AS "activatedAt",
         commission_percent AS "commissionPercent", commission_base AS "commissionBase", commission_amount AS "commissionAmount",
         commission_reversed_at AS "commissionReversedAt", commission_reversal_reason AS "commissionReversalReason"
    FROM proposal
   WHERE partner_id = $1 AND commission_amount IS NOT NULL
     AND ((activated_at >= ${START} AND activated_at < ${STOP}) OR (commission_reversed_at >= ${START} AND commission_reversed_at < ${STOP}))`;

/** A partner's commission statement for a period (seed 003 §6.3), read straight from the proposal table. */
@Injectable()
export class CommissionStatementQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(partnerId: string, period: StatementPeriod): Promise<CommissionStatement> {
    const rows: Row[] = await this.dataSource.query(SQL, [partnerId, period.from.toString(), period.to.toString()]);
    return commissionStatement(period, rows.map(recordOf));
  }
}

function recordOf(row: Row): CommissionRecord {
  const commission = commissionOf(row.operationType, row);
  if (!commission) throw new Error(`proposal ${row.proposalId}: a statement row without a commission`);
  return { proposalId: row.proposalId, contractId: row.contractId, activatedAt: row.activatedAt.toISOString(), commission };
}
