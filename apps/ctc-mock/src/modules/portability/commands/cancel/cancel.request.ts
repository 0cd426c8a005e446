import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CANCELLATION_REASONS, type CancellationReason } from '../../domain/rejection-reason';

/** The destination withdraws its request. */
export class CancelRequest {
  @ApiPropertyOptional({ enum: CANCELLATION_REASONS, default: 'CANCELADO_PELO_CLIENTE' })
  @IsOptional()
  @IsIn(CANCELLATION_REASONS)
  reason?: CancellationReason;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  detail?: string;
}
