import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { EVENT_TYPES } from '@consignado/contracts';
import type { DeadLetterReason } from '@consignado/messaging';

// A record, so the compiler insists on every reason messaging can dead-letter with, and no other.
const REASONS: Record<DeadLetterReason, true> = { malformed: true, 'invalid-envelope': true, 'no-handler': true, 'permanent-error': true, 'retries-exhausted': true };
export const DEAD_LETTER_REASONS = Object.keys(REASONS) as DeadLetterReason[];

/**
 * Which of the service's dead letters to replay (all replayable ones by default). Records a filter
 * passes over are passed for good, as with the CLI: the replay group moves past them.
 */
export class ReplayRequestDto {
  @ApiPropertyOptional({ enum: EVENT_TYPES, description: 'Only records of this event type (the others are passed over)' })
  @IsOptional()
  @IsIn(EVENT_TYPES)
  eventType?: string;

  @ApiPropertyOptional({ enum: DEAD_LETTER_REASONS, description: 'Only records dead-lettered for this reason (the others are passed over)' })
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
