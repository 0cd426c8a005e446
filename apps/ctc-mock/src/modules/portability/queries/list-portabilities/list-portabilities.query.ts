import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CONTRACT_NUMBER_INPUT, ISPB_INPUT } from '../../../../shared/http/input';
import { PORTABILITY_STATUSES, type PortabilityStatus } from '../../domain/portability-status';

/** Filters of the admin's list; all optional, combined with AND. */
export class ListPortabilitiesQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^\d{21}$/) nu?: string;
  @ApiPropertyOptional({ enum: PORTABILITY_STATUSES }) @IsOptional() @IsIn(PORTABILITY_STATUSES) status?: PortabilityStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(ISPB_INPUT) originIspb?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(ISPB_INPUT) destinationIspb?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CONTRACT_NUMBER_INPUT) originContractNumber?: string;

  @ApiPropertyOptional({ example: 100, description: '1 a 500 (padrão 100), mais recentes primeiro' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
