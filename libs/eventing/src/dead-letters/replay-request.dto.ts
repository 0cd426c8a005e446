import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { EVENT_TYPES } from '@consignado/contracts';

export const DEAD_LETTER_REASONS = ['malformed', 'invalid-envelope', 'no-handler', 'permanent-error', 'retries-exhausted'] as const;

/** Which of the service's dead letters to replay (all replayable ones by default). */
export class ReplayRequestDto {
  @ApiPropertyOptional({ enum: EVENT_TYPES, description: 'Only records of this event type' })
  @IsOptional()
  @IsIn(EVENT_TYPES)
  eventType?: string;

  @ApiPropertyOptional({ enum: DEAD_LETTER_REASONS, description: 'Only records dead-lettered for this reason' })
  @IsOptional()
  @IsIn(DEAD_LETTER_REASONS)
  reason?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000, description: 'Replay at most this many records in this run' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  limit?: number;

  @ApiPropertyOptional({ default: false, description: 'Also replay malformed and invalid-envelope records (they will fail again unless the producer was fixed)' })
  @IsOptional()
  @IsBoolean()
  includeUnreplayable?: boolean;
}
