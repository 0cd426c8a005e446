import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** Filters of the admin's list; all optional. */
export class ListTransfersQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() transferId?: string;

  @ApiPropertyOptional({ example: 100, description: '1 a 500 (padrão 100), mais recentes primeiro' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
