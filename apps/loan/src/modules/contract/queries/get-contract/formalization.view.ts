import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORIGINATION_CHANNELS } from '@consignado/contracts';
import type { ContractProps } from '../../domain/contract';

/** The customer's acceptance of the CCB (R-LN-9). */
export class AcceptanceView {
  @ApiProperty({ example: '2026-04-10T13:05:00.000Z' }) acceptedAt!: string;
  @ApiProperty({ enum: ORIGINATION_CHANNELS }) channel!: string;
  @ApiProperty({ description: 'Token subject that accepted (the customer, or the corban or staff user acting for them)' }) acceptedBy!: string;
}

/** The CCB issued for the contract and, once given, its acceptance (R-LN-9). */
export class FormalizationView {
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'SHA-256 of the CCB PDF, lowercase hex' }) documentHash!: string;
  @ApiProperty({ example: '2026-04-10T13:00:00.000Z' }) issuedAt!: string;
  @ApiProperty({ example: '/v1/contracts/11111111-2222-4333-8444-555555555555/ccb' }) documentUrl!: string;
  @ApiPropertyOptional({ type: AcceptanceView, description: 'Absent while AWAITING_ACCEPTANCE' }) acceptance?: AcceptanceView;
}

/** The view of the contract's formalization; null for a contract without a CCB (a refused refinancing). */
export function toFormalizationView(c: ContractProps): FormalizationView | null {
  const f = c.formalization;
  if (!f) return null;
  const a = f.acceptance;
  return {
    documentHash: f.documentHash, issuedAt: f.issuedAt.toISOString(), documentUrl: `/v1/contracts/${c.id}/ccb`,
    ...(a ? { acceptance: { acceptedAt: a.acceptedAt.toISOString(), channel: a.channel, acceptedBy: a.acceptedBy } } : {}),
  };
}
