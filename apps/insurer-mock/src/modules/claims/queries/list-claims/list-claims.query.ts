import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { POLICY_NUMBER_INPUT } from '../../../../shared/http/input';

/** Filters of the admin's list; all optional, combined with AND. */
export class ListClaimsQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() claimId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() contractId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(POLICY_NUMBER_INPUT) policyNumber?: string;

  @ApiPropertyOptional({ example: 100, description: '1 a 500 (padrão 100), mais recentes primeiro' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
