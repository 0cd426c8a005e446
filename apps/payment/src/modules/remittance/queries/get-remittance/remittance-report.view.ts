import { ApiProperty } from '@nestjs/swagger';
import { LINE_STATUSES } from '../../domain/reconcile-line';
import type { RemittanceReport } from '../../domain/remittance';

export class LineReportView {
  @ApiProperty({ example: 1, description: '1-based position in the remittance' }) line!: number;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ example: 1 }) installmentNumber!: number;
  @ApiProperty({ example: '311.36' }) amount!: string;
  @ApiProperty({ enum: LINE_STATUSES }) status!: string;
  @ApiProperty({ example: 'Parcela quitada por desconto em folha.' }) message!: string;
}

export class RemittanceTotalsView {
  @ApiProperty() lines!: number;
  @ApiProperty() matched!: number;
  @ApiProperty() mismatched!: number;
  @ApiProperty({ example: '311.36' }) matchedAmount!: string;
  @ApiProperty({ example: '0.00' }) mismatchedAmount!: string;
}

export class RemittanceReportView {
  @ApiProperty({ example: 'FOLHA-2026-12-001' }) remittanceId!: string;
  @ApiProperty({ example: '2026-12' }) referenceMonth!: string;
  @ApiProperty({ example: '2026-12-10' }) paymentDate!: string;
  @ApiProperty({ description: 'True when this answer is the stored report of an earlier identical remittance' }) replayed!: boolean;
  @ApiProperty({ type: RemittanceTotalsView }) totals!: RemittanceTotalsView;
  @ApiProperty({ type: [LineReportView] }) lines!: LineReportView[];
}

export function reportView(report: RemittanceReport, replayed: boolean): RemittanceReportView {
  const { remittanceId, referenceMonth, paymentDate, totals, lines } = report;
  return { remittanceId, referenceMonth, paymentDate, replayed, totals, lines };
}
