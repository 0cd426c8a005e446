import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, ValidateIf } from 'class-validator';
import { ISO_DATE_INPUT } from '../../../../shared/http/input';

export class AdjustClockRequestDto {
  @ApiProperty({ example: '2026-09-11', nullable: true, description: 'The business date to use; null returns to the system date' })
  @ValidateIf((body: AdjustClockRequestDto) => body.today !== null)
  @IsString()
  @Matches(ISO_DATE_INPUT)
  today!: string | null;
}
