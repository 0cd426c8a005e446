import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CommissionStatement, StatementLine } from '../../domain/commission-statement';

const MONEY = { example: '300.00', description: 'BRL, decimal string' };

export class CommissionStatementLineView {
  @ApiProperty({ enum: ['EARNING', 'CLAWBACK'], description: 'EARNING on the activation date; CLAWBACK (negative) on the reversal date' }) kind!: string;
  @ApiProperty({ description: 'Brazilian civil date of the line\'s event (AAAA-MM-DD)' }) date!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ enum: ['NEW', 'REFINANCING', 'PORTABILITY'] }) operationType!: string;
  @ApiProperty({ ...MONEY, example: '10000.00', description: 'What the percentage applies to' }) base!: string;
  @ApiProperty({ example: '3.00' }) percent!: string;
  @ApiProperty({ ...MONEY, description: 'Positive on EARNING, negative on CLAWBACK ("-300.00")' }) amount!: string;
  @ApiProperty({ enum: ['EARNED', 'REVERSED'], description: 'The commission\'s status at the period\'s end' }) status!: string;
  @ApiProperty({ description: 'UTC, ISO 8601' }) activatedAt!: string;
  @ApiPropertyOptional({ description: 'UTC, ISO 8601; when reversed by the period\'s end' }) reversedAt?: string;
}

export class CommissionTotalsView {
  @ApiProperty(MONEY) earned!: string;
  @ApiProperty({ ...MONEY, example: '-300.00', description: 'Sum of the CLAWBACK lines: zero or negative' }) clawedBack!: string;
  @ApiProperty({ ...MONEY, example: '0.00', description: 'earned + clawedBack' }) net!: string;
}

/** A corban partner's commission statement (seed 003 §6.3): lines by event date, totals in BRL. */
export class CommissionStatementView {
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ example: '2026-03-01' }) from!: string;
  @ApiProperty({ example: '2026-03-31' }) to!: string;
  @ApiProperty({ type: [CommissionStatementLineView] }) lines!: CommissionStatementLineView[];
  @ApiProperty({ type: CommissionTotalsView }) totals!: CommissionTotalsView;
}

export function commissionStatementView(partnerId: string, s: CommissionStatement): CommissionStatementView {
  return {
    partnerId, from: s.period.from.toString(), to: s.period.to.toString(), lines: s.lines.map(lineView),
    totals: { earned: s.earned.toString(), clawedBack: s.clawedBack.toString(), net: s.net.toString() },
  };
}

function lineView(line: StatementLine): CommissionStatementLineView {
  const { record, status } = line;
  const { operationType, base, percent, reversedAt } = record.commission;
  return {
    kind: line.kind, date: line.date.toString(), proposalId: record.proposalId, contractId: record.contractId, operationType, base, percent,
    amount: line.amount.toString(), status, activatedAt: record.activatedAt, ...(status === 'REVERSED' && reversedAt ? { reversedAt } : {}),
  };
}
