import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErasureRequest } from '../../domain/erasure-request';

/** An erasure request as its customer or a privacy officer sees it: ids, states and dates only. */
export class ErasureRequestView {
  @ApiProperty() requestId!: string;
  @ApiProperty() customerId!: string;
  @ApiProperty({ enum: ['DATA_SUBJECT', 'PRIVACY_OFFICER', 'RETENTION'] }) origin!: string;
  @ApiProperty({ enum: ['PENDING', 'ANONYMIZED', 'RETAINED'], description: 'PENDING until loan decides; then ANONYMIZED everywhere, or RETAINED' }) state!: string;
  @ApiProperty({ description: 'UTC, ISO 8601' }) requestedAt!: string;
  @ApiProperty({ type: [String] }) proposalIds!: string[];
  @ApiPropertyOptional({ enum: ['CONTRACT_IN_FORCE', 'CONTRACT_RECORDS_RETENTION'], description: 'RETAINED: the legal obligation (LGPD art. 16 I)' }) reason?: string;
  @ApiPropertyOptional({ description: 'RETAINED for CONTRACT_RECORDS_RETENTION: the first day the data may be anonymized' }) retainedUntil?: string;
  @ApiPropertyOptional({ type: [String] }) contractIds?: string[];
  @ApiPropertyOptional({ description: 'UTC, ISO 8601' }) decidedAt?: string;
}

export function erasureRequestView(request: ErasureRequest): ErasureRequestView {
  const p = request.props;
  return Object.assign(new ErasureRequestView(), {
    requestId: p.id, customerId: p.customerId, origin: p.origin, state: p.state, requestedAt: p.requestedAt.toISOString(), proposalIds: [...p.proposalIds],
    ...(p.reason ? { reason: p.reason } : {}), ...(p.retainedUntil ? { retainedUntil: p.retainedUntil } : {}),
    ...(p.contractIds ? { contractIds: [...p.contractIds] } : {}), ...(p.decidedAt ? { decidedAt: p.decidedAt.toISOString() } : {}),
  });
}
