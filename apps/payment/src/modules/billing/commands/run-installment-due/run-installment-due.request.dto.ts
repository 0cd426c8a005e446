import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ISO_DATE_INPUT } from '../../../../shared/http/input';

export class RunInstallmentDueRequestDto {
  @ApiPropertyOptional({ example: '2026-09-11', description: 'Business date to run for; defaults to the business clock\'s today' })
  @IsOptional()
  @IsString()
  @Matches(ISO_DATE_INPUT)
  date?: string;
}
