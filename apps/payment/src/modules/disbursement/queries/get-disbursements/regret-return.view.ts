import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RegretReturn } from '../../domain/regret-return';

export class RegretReceiptView {
  @ApiProperty({ format: 'uuid' }) receiptId!: string;
  @ApiProperty({ example: '500.00' }) amount!: string;
  @ApiProperty({ example: '2026-04-20', description: 'The day the money reached the bank' }) receivedOn!: string;
  @ApiProperty() recordedAt!: string;
}

/** What a customer who regretted the contract after the release must give back (R-PR-8), and what came back. */
export class RegretReturnView {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ enum: ['DUE', 'RECEIVED'] }) status!: string;
  @ApiProperty({ example: '10000.00' }) amountDue!: string;
  @ApiProperty({ example: '500.00' }) amountReceived!: string;
  @ApiProperty({ example: '9500.00' }) outstanding!: string;
  @ApiProperty({ description: 'When the regret was exercised' }) dueSince!: string;
  @ApiPropertyOptional({ nullable: true, description: 'RECEIVED: when the last receipt completed it' }) receivedAt!: string | null;
  @ApiProperty({ type: [RegretReceiptView] }) receipts!: RegretReceiptView[];
}

export function toRegretReturnView(regretReturn: RegretReturn): RegretReturnView {
  const { contractId, status, amountDue, dueSince, receivedAt, receipts } = regretReturn.snapshot;
  return {
    contractId, status, amountDue: amountDue.toString(), amountReceived: regretReturn.received.toString(), outstanding: regretReturn.outstanding.toString(),
    dueSince: dueSince.toISOString(), receivedAt: receivedAt?.toISOString() ?? null,
    receipts: receipts.map((r) => ({ receiptId: r.receiptId, amount: r.amount.toString(), receivedOn: r.receivedOn.toString(), recordedAt: r.recordedAt.toISOString() })),
  };
}
